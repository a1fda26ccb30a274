import { reason } from '../form/reasons';
import { reportLines, type ExtractionReport, type Gap } from '../form/report';
import { BASIC_FORM_ONLY, BASIC_FORM_PARTS, FORM_PARTS, type DocumentFacts } from './facts';
import type { Removed } from './decode';
import type { BodyResolution } from './resolve-body';
import type { SourceText, Span } from './source-text';
import type { DocumentRows } from './to-rows';

/**
 * What a document yielded: counts, the parts it holds and lacks, every value in doubt (from the
 * rows' field states) and what the form says exists but the text does not hold. The text is the
 * English rendering `npm run ingest` prints; the dashboard words the stored report itself.
 */
export function buildReport(input: {
  sourceFile: string;
  layout: string;
  encoding: string;
  /** what decoding removed (control characters, a cut-off last character) */
  removed?: Removed;
  facts: DocumentFacts;
  rows: DocumentRows;
  source: SourceText;
  body: BodyResolution;
}): { report: ExtractionReport; text: string } {
  const { facts, rows } = input;
  const counts = {
    systems: rows.systems.length,
    files: rows.files.length,
    contracts: rows.contracts.length,
    provisions: rows.provisions.length,
    ratings: rows.ratings.length,
    audits: rows.audits.length,
    procedures: rows.procedures.length,
    changes: rows.changes.length,
    // only the 基礎項目評価書 has しきい値判断項目
    ...(rows.thresholds.length ? { thresholds: rows.thresholds.length } : {}),
  };
  const partsPresent = FORM_PARTS.filter((p) => facts.partsPresent.includes(p));
  // only the full form (全項目評価書) has a part 「その他のリスク対策」; the 基礎 has parts of its own
  const kind = facts.header.kind?.value;
  const expected =
    kind === '基礎項目評価書'
      ? BASIC_FORM_PARTS
      : FORM_PARTS.filter((p) => !BASIC_FORM_ONLY.includes(p) && (p !== 'その他のリスク対策' || kind === '全項目評価書'));
  const partsAbsent = expected.filter((p) => !facts.partsPresent.includes(p));
  const located = (span: Span) => ({ srcFrom: span.from, srcTo: span.to, ...input.source.lineRange(span) });
  const gaps: Gap[] = [];
  for (const s of facts.statedCounts) {
    const read =
      s.subject === '委託事項'
        ? facts.contracts.filter((c) => s.fileNo === undefined || c.fileNo === s.fileNo).length
        : facts.provisions.filter((p) => `${p.direction}先` === s.subject).length;
    if (read !== s.count) gaps.push({ item: s.subject, reason: reason('statedCountDiffers', { item: s.subject, stated: s.count, read }), ...located(s.span) });
  }
  gaps.push(...numberingGaps(facts, located));
  const report: ExtractionReport = {
    sourceFile: input.sourceFile,
    layout: input.layout,
    encoding: input.encoding,
    counts,
    partsPresent,
    partsAbsent,
    doubts: rows.doubts,
    gaps,
    notes: [
      ...(input.removed?.controlCharacters ? [reason('controlCharactersRemoved', { count: input.removed.controlCharacters })] : []),
      ...(input.removed?.truncatedEnding ? [reason('truncatedEnding')] : []),
    ],
  };
  const b = input.body.body;
  const body = b ? `${b.name} (${b.code ?? b.kind})` : input.body.written ? `body not resolved (「${input.body.written}」)` : 'body not named';
  const heading = `${input.sourceFile}: ${body}, ${facts.header.kind?.value ?? 'form kind not stated'}, layout ${input.layout}, ${input.encoding}`;
  return { report, text: reportLines(report, 'en', heading).join('\n') };
}

/** Numbered slots that a partial text lacks: システム4 without システム1–3. */
function numberingGaps(facts: DocumentFacts, located: (span: Span) => Omit<Gap, 'item' | 'reason'>): Gap[] {
  const gaps: Gap[] = [];
  const check = (item: string, items: { no: number; span: Span }[]) => {
    const nos = new Set(items.map((i) => i.no));
    const max = Math.max(0, ...nos);
    const missing = Array.from({ length: max }, (_, i) => i + 1).filter((n) => !nos.has(n));
    if (missing.length) gaps.push({ item, reason: reason('numbersMissing', { missing: missing.map((n) => `${item}${n}`) }), ...located(items[0]!.span) });
  };
  check('システム', facts.systems);
  const files = [...new Set(facts.contracts.map((c) => c.fileNo))];
  for (const f of files) check('委託事項', facts.contracts.filter((c) => c.fileNo === f));
  return gaps;
}
