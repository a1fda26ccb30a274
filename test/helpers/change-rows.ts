import { expect } from 'vitest';
import type { summarize } from './ingest-summary';

/**
 * A change row's text as stored, or the blank state with the mark the document printed
 * (「略」, 「-」, 「記載なし」, 「項目ごと削除」, '' for an empty cell), or null when not read.
 */
export type Text = string | { blank: string } | null;

/** One change row as written by hand from the document: the texts' first characters. */
export type ExpectedRow = [date: string | null, item: string, timing: string | null, before: Text, after: Text, explanation: Text, uncertain: string[]];

type Change = ReturnType<typeof summarize>['changes'][number];
type States = Record<string, { state: string; mark?: string }>;

const FIELDS = { before: 'before', after: 'after', timingExplanation: 'timing_explanation' } as const;

/** The stored text with its wrapped lines joined, cut to the length written by hand. */
function shown(c: Change, key: keyof typeof FIELDS, expected: Text): Text {
  const state = (c.states as States)[FIELDS[key]];
  if (state?.state === 'blank') return { blank: state.mark! };
  const v = c[key];
  if (v === null) return null;
  const joined = v.replace(/\n/g, '');
  const n = typeof expected === 'string' ? Math.max(expected.length, Math.min(15, joined.length)) : 15;
  return joined.slice(0, n);
}

/**
 * Every row against its hand-written expectation: date, the item's first characters, timing,
 * 変更前, 変更後 and 提出時期に係る説明 (at least 15 characters, or the whole text when shorter),
 * and which fields stay in doubt.
 */
export function expectChangeRows(changes: Change[], expected: ExpectedRow[]) {
  const actual = changes.map((c, i): ExpectedRow => {
    const e = expected[i];
    const uncertain = Object.entries(c.states as States)
      .filter(([, s]) => s.state === 'uncertain')
      .map(([k]) => k)
      .sort();
    return [
      c.changedOn,
      (c.item ?? '').replace(/\n/g, '').slice(0, e ? e[1].length : 20),
      c.timing,
      shown(c, 'before', e?.[3] ?? null),
      shown(c, 'after', e?.[4] ?? null),
      shown(c, 'timingExplanation', e?.[5] ?? null),
      uncertain,
    ];
  });
  // a text written shorter than 15 characters meets the stored one cut at 15 and fails,
  // unless it is the whole text
  expect(actual).toEqual(expected.map((e) => [...e.slice(0, 6), [...e[6]].sort()]));
}
