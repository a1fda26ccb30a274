import { CONNECTION_LABELS, type ConnectionKey } from '../../form/connections';
import { ANSWER_LEVELS, LEVEL_SCORE } from '../../form/scales';
import { compact, fold } from '../normalize/text';

/**
 * An answer's ordinal score, higher = stronger protection: its level on the form's scales, or,
 * on a scale the vocabulary does not know, its place in the printed option list (the form lists
 * the strongest option first).
 */
export function scoreOf(answer: string, options: string[]): number | null {
  const key = compact(answer);
  const level = ANSWER_LEVELS[key];
  if (level) return LEVEL_SCORE[level];
  const i = options.map(compact).indexOf(key);
  return i < 0 ? null : options.length - i;
}

export const OPTIONS_MARK = /[<＜]選択肢[>＞]/;

/** 「1) 特に力を入れている 2) 十分である 3) 課題が残されている」 → the options in number order. */
export function parseOptions(text: string): string[] {
  const s = fold(text).replace(OPTIONS_MARK, ' ');
  const found: { n: number; label: string }[] = [];
  const re = /(?:^|\s)(\d{1,2})\)\s*([^\s\[\]]+(?:\s(?!\d{1,2}\))[^\s\[\]]+)*)/g;
  for (const m of s.matchAll(re)) found.push({ n: Number(m[1]), label: m[2]!.trim() });
  return found.sort((a, b) => a.n - b.n).map((f) => f.label);
}

export interface GradedAnswer {
  answer: string | null;
  options: string[];
}

/**
 * A graded answer as the tab-separated layout prints it: the chosen option in brackets, then
 * 「<選択肢>」 and the whole list — `[ 十分である ] <選択肢> 1) 特に力を入れている 2) …`.
 */
export function parseGraded(text: string): GradedAnswer | null {
  const s = fold(text);
  if (!OPTIONS_MARK.test(s)) return null;
  const [before, after] = s.split(OPTIONS_MARK, 2) as [string, string];
  const options = parseOptions(after);
  const bracket = /\[\s*([^\[\]]*?)\s*\]/.exec(before);
  const answer = bracket?.[1] ? bracket[1] : null;
  return { answer, options };
}

export const TICK = /^[○〇◯O0●✓✔]$/;

/**
 * Checkbox lists: `[○] 庁内連携システム [ ] 税務システム`. Returns each label's state in the
 * order printed; `[ ]` is unticked, `[○]`/`[〇]`/`[O]` ticked.
 */
export function parseCheckboxes(text: string): { label: string; ticked: boolean; extra: string | null }[] {
  const s = fold(text);
  const out: { label: string; ticked: boolean; extra: string | null }[] = [];
  const re = /\[\s*([^\[\]]?)\s*\]\s*([^\[\]]*)/g;
  for (const m of s.matchAll(re)) {
    const body = m[2]!.trim();
    const extraMatch = /^(.*?)\s*\((.*)\)\s*(?:\(?\s*\d*\s*\)?\s*件)?$/.exec(body);
    const label = (extraMatch ? extraMatch[1]! : body).trim();
    const extra = extraMatch ? extraMatch[2]!.trim() || null : null;
    out.push({ label, ticked: TICK.test(m[1]!), extra });
  }
  return out;
}

/**
 * ③他のシステムとの接続 written out as one checkbox list: each of the seven targets ticked, not
 * ticked, or (when the list lacks it) null, with その他's text. `complete` says all seven were there.
 */
export function connectionList(text: string) {
  const boxes = parseCheckboxes(text);
  const states = {} as Record<ConnectionKey, boolean | null>;
  let other: string | null = null;
  let complete = true;
  for (const [k, label] of Object.entries(CONNECTION_LABELS) as [ConnectionKey, string][]) {
    const box = boxes.find((x) => compact(x.label).startsWith(compact(label)));
    states[k] = box ? box.ticked : null;
    if (!box) complete = false;
    if (k === 'other' && box?.ticked && box.extra) other = box.extra;
  }
  return { states, other, complete };
}

/** 「(5) 件」 beside a yes/no answer: how many items the form says there are. */
export function statedItems(text: string): number | null {
  const m = /\(\s*(\d{1,3})\s*\)\s*件/.exec(fold(text));
  return m ? Number(m[1]) : null;
}
