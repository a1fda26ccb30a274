import type { Fact, Maybe, DocumentFacts, ConnectionKey } from './facts';
import { parseBand, type Band } from './normalize/band';
import { canonicalSystemName } from './normalize/system-name';
import { scoreOf } from './form/answers';
import { parseContractors } from './normalize/contractor';
import { findDates, parseDate } from './normalize/era-date';
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

/** A band as its three columns. */
const bandOf = (f: Maybe) => {
  const b = band(f);
  return { text: b?.text ?? null, min: b?.min ?? null, max: b?.max ?? null };
};

/** 「令和5年1月10日～令和5年2月8日」 → both ends; a single date → its start only. */
function dateRange(f: Maybe) {
  const dates = f ? findDates(f.value) : [];
  return { startedOn: dates[0]?.iso ?? null, endedOn: dates[1]?.iso ?? null };
}

/**
 * Every row a document's facts make, per table, before ids: rows that belong to a file carry
 * its number (`fileNo`), which the loader turns into the file's id.
 */
export function documentRows(facts: DocumentFacts, source: SourceText) {
  const prov = (span: Span, fields: Facts) => provenanceOf(source, span, fields);
  return {
    files: facts.files.map((f) => {
      const people = bandOf(f.peopleBand);
      const items = bandOf(f.itemsBand);
      return {
        no: f.no,
        name: line(f.name) ?? `特定個人情報ファイル${f.no}`,
        fileKind: line(f.fileKind),
        peopleBandText: people.text,
        peopleMin: people.min,
        peopleMax: people.max,
        itemsBandText: items.text,
        itemsMin: items.min,
        itemsMax: items.max,
        holdingStartOn: date(f.holdingStart),
        ...prov(f.span, { name: f.name, fileKind: f.fileKind, peopleBand: f.peopleBand, itemsBand: f.itemsBand, holdingStart: f.holdingStart }),
      };
    }),
    systems: facts.systems.map((s) => ({ ...systemValues(s), ...prov(s.span, { name: s.name, function: s.function, connections: s.connections, otherText: s.otherText }) })),
    contracts: facts.contracts.map((c) => {
      const handlers = bandOf(c.handlersBand);
      const raw = line(c.contractor);
      const parsed = raw ? parseContractors(raw) : null;
      const { span, fileNo, no, ...fields } = c;
      return {
        fileNo,
        contractors: parsed?.names ?? [],
        row: {
          no,
          title: line(c.title),
          content: text(c.content),
          handlersBandText: handlers.text,
          handlersMin: handlers.min,
          handlersMax: handlers.max,
          contractorRaw: raw,
          contractorUndecided: parsed?.undecided ?? false,
          subcontract: bool(c.subcontract),
          subcontractMethod: text(c.subcontractMethod),
          subcontractItems: text(c.subcontractItems),
          ...prov(span, fields),
        },
      };
    }),
    provisions: facts.provisions.map((p) => {
      const people = bandOf(p.peopleBand);
      const { span, fileNo, direction, no, ...fields } = p;
      return {
        fileNo,
        direction,
        no,
        recipient: line(p.recipient),
        legalBasis: text(p.legalBasis),
        purpose: text(p.purpose),
        information: text(p.information),
        peopleBandText: people.text,
        peopleMin: people.min,
        peopleMax: people.max,
        method: line(p.method),
        timing: text(p.timing),
        ...prov(span, fields),
      };
    }),
    ratings: facts.ratings.map((r) => {
      const answer = line(r.answer);
      return {
        fileNo: r.fileNo,
        section: r.section,
        stage: r.stage,
        risk: r.risk ? fold(r.risk) : null,
        question: fold(r.question),
        answer,
        score: answer ? scoreOf(answer, r.options) : null,
        options: r.options.map(fold),
        measure: text(r.measure),
        ...prov(r.span, { answer: r.answer }),
      };
    }),
    audits: facts.audits.map((a) => ({ kind: a.kind, checked: a.checked.value, ...prov(a.checked.span, { checked: a.checked }) })),
    procedures: facts.procedures.map((p) => ({ kind: p.kind, ...dateRange(p.date), detail: text(p.detail), ...prov(p.span, { date: p.date, detail: p.detail }) })),
    changes: facts.changes.map((c, i) => {
      const { span, ...fields } = c;
      return { seq: i + 1, ...changeValues(c), ...prov(span, fields) };
    }),
  };
}

export type { Fact };
