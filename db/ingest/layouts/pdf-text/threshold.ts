import { reason } from '../../../form/reasons';
import { fact, type Maybe } from '../../facts';
import { HANDLER_ANSWERS, INCIDENT_ANSWERS, PEOPLE_BANDS, THRESHOLD_LABELS, THRESHOLD_RESULTS } from '../../../form/thresholds';
import { findDate } from '../../normalize/era-date';
import { compact } from '../../normalize/text';
import { joinSpans } from '../../source-text';
import type { ThresholdMention } from '../compose-facts';
import type { Block, Page } from './pages';
import { answerWords, blockText, labelPattern } from './tokens';

const CHOICES = {
  people: PEOPLE_BANDS,
  handlers: HANDLER_ANSWERS,
  incident: INCIDENT_ANSWERS,
  result: THRESHOLD_RESULTS,
} as const;
type Item = keyof typeof CHOICES;

const ALL_CHOICES = Object.values(CHOICES).flat();
const LABELS = Object.values(THRESHOLD_LABELS);
const LABEL_PATTERNS = LABELS.map((l) => new RegExp(labelPattern(l)));
const COUNTED_AT = new RegExp(`^\\s*${labelPattern(THRESHOLD_LABELS.countedAt)}`);

/**
 * Ⅱ しきい値判断項目 and Ⅲ しきい値判断結果 of the 基礎項目評価書, as the PDF extraction prints
 * them: each answer in brackets, apart from its question and beside the whole option list. The
 * four items have choice lists of their own (a band of people, 500人以上/未満, 発生あり/なし, a
 * result), so an answer tells its item by its words. Each item's answer is certain when the
 * pages hold one answer of its list outside the option lists.
 */
export function readThreshold(pages: Page[]): ThresholdMention | null {
  const own = pages.filter((p) => p.blocks.some((x) => LABEL_PATTERNS.some((l) => l.test(blockText(x)))));
  if (!own.length) return null;
  const hits = own.flatMap((p) => p.blocks.flatMap((x) => answerWords(x, ALL_CHOICES, LABELS).map((word) => ({ word, x }))));
  const answer = (item: Item): Maybe => {
    const found = hits.filter((h) => (CHOICES[item] as readonly string[]).includes(h.word));
    const distinct = [...new Set(found.map((h) => h.word))];
    if (!found.length) return null;
    if (distinct.length === 1) return fact(distinct[0]!, found[0]!.x.span);
    return fact(found[0]!.word, found[0]!.x.span, false, reason('severalAnswers', { answers: distinct }));
  };
  const [peopleCountedAt, handlersCountedAt] = countDates(own);
  return {
    span: joinSpans(own.map((p) => p.span))!,
    peopleBand: answer('people'),
    handlers: answer('handlers'),
    incident: answer('incident'),
    result: answer('result'),
    peopleCountedAt,
    handlersCountedAt,
  };
}

/** 「令和6年4月1日 時点」: a count date, alone in its box or beside its label. */
function dateIn(text: string): string | null {
  const d = findDate(text);
  if (!d) return null;
  return compact(text).replace(compact(d.raw), '').replace(/時点$/, '') === '' ? d.raw : null;
}

/**
 * 「いつ時点の計数か」 is asked twice — of 対象人数 (Ⅱ-1) and of 取扱者数 (Ⅱ-2) — with the same
 * words, so a date is tied to its item by the order the form prints them. That order survives
 * between pages, not within a scrambled page: two different dates on one page are placed in
 * order but not certain; two equal dates need no order.
 */
function countDates(pages: Page[]): [Maybe, Maybe] {
  const slots: { page: Page; label: Block; value: { text: string; x: Block } | null }[] = [];
  const bare: { page: Page; text: string; x: Block }[] = [];
  const label = COUNTED_AT;
  for (const page of pages)
    for (const x of page.blocks) {
      // the label may share its box with other labels of Ⅱ, one per line
      const lines = x.lines.map((l) => l.normalize('NFKC')).filter((l) => label.test(l));
      for (const l of lines) {
        const d = dateIn(l.replace(label, ''));
        slots.push({ page, label: x, value: d ? { text: d, x } : null });
      }
      if (!lines.length && dateIn(blockText(x))) bare.push({ page, text: dateIn(blockText(x))!, x });
    }
  // a label without its date takes the bare dates of its page, in order
  for (const page of pages) {
    const open = slots.filter((s) => s.page === page && !s.value);
    const dates = bare.filter((d) => d.page === page);
    open.forEach((s, i) => (s.value = dates[i] ? { text: dates[i]!.text, x: dates[i]!.x } : null));
  }
  const values = slots.filter((s) => s.value);
  return [0, 1].map((i) => {
    const s = slots[i];
    if (!s?.value) return null;
    const samePage = slots.filter((o) => o.page === s.page);
    const pageDates = new Set(samePage.map((o) => o.value?.text ?? null));
    // one date per page, or the page's dates all equal: the order does not matter
    const certain = slots.length === 2 && (samePage.length === 1 || pageDates.size === 1);
    const why = reason('valuesByOrder', { values: values.length, slots: 2 });
    return fact(s.value.text, joinSpans([s.label.span, s.value.x.span])!, certain, certain ? undefined : why);
  }) as [Maybe, Maybe];
}
