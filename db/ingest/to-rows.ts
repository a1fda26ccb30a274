import type { FieldStates } from '../form/field-states';
import { reason } from '../form/reasons';
import { describeConnections, type ConnectionKey } from '../form/connections';
import type { DocumentFacts, FormPart, Maybe, ThresholdFacts } from './facts';
import { band, FieldReader, line, lineOf, text, type Provenance } from './field-reader';
import { thresholdValues } from './threshold-row';
import { scoreOf } from './form/answers';
import { printsMeasure } from './form/measure-labels';
import { parseContractors } from './normalize/contractor';
import { findDates } from './normalize/era-date';
import { sectionRef } from './normalize/section-ref';
import { classifyAffair } from './normalize/affair';
import { canonicalSystemName } from './normalize/system-name';
import { fold, foldKeepLines } from './normalize/text';
import type { SourceText } from './source-text';
import type { BodyResolution } from './resolve-body';
import type { Doubt } from '../form/report';
import { PROCEDURE_WORDS } from '../form/procedures';

/**
 * Normalization of what a parser read into the values stored: text folded (NFKC, spaces),
 * era dates to ISO, bands to ranges, system names to their canonical form — and, for every
 * field that holds no plainly read value, its state: written as empty (the mark kept), not
 * read (with the reason), or read but uncertain. A row is certain when no field is in doubt.
 */

/** The cover and Ⅰ 基本情報 as the assessment's own columns, with their states. */
function headerRow(facts: DocumentFacts) {
  const h = facts.header;
  const b = facts.basic;
  const r = new FieldReader({ from: 0, to: 0 });
  const has = (p: FormPart) => facts.partsPresent.includes(p);
  const kind = r.line('kind', h.kind) as '基礎項目評価書' | '重点項目評価書' | '全項目評価書' | null;
  const target = r.band('target_band_text', b.targetBand);
  const values = {
    number: r.line('number', h.number),
    title: r.line('title', h.title),
    kind,
    agency: r.line('agency', h.agency),
    publishedOn: r.date('published_on', h.publishedOn),
    approvedOn: r.date('approved_on', h.approvedOn),
    formVersion: r.line('form_version', h.formVersion),
    draft: r.bool('draft', h.draft),
    affairName: r.line('affair_name', b.affairName),
    affairContent: r.text('affair_content', b.affairContent),
    targetBandText: target.text,
    targetMin: target.min,
    targetMax: target.max,
    networkLinkage: r.line('network_linkage', b.networkLinkage),
    department: r.line('department', b.department),
    departmentHead: r.line('department_head', b.departmentHead),
  };
  if (!has('表紙')) r.absent(['number', 'title', 'agency', 'published_on', 'approved_on', 'form_version', 'draft'], '表紙');
  // the 基礎項目評価書's Ⅰ is 関連情報
  if (!has('基本情報') && !has('関連情報')) r.absent(['affair_name', 'affair_content', 'target_band_text', 'network_linkage', 'department', 'department_head'], '基本情報');
  // only the full form has a Commission approval date
  if (kind && kind !== '全項目評価書' && r.states.approved_on?.state === 'unread') delete r.states.approved_on;
  return { r, values };
}

/** The header's values without their states (what tests compare). */
export const headerValues = (facts: DocumentFacts) => headerRow(facts).values;

/** The affair's class (db/form/affairs.ts), its state beside it: unread or uncertain with the reason. */
function affairOf(facts: DocumentFacts, source: SourceText, header: ReturnType<typeof headerRow>) {
  const { values, r } = header;
  const read = classifyAffair({ name: values.affairName, title: values.title, text: source.text });
  if (read.reason) {
    r.states.affair = read.affair ? { state: 'uncertain', reason: read.reason } : { state: 'unread', reason: read.reason };
    r.doubted.affair = { value: read.affair, span: read.span ?? facts.basic.affairName?.span ?? facts.header.title?.span ?? { from: 0, to: 0 } };
  } else if (!read.affair) r.states.affair = r.states.affair_name?.state === 'absent' ? r.states.affair_name : { state: 'unread', reason: reason('notFound') };
  return read.affair;
}

function systemRow(s: DocumentFacts['systems'][number]) {
  const r = new FieldReader(s.span);
  const read = r.line('name', s.name);
  const name = read ?? `システム${s.no}`;
  const c = r.value('connections', s.connections, (v) => v, describeConnections);
  const conn = (k: ConnectionKey) => (c ? c[k] : null);
  return {
    r,
    values: {
      no: s.no,
      nameRaw: s.name?.value.trim() ?? name,
      name,
      canonical: canonicalSystemName(name),
      functionText: r.text('function', s.function),
      connInfoNetwork: conn('infoNetwork'),
      connIntraLinkage: conn('intraLinkage'),
      connJukiNet: conn('jukiNet'),
      connExistingJuki: conn('existingJuki'),
      connAtena: conn('atena'),
      connTax: conn('tax'),
      connOther: conn('other'),
      connOtherText: conn('other') ? r.line('other_text', s.otherText) : null,
    },
  };
}

