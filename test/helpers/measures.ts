import type { summarize } from './ingest-summary';

/**
 * A graded answer's measure as stored, for comparing with the document: the expected text is
 * written as printed, both sides NFKC-folded and without spaces or line breaks (the PDF text
 * wraps lines mid-word). `head` must begin the stored measure; `has`, when given, must occur in
 * it. `state`: 'read' (certain), 'uncertain', 'blank' (written as empty), 'unread', or 'none'
 * (the form prints no text for this question).
 */
export type MeasureState = 'read' | 'uncertain' | 'blank' | 'unread' | 'none';
export type ExpectedMeasure = [question: string, risk: string | null, head: string | null, state: MeasureState, has?: string];


export const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

type Summary = ReturnType<typeof summarize>;
type RatingRow = Summary['doc']['rows']['ratings'][number];

export function stateOf(r: RatingRow): MeasureState {
  const st = r.states.measure;
  if (!st) return r.measure === null ? 'none' : 'read';
  return st.state === 'absent' ? 'unread' : st.state;
}

/**
 * Each rating (in the reader's order) beside its expectation: question and risk by their
 * beginnings (risk '*': any, null: none), the stored measure cut to the expected head's
 * length, and its state.
 */
export function compareMeasures(rows: RatingRow[], expected: ExpectedMeasure[]) {
  const got = rows.map((r, i) => {
    const e = expected[i];
    const measure = r.measure === null ? null : squeeze(r.measure);
    const risk = e?.[1];
    return {
      question: e ? r.question.slice(0, e[0].length) : r.question,
      risk: risk === '*' ? '*' : risk == null ? r.risk : (r.risk?.slice(0, risk.length) ?? null),
      head: measure === null || !e?.[2] ? measure : measure.slice(0, squeeze(e[2]).length),
      state: stateOf(r),
      ...(e?.[4] ? { has: measure?.includes(squeeze(e[4])) ?? false } : {}),
    };
  });
  const want = expected.map(([question, risk, head, state, has]) => ({ question, risk, head: head === null ? null : squeeze(head), state, ...(has ? { has: true } : {}) }));
  return { got, want };
}
