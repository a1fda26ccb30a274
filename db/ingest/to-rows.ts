import type { Fact, Maybe, DocumentFacts, ConnectionKey } from './facts';
import { parseBand, type Band } from './normalize/band';
import { parseDate } from './normalize/era-date';
import { canonicalSystemName } from './normalize/system-name';
import { sectionRef } from './normalize/section-ref';
import { fold, foldKeepLines, isBlankMark, unwrap } from './normalize/text';
import { joinSpans, type SourceText, type Span } from './source-text';

/**
 * Normalization of what a parser read into the values stored: text folded (NFKC, spaces),
 * era dates to ISO, bands to ranges, system names to their canonical form. A row is certain
 * only if every fact in it is, and its reason lists the facts that are not.
 */
export interface Provenance {
  srcFrom: number;
  srcTo: number;
  lineFrom: number;
  lineTo: number;
  certain: boolean;
  uncertainReason: string | null;
}

type Facts = Record<string, Maybe<unknown> | undefined>;

export function provenanceOf(source: SourceText, span: Span, facts: Facts): Provenance {
  const reasons = Object.entries(facts)
    .filter(([, f]) => f && f.certain === false)
    .map(([name, f]) => `${name}: ${f!.reason ?? 'not certain'}`);
  const all = joinSpans([span, ...Object.values(facts).map((f) => f?.span)])!;
  return {
    srcFrom: all.from,
    srcTo: all.to,
    ...source.lineRange(all),
    certain: reasons.length === 0,
    uncertainReason: reasons.length ? reasons.join('; ') : null,
  };
}

export const text = (f: Maybe): string | null => {
  if (!f) return null;
  const v = foldKeepLines(f.value);
  return isBlankMark(v) ? null : v;
};
export const line = (f: Maybe): string | null => {
  const v = text(f);
  return v === null ? null : fold(unwrap(v));
};
export const date = (f: Maybe): string | null => (f ? parseDate(f.value) : null);
export const band = (f: Maybe): Band | null => (f ? parseBand(f.value) : null);

export function headerValues(facts: DocumentFacts) {
  const h = facts.header;
  const b = facts.basic;
  const target = band(b.targetBand);
  return {
    number: line(h.number),
    title: line(h.title),
    kind: line(h.kind) as '基礎項目評価書' | '重点項目評価書' | '全項目評価書' | null,
    agency: line(h.agency),
    publishedOn: date(h.publishedOn),
    approvedOn: date(h.approvedOn),
    formVersion: line(h.formVersion),
    affairName: line(b.affairName),
    affairContent: text(b.affairContent),
    targetBandText: target?.text ?? null,
    targetMin: target?.min ?? null,
    targetMax: target?.max ?? null,
    networkLinkage: line(b.networkLinkage),
    department: line(b.department),
    departmentHead: line(b.departmentHead),
  };
}

export function systemValues(s: DocumentFacts['systems'][number]) {
  const name = line(s.name) ?? `システム${s.no}`;
  const c = s.connections?.value;
  const conn = (k: ConnectionKey) => (c ? c[k] : null);
  return {
    no: s.no,
    nameRaw: s.name?.value.trim() ?? name,
    name,
    canonical: canonicalSystemName(name),
    functionText: text(s.function),
    connInfoNetwork: conn('infoNetwork'),
    connIntraLinkage: conn('intraLinkage'),
    connJukiNet: conn('jukiNet'),
    connExistingJuki: conn('existingJuki'),
    connAtena: conn('atena'),
    connTax: conn('tax'),
    connOther: conn('other'),
    connOtherText: line(s.otherText),
  };
}

export function changeValues(c: DocumentFacts['changes'][number]) {
  const item = text(c.item);
  const timing = line(c.timing);
  return {
    changedOn: date(c.date),
    changedOnRaw: line(c.date),
    item,
    section: item ? sectionRef(item) : null,
    before: text(c.before),
    after: text(c.after),
    timing: timing === '事前' || timing === '事後' ? (timing as '事前' | '事後') : null,
    reason: text(c.reason),
  };
}

export const bool = (f: Maybe<boolean>): boolean | null => (f ? f.value : null);
export type { Fact };
