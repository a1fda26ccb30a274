import { describe, expect, it } from 'vitest';
import { SEED, summarize } from '../../helpers/ingest-summary';

type States = Record<string, { state: string; mark?: string }>;
/** [row, field, mark] of every field the document writes as empty. */
const blanks = (s: ReturnType<typeof summarize>) =>
  s.changes.flatMap((c, i) =>
    Object.entries(c.states as States)
      .filter(([, st]) => st.state === 'blank')
      .map(([field, st]) => [i, field, st.mark]),
  );

describe('小金井市 change rows (tab-separated)', () => {
  const s = summarize(SEED('001_0f1031b6666322d1.txt'));

  it('keeps what the document writes as empty: 「-」 or an empty cell under 変更前, an empty 提出時期に係る説明', () => {
    const dash = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 21, 22, 23, 24];
    // 提供先4 ②①③ (lines 334–336): the 変更前 cell is empty, not 「-」
    const empty = [18, 19, 20];
    expect(blanks(s)).toEqual(
      [
        ...dash.map((i) => [i, 'before', '-']),
        ...empty.map((i) => [i, 'before', '']),
        // the first row and three rows of 令和4年 leave 提出時期に係る説明 empty
        ...[0, 28, 29, 30].map((i) => [i, 'timing_explanation', '']),
      ].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
    expect(s.changes.filter((c) => c.before === null)).toHaveLength(22);
    expect(s.changes[18]).toMatchObject({ before: null, after: '番号法 第19条第15号', timing: '事後' });
    expect(s.changes[3]).toMatchObject({ before: null, after: 'ワクチン接種記録システム(VRS)' });
    expect(s.changes.every((c) => Object.values(c.states as States).every((st) => st.state !== 'unread'))).toBe(true);
  });
});

describe('札幌市 change rows (tab-separated)', () => {
  const s = summarize(SEED('003_672174ab35a34b47.txt'));

  it('keeps 「項目ごと削除」 and an empty 変更前 as blanks with their marks', () => {
    expect(blanks(s)).toEqual([
      [5, 'before', ''],
      [18, 'after', '項目ごと削除'],
    ]);
    expect(s.changes[5]).toMatchObject({ item: '(別添1) 事務の内容', before: null, after: expect.stringMatching(/^他自治体への接種記録の照会・提供、予防接種証明書の電磁交付/) });
  });
});
