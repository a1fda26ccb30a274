import type { ThresholdFacts, ThresholdField } from './facts';
import { parseBand } from './normalize/band';
import { fold, foldKeepLines, unwrap } from './normalize/text';
import type { FieldReader } from './field-reader';

/** The API's name of each field of the 基礎項目評価書's own items. */
const FIELDS: Record<ThresholdField, string> = {
  peopleBand: 'people_band',
  peopleCountedAt: 'people_counted_on',
  handlers: 'handlers',
  handlersCountedAt: 'handlers_counted_on',
  incident: 'incident',
  result: 'result',
  formsSubmitted: 'forms_submitted',
  priorityMeasure: 'priority_measure',
  priorityReason: 'priority_reason',
};

/**
 * The values of the thresholds row, read through `r` (which records each field's state): the
 * band as printed and as a range, the dates in ISO, the two yes/no answers also as booleans.
 */
export function thresholdValues(t: ThresholdFacts, r: FieldReader) {
  const f = FIELDS;
  const people = r.value(f.peopleBand, t.peopleBand, (v: string) => {
    const text = fold(unwrap(foldKeepLines(v)));
    // 「1,000人未満(任意実施)」: below the threshold, assessed by choice
    const b = parseBand(text.replace(/\(任意実施\)$/, ''));
    return b ? { text, min: b.min, max: b.max } : null;
  });
  const handlers = r.line(f.handlers, t.handlers);
  const incident = r.line(f.incident, t.incident);
  const values = {
    peopleBandText: people?.text ?? null,
    peopleMin: people?.min ?? null,
    peopleMax: people?.max ?? null,
    peopleCountedOn: r.date(f.peopleCountedAt, t.peopleCountedAt),
    handlers,
    handlers500OrMore: handlers === '500人以上' ? true : handlers === '500人未満' ? false : null,
    handlersCountedOn: r.date(f.handlersCountedAt, t.handlersCountedAt),
    incident,
    incidentOccurred: incident === '発生あり' ? true : incident === '発生なし' ? false : null,
    result: r.line(f.result, t.result),
    formsSubmitted: r.line(f.formsSubmitted, t.formsSubmitted),
    priorityMeasure: r.line(f.priorityMeasure, t.priorityMeasure),
    priorityReason: r.text(f.priorityReason, t.priorityReason),
  };
  // an item the document does not print: its part is absent, or its version of the form lacks it
  for (const a of t.absent) {
    const s = r.states[f[a.field]];
    if (s?.state === 'unread' && s.reason.code === 'notFound') r.states[f[a.field]] = { state: 'absent', part: a.item };
  }
  return values;
}
