import { fieldLabel } from './fields';
import { STATE_WORDS } from './field-states';
import { describeReason, type Lang, type Reason, type ReasonLike } from './reasons';

/** A place in the source text: offsets (UTF-16, end exclusive) and 1-based lines. */
export interface Located {
  srcFrom: number;
  srcTo: number;
  lineFrom: number;
  lineTo: number;
}

/** A value the reader doubts: read but undecided, or unread for a stated reason. */
export interface Doubt extends Located {
  /** the table the value belongs to, by its API name ('contracts', 'assessments' …) */
  resource: string;
  /** the item of the form, in its own words: 「委託事項2」, 「変更箇所5」, 「表紙」 */
  item: string;
  /** the field, by its API name (labelled in the form's words when shown) */
  field: string;
  value: string | null;
  state: 'uncertain' | 'unread';
  reason: Reason;
}

/** What the form says exists but the text does not hold (「(5) 件」 with three items printed). */
export interface Gap extends Located {
  item: string;
  reason: Reason;
}

/** What ingestion found in a document; stored with it and shown in both languages. */
export interface ExtractionReport {
  sourceFile: string;
  layout: string;
  encoding: string;
  counts: Record<string, number>;
  partsPresent: string[];
  partsAbsent: string[];
  doubts: Doubt[];
  gaps: Gap[];
  /** what reading the file itself noted: control characters removed, a cut-off ending */
  notes?: Reason[];
}

/** One doubt in words: 「委託事項2 ③委託先名 = 株式会社… — reason」. */
export function describeDoubt(d: Omit<Doubt, 'reason'> & { reason: ReasonLike }, lang: Lang): { subject: string; value: string | null; state: string; reason: string } {
  return {
    subject: `${d.item} ${fieldLabel(d.resource, d.field, lang)}`,
    value: d.value,
    state: STATE_WORDS[d.state][lang],
    reason: describeReason(d.reason, lang),
  };
}

const COUNT_WORDS: Record<string, Record<Lang, string>> = {
  systems: { ja: 'システム', en: 'systems' },
  files: { ja: '特定個人情報ファイル', en: 'files' },
  contracts: { ja: '委託事項', en: 'contracts' },
  provisions: { ja: '提供先・移転先', en: 'provisions' },
  ratings: { ja: '評価の回答', en: 'graded answers' },
  audits: { ja: '監査', en: 'audits' },
  procedures: { ja: '評価実施手続', en: 'procedures' },
  changes: { ja: '変更箇所', en: 'change rows' },
  thresholds: { ja: 'しきい値判断', en: 'threshold items' },
};

/** The report as lines of text: what `npm run ingest` prints, and the dashboard's list. */
export function reportLines(report: ExtractionReport, lang: Lang, heading: string): string[] {
  const ja = lang === 'ja';
  const counts = Object.entries(report.counts).map(([k, n]) => `${COUNT_WORDS[k]?.[lang] ?? k} ${n}`);
  const lines = [
    heading,
    `  ${counts.join(ja ? '、' : ', ')}`,
    `  ${ja ? '含まれる部分' : 'parts present'}: ${report.partsPresent.join(' ') || (ja ? 'なし' : 'none')}${report.partsAbsent.length ? `${ja ? '。含まれない部分' : '; absent'}: ${report.partsAbsent.join(' ')}` : ''}`,
    ...report.gaps.map((g) => `  ${ja ? '不足' : 'gap'}: ${g.item}: ${describeReason(g.reason, lang)} (${ja ? `${g.lineFrom}行目` : `line ${g.lineFrom}`})`),
    ...(report.notes ?? []).map((n) => `  ${ja ? '注記' : 'note'}: ${describeReason(n, lang)}`),
  ];
  if (!report.doubts.length) return [...lines, `  ${ja ? '要確認の値: なし' : 'values to check: none'}`];
  return [
    ...lines,
    `  ${ja ? `要確認の値 (${report.doubts.length})` : `values to check (${report.doubts.length})`}:`,
    ...report.doubts.map((d) => {
      const w = describeDoubt(d, lang);
      const where = ja ? `${d.lineFrom}–${d.lineTo}行目` : `lines ${d.lineFrom}-${d.lineTo}`;
      return `    - ${w.subject}${w.value === null ? `（${w.state}）` : ja ? ` = 「${w.value}」` : ` = "${w.value}"`} (${where}): ${w.reason}`;
    }),
  ];
}