export const systemValues = (s: DocumentFacts['systems'][number]) => systemRow(s).values;

function changeRow(c: DocumentFacts['changes'][number]) {
  const r = new FieldReader(c.span);
  const item = r.text('item', c.item);
  const timing = r.line('timing', c.timing);
  return {
    r,
    values: {
      changedOn: r.date('changed_on', c.date),
      changedOnRaw: c.date ? lineOf(c.date.value) : null,
      item,
      section: item ? sectionRef(item) : null,
      before: r.text('before', c.before),
      after: r.text('after', c.after),
      timing: timing === '事前' || timing === '事後' ? (timing as '事前' | '事後') : null,
      timingExplanation: r.text('timing_explanation', c.explanation),
    },
  };
}

export const changeValues = (c: DocumentFacts['changes'][number]) => changeRow(c).values;

/** 「令和5年1月10日～令和5年2月8日」 → both ends; a single date → its start only. */
function dateRange(r: FieldReader, f: Maybe) {
  const dates = r.value('started_on', f, (v: string) => {
    const found = findDates(v).filter((d) => d.iso !== null);
    return found.length ? found : null;
  });
  return { startedOn: dates?.[0]?.iso ?? null, endedOn: dates?.[1]?.iso ?? null };
}

/** The form's words for an item of each table, as the report names it. */
const ITEM_WORDS = {
  system: (no: number) => `システム${no}`,
  file: (no: number) => `特定個人情報ファイル${no}`,
  contract: (fileNo: number, no: number, files: number) => (files > 1 ? `ファイル${fileNo} 委託事項${no}` : `委託事項${no}`),
  provision: (direction: string, no: number) => `${direction}先${no}`,
  change: (seq: number) => `変更箇所${seq}`,
};

/**
 * Every row a document's facts make, per table, before ids: rows that belong to a file carry
 * its number (`fileNo`), which the loader turns into the file's id. Beside the rows, every
 * doubted value, named by its item and field in the form's words, for the extraction report.
 */
