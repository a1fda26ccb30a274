import { expect, test } from 'vitest';
import { splitDiff } from '../../web/src/lib/diff/split-diff';

test('marks the changed characters of Japanese text on each side', () => {
  const { before, after } = splitDiff('委託先は株式会社ＲＫＫＣＳ', '委託先は富士通Japan株式会社');
  expect(before.filter((s) => s.kind === 'removed').map((s) => s.text).join('')).toBe('ＲＫＫＣＳ');
  expect(after.filter((s) => s.kind === 'added').map((s) => s.text).join('')).toBe('富士通Japan');
  expect(before.map((s) => s.text).join('')).toBe('委託先は株式会社ＲＫＫＣＳ');
  expect(after.map((s) => s.text).join('')).toBe('委託先は富士通Japan株式会社');
});

test('a 「-」 or missing side is empty: everything on the other side is new', () => {
  expect(splitDiff('-', '追加した')).toEqual({ before: [], after: [{ text: '追加した', kind: 'added' }] });
  expect(splitDiff('削除した', null)).toEqual({ before: [{ text: '削除した', kind: 'removed' }], after: [] });
});
