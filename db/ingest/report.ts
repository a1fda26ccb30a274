import type { ExtractionReport } from '../schema/extraction';
import { FORM_PARTS, type DocumentFacts, type Fact } from './facts';
import type { BodyResolution } from './resolve-body';
import type { SourceText } from './source-text';

type Uncertain = ExtractionReport['uncertain'][number];

/** Every uncertain fact of a document, named so that a reader can find and check it. */
function uncertainFacts(facts: DocumentFacts, source: SourceText, body: BodyResolution): Uncertain[] {
  const out: Uncertain[] = [];
  const add = (subject: string, f: Fact<unknown> | null | undefined) => {
    if (!f || f.certain !== false) return;
    out.push({ subject, value: f.value == null ? null : typeof f.value === 'string' ? f.value : JSON.stringify(f.value), reason: f.reason ?? 'not certain', ...source.lineRange(f.span) });
  };
  const each = (prefix: string, o: object) => {
    for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object' && 'span' in v && 'value' in v) add(`${prefix}.${k}`, v as Fact<unknown>);
  };
  if (!body.certain) out.push({ subject: 'municipality', value: body.written, reason: body.reason ?? 'not certain', lineFrom: 1, lineTo: 1 });
  each('header', facts.header);
  each('basic', facts.basic);
  facts.systems.forEach((s) => each(`システム${s.no}`, s));
  facts.files.forEach((f) => each(`ファイル${f.no}`, f));
  facts.contracts.forEach((c) => each(`委託事項${c.no}`, c));
  facts.provisions.forEach((p) => each(`${p.direction}先${p.no}`, p));
  facts.ratings.forEach((r) => add(`評価 ${r.stage ?? ''} ${r.risk ?? ''} ${r.question}`.replace(/\s+/g, ' '), r.answer));
  facts.audits.forEach((a) => add(`監査 ${a.kind}`, a.checked));
  facts.procedures.forEach((p) => each(`手続 ${p.kind}`, p));
  facts.changes.forEach((c, i) => each(`変更箇所${i + 1}`, c));
  return out;
}

export function buildReport(input: {
  sourceFile: string;
  layout: string;
  encoding: string;
  facts: DocumentFacts;
  source: SourceText;
  body: BodyResolution;
}): { report: ExtractionReport; text: string } {
  const { facts } = input;
  const counts = {
    systems: facts.systems.length,
    files: facts.files.length,
    contracts: facts.contracts.length,
    provisions: facts.provisions.length,
    ratings: facts.ratings.length,
    audits: facts.audits.length,
    procedures: facts.procedures.length,
    changes: facts.changes.length,
  };
  const partsPresent = FORM_PARTS.filter((p) => facts.partsPresent.includes(p));
  // only the full form (全項目評価書) has a part 「その他のリスク対策」
  const expected = FORM_PARTS.filter((p) => p !== 'その他のリスク対策' || facts.header.kind?.value === '全項目評価書');
  const partsAbsent = expected.filter((p) => !facts.partsPresent.includes(p));
  const uncertain = uncertainFacts(facts, input.source, input.body);
  const gaps: ExtractionReport['gaps'] = [];
  for (const s of facts.statedCounts) {
    const read =
      s.subject === '委託事項'
        ? facts.contracts.filter((c) => s.fileNo === undefined || c.fileNo === s.fileNo).length
        : facts.provisions.filter((p) => `${p.direction}先` === s.subject).length;
    if (read !== s.count)
      gaps.push({ subject: s.subject, reason: `the form states (${s.count}) 件; the text holds ${read}`, ...input.source.lineRange(s.span) });
  }
  gaps.push(...numberingGaps(facts, input.source));
  const report: ExtractionReport = { sourceFile: input.sourceFile, layout: input.layout, encoding: input.encoding, counts, partsPresent, partsAbsent, uncertain, gaps };
  const body = input.body.body ? `${input.body.body.name} (${input.body.body.code})` : (input.body.written ?? 'unknown body');
  const lines = [
    `${input.sourceFile}: ${body}, ${facts.header.kind?.value ?? 'form kind not stated'}, layout ${input.layout}, ${input.encoding}`,
    `  ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  parts present: ${partsPresent.join(' ') || 'none'}${partsAbsent.length ? `; absent: ${partsAbsent.join(' ')}` : ''}`,
    ...gaps.map((g) => `  gap: ${g.subject}: ${g.reason} (line ${g.lineFrom})`),
    ...(uncertain.length ? [`  uncertain (${uncertain.length}):`, ...uncertain.map((u) => `    - ${u.subject} = ${JSON.stringify(u.value)} (lines ${u.lineFrom}-${u.lineTo}): ${u.reason}`)] : ['  uncertain: none']),
  ];
  return { report, text: lines.join('\n') };
}

/** Numbered slots that a partial text lacks: システム4 without システム1–3. */
function numberingGaps(facts: DocumentFacts, source: SourceText): ExtractionReport['gaps'] {
  const gaps: ExtractionReport['gaps'] = [];
  const check = (subject: string, items: { no: number; span: { from: number; to: number } }[]) => {
    const nos = new Set(items.map((i) => i.no));
    const max = Math.max(0, ...nos);
    const missing = Array.from({ length: max }, (_, i) => i + 1).filter((n) => !nos.has(n));
    if (missing.length) gaps.push({ subject, reason: `${missing.map((n) => `${subject}${n}`).join(', ')} absent from the text`, ...source.lineRange(items[0]!.span) });
  };
  check('システム', facts.systems);
  const files = [...new Set(facts.contracts.map((c) => c.fileNo))];
  for (const f of files) check('委託事項', facts.contracts.filter((c) => c.fileNo === f));
  return gaps;
}