export function documentRows(facts: DocumentFacts, source: SourceText, body: BodyResolution) {
  const doubts: Doubt[] = [];
  const done = <T extends object>(resource: string, item: string, r: FieldReader, values: T) => {
    for (const [field, d] of Object.entries(r.doubted)) {
      const state = r.states[field]!;
      if (state.state === 'uncertain' || state.state === 'unread')
        doubts.push({ resource, item, field, value: d.value, state: state.state, reason: state.reason, srcFrom: d.span.from, srcTo: d.span.to, ...source.lineRange(d.span) });
    }
    return { ...values, ...r.provenance(source) };
  };
  const header = headerRow(facts);
  if (!body.certain && body.reason) header.r.states.body = { state: body.body ? 'uncertain' : 'unread', reason: body.reason } as FieldStates[string];
  if (!body.certain && body.reason) header.r.doubted.body = { value: body.written, span: facts.header.agency?.span ?? facts.header.declarationBody?.span ?? { from: 0, to: 0 } };
  const affair = affairOf(facts, source, header);
  const assessment = done('assessments', '表紙', header.r, { ...header.values, affair });
  const files = facts.files.length;
  // the 基礎項目評価書 lists its systems and files by name only
  const basicForm = facts.threshold !== null;
  return {
    assessment,
    files: facts.files.map((f) => {
      const r = new FieldReader(f.span);
      const people = r.band('people_band', f.peopleBand);
      const items = r.band('items_band', f.itemsBand);
      const holdingStartOn = r.date('holding_start_on', f.holdingStart);
      const fileKind = r.line('file_kind', f.fileKind);
      if (basicForm) r.absent(['file_kind', 'people_band', 'items_band', 'holding_start_on'], '特定個人情報ファイルの概要');
      return done('files', ITEM_WORDS.file(f.no), r, {
        no: f.no,
        name: r.line('name', f.name) ?? `特定個人情報ファイル${f.no}`,
        fileKind,
        peopleBandText: people.text,
        peopleMin: people.min,
        peopleMax: people.max,
        itemsBandText: items.text,
        itemsMin: items.min,
        itemsMax: items.max,
        holdingStartOn,
      });
    }),
    systems: facts.systems.map((s) => {
      const { r, values } = systemRow(s);
      if (basicForm) {
        r.absent(['function'], '②システムの機能');
        r.absent(['connections'], '③他のシステムとの接続');
      }
      return done('systems', ITEM_WORDS.system(s.no), r, values);
    }),
    contracts: facts.contracts.map((c) => {
      const r = new FieldReader(c.span);
      r.doubt('item_no', c.numbering);
      const handlers = r.band('handlers_band', c.handlersBand);
      const raw = r.line('contractor_raw', c.contractor);
      const parsed = raw ? parseContractors(raw) : null;
      const row = {
        no: c.no,
        title: r.line('title', c.title),
        content: r.text('content', c.content),
        handlersBandText: handlers.text,
        handlersMin: handlers.min,
        handlersMax: handlers.max,
        contractorRaw: raw,
        contractorUndecided: parsed?.undecided ?? false,
        subcontract: r.bool('subcontract', c.subcontract),
        subcontractMethod: r.text('subcontract_method', c.subcontractMethod),
        subcontractItems: r.text('subcontract_items', c.subcontractItems),
      };
      return { fileNo: c.fileNo, contractors: parsed?.names ?? [], row: done('contracts', ITEM_WORDS.contract(c.fileNo, c.no, files), r, row) };
    }),
    provisions: facts.provisions.map((p) => {
      const r = new FieldReader(p.span);
      r.doubt('no', p.numbering);
      const people = r.band('people_band', p.peopleBand);
      return {
        fileNo: p.fileNo,
        ...done('provisions', ITEM_WORDS.provision(p.direction, p.no), r, {
          direction: p.direction,
          no: p.no,
          recipient: r.line('recipient', p.recipient),
          legalBasis: r.text('legal_basis', p.legalBasis),
          purpose: r.text('purpose', p.purpose),
          information: r.text('information', p.information),
          peopleBandText: people.text,
          peopleMin: people.min,
          peopleMax: people.max,
          method: r.line('method', p.method),
          timing: r.text('timing', p.timing),
        }),
      };
    }),
    ratings: facts.ratings.map((x) => {
      const r = new FieldReader(x.span);
      const answer = r.line('answer', x.answer);
      const incident = answer === '発生あり';
      const item = [x.stage, fold(x.question)].filter(Boolean).join(' ');
      return {
        fileNo: x.fileNo,
        ...done('ratings', item, r, {
          section: x.section,
          stage: x.stage,
          risk: x.risk ? fold(x.risk) : null,
          question: fold(x.question),
          answer,
          score: answer ? scoreOf(answer, x.options) : null,
          options: x.options.map(fold),
          measure:
            x.measure === null && !(x.measurePrinted ?? measurePrinted(x.question)) ? null : r.value('measure', x.measure, (v) => (v === null ? null : foldKeepLines(v))),
          incidentContent: incident ? r.text('incident_content', x.incidentContent) : null,
          incidentPrevention: incident ? r.text('incident_prevention', x.incidentPrevention) : null,
        }),
      };
    }),
    audits: facts.audits.map((a) => {
      const r = new FieldReader(a.checked.span);
      return done('audits', `監査 ${a.kind}`, r, { kind: a.kind, checked: r.value('checked', a.checked, (v) => v) });
    }),
    procedures: facts.procedures.map((p) => {
      const r = new FieldReader(p.span);
      return done('procedures', `評価実施手続 ${PROCEDURE_WORDS[p.kind]}`, r, { kind: p.kind, ...dateRange(r, p.date), detail: r.text('detail', p.detail) });
    }),
    changes: facts.changes.map((c, i) => {
      const { r, values } = changeRow(c);
      return done('changes', ITEM_WORDS.change(i + 1), r, { seq: i + 1, ...values });
    }),
    thresholds: facts.threshold ? [thresholdRow(facts.threshold, done)] : [],
    doubts,
  };
}

export type DocumentRows = ReturnType<typeof documentRows>;

type Done = <T extends object>(resource: string, item: string, r: FieldReader, values: T) => T & Provenance;

/** Ⅱ しきい値判断項目, Ⅲ しきい値判断結果 and Ⅳ's forms and priority as one row. */
function thresholdRow(t: ThresholdFacts, done: Done) {
  const r = new FieldReader(t.span);
  return done('thresholds', 'しきい値判断', r, thresholdValues(t, r));
}

/**
 * The questions whose page prints the text they grade: 「リスクへの対策は十分か」 its risk's boxes,
 * a question of its own its box (ユーザ認証の管理 → 具体的な管理方法). For the others (安全管理体制,
 * バックアップ …) the form prints no text, so a missing measure is not a text left unread.
 */
const measurePrinted = printsMeasure;
