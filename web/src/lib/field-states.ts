/**
 * A field's state as the interface words it, from the form vocabulary the reader stored it
 * with (db/form): 「記載なし（略）」 only for what the document wrote as empty, 「該当部分なし」 /
 * 「読み取れず」 for what was not read, 「要確認」 beside a value the text does not decide.
 */
import { fieldLabel } from '../../../db/form/fields';
import { STATE_WORDS, type FieldState as StoredState } from '../../../db/form/field-states';
import { describeReason, type ReasonLike } from '../../../db/form/reasons';
import { i18n } from './i18n/i18n.svelte';

/** A field state as the API sends it (any reason code). */
export type FieldState = StoredState<ReasonLike>;
export type FieldStates = Record<string, FieldState>;

/** The words shown in place of (or, when uncertain, beside) a value. */
export function stateText(s: FieldState): string {
  const lang = i18n.lang;
  const word = STATE_WORDS[s.state][lang];
  if (s.state !== 'blank') return word;
  const mark = s.mark || (lang === 'ja' ? '空欄' : 'empty cell');
  return lang === 'ja' ? `${word}（${mark}）` : `${word} (${mark})`;
}

/** Why a field is in its state, in words (a tooltip, a note). */
export function stateDetail(s: FieldState): string {
  const ja = i18n.lang === 'ja';
  if (s.state === 'absent') return ja ? `この評価書には「${s.part}」の部分がない` : `the document has no part 「${s.part}」`;
  if (s.state === 'blank') return ja ? (s.mark ? `文書に「${s.mark}」と記載されている` : '文書の欄が空である') : s.mark ? `the document writes 「${s.mark}」` : 'the document leaves the cell empty';
  return describeReason(s.reason, i18n.lang);
}

/** Every doubted field of a row, as 「③委託先名: reason」 lines. */
export function doubtsOf(resource: string, states: FieldStates | undefined): string[] {
  return Object.entries(states ?? {})
    .filter(([, s]) => s.state === 'uncertain' || (s.state === 'unread' && s.reason.code !== 'notFound'))
    .map(([field, s]) => `${fieldLabel(resource, field, i18n.lang)}: ${stateDetail(s)}`);
}
