import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';
import type { DocumentFacts } from './facts';
import { scoreOf as scoreOfAnswer } from './form/answers';
import { parseContractors } from './normalize/contractor';
import { findDates } from './normalize/era-date';
import { fold } from './normalize/text';
import type { BodyResolution } from './resolve-body';
import type { ExtractionReport } from '../schema/extraction';
import type { SourceText } from './source-text';
import { searchEntriesFor } from './search-entries';
import { band, bool, changeValues, date, headerValues, line, provenanceOf, systemValues, text } from './to-rows';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface LoadInput {
  sourceFile: string;
  sha256: string;
  encoding: string;
  layout: t.Layout;
  extractorVersion: string;
  source: SourceText;
  facts: DocumentFacts;
  body: BodyResolution;
  report: ExtractionReport;
  reportText: string;
}

/** Writes one document in one transaction, replacing what an earlier reading of it stored. */
export async function loadDocument(db: Db, input: LoadInput): Promise<number> {
  return db.transaction(async (tx) => {
    await deleteDocument(tx, input.sourceFile);
    const municipalityId = input.body.body || input.body.written ? await upsertMunicipality(tx, input.body) : null;
    const [assessment] = await tx
      .insert(t.assessments)
      .values({
        municipalityId,
        bodyName: input.body.written,
        ...headerValues(input.facts),
        sourceFile: input.sourceFile,
        sourceSha256: input.sha256,
        sourceEncoding: input.encoding,
        extractorVersion: input.extractorVersion,
        layout: input.layout,
        partsPresent: input.report.partsPresent,
        partsAbsent: input.report.partsAbsent,
      })
      .returning({ id: t.assessments.id });
    const assessmentId = assessment!.id;
    await tx.insert(t.sourceTexts).values({ assessmentId, text: input.source.text });
    await insertFacts(tx, assessmentId, input);
    await tx.insert(t.extractionReports).values({ assessmentId, report: input.report, text: input.reportText });
    const entries = searchEntriesFor(assessmentId, input.source);
    for (let i = 0; i < entries.length; i += 200) await tx.insert(t.searchEntries).values(entries.slice(i, i + 200));
    return assessmentId;
  });
}

async function deleteDocument(tx: Tx, sourceFile: string) {
  const old = await tx.select({ id: t.assessments.id }).from(t.assessments).where(eq(t.assessments.sourceFile, sourceFile));
  for (const { id } of old) {
    const contractIds = (await tx.select({ id: t.contracts.id }).from(t.contracts).where(eq(t.contracts.assessmentId, id))).map((r) => r.id);
    for (const contractId of contractIds) await tx.delete(t.contractContractors).where(eq(t.contractContractors.contractId, contractId));
    for (const table of [t.contracts, t.provisions, t.systems, t.ratings, t.audits, t.procedures, t.changes] as const)
      await tx.delete(table).where(eq(table.assessmentId, id));
    await tx.delete(t.personalInfoFiles).where(eq(t.personalInfoFiles.assessmentId, id));
    await tx.delete(t.searchEntries).where(eq(t.searchEntries.assessmentId, id));
    await tx.delete(t.extractionReports).where(eq(t.extractionReports.assessmentId, id));
    await tx.delete(t.sourceTexts).where(eq(t.sourceTexts.assessmentId, id));
    await tx.delete(t.assessments).where(eq(t.assessments.id, id));
  }
}

async function upsertMunicipality(tx: Tx, r: BodyResolution): Promise<number> {
  const b = r.body;
  const name = b?.name ?? r.written!;
  const where = b?.code ? eq(t.municipalities.code, b.code) : and(isNull(t.municipalities.code), eq(t.municipalities.name, name));
  const [found] = await tx.select({ id: t.municipalities.id }).from(t.municipalities).where(where);
  if (found) return found.id;
  const [row] = await tx
    .insert(t.municipalities)
    .values({ code: b?.code ?? null, name, prefecture: b?.prefecture ?? null, prefectureCode: b?.prefectureCode ?? null, kana: b?.kana ?? null })
    .returning({ id: t.municipalities.id });
  return row!.id;
}

async function contractorId(tx: Tx, name: string, kind: t.Contractor['kind']): Promise<number> {
  const [found] = await tx.select({ id: t.contractors.id }).from(t.contractors).where(eq(t.contractors.name, name));
  if (found) return found.id;
  const [row] = await tx.insert(t.contractors).values({ name, kind }).returning({ id: t.contractors.id });
  return row!.id;
}

async function insertFacts(tx: Tx, assessmentId: number, { facts, source }: LoadInput) {
  const fileIds = new Map<number, number>();
  for (const f of facts.files) {
    const people = band(f.peopleBand);
    const items = band(f.itemsBand);
    const [row] = await tx
      .insert(t.personalInfoFiles)
      .values({
        assessmentId,
        no: f.no,
        name: line(f.name) ?? `特定個人情報ファイル${f.no}`,
        fileKind: line(f.fileKind),
        peopleBandText: people?.text ?? null,
        peopleMin: people?.min ?? null,
        peopleMax: people?.max ?? null,
        itemsBandText: items?.text ?? null,
        itemsMin: items?.min ?? null,
        itemsMax: items?.max ?? null,
        holdingStartOn: date(f.holdingStart),
        ...provenanceOf(source, f.span, { name: f.name, fileKind: f.fileKind, peopleBand: f.peopleBand, itemsBand: f.itemsBand, holdingStart: f.holdingStart }),
      })
      .returning({ id: t.personalInfoFiles.id });
    fileIds.set(f.no, row!.id);
  }
  const fileId = (no: number | null) => (no === null ? null : (fileIds.get(no) ?? null));

  for (const s of facts.systems) {
    const { connections, ...rest } = s;
    await tx.insert(t.systems).values({ assessmentId, ...systemValues(s), ...provenanceOf(source, s.span, { name: rest.name, function: rest.function, connections, otherText: rest.otherText }) });
  }

  for (const c of facts.contracts) {
    const handlers = band(c.handlersBand);
    const raw = line(c.contractor);
    const parsed = raw ? parseContractors(raw) : null;
    const [row] = await tx
      .insert(t.contracts)
      .values({
        assessmentId,
        fileId: fileId(c.fileNo),
        no: c.no,
        title: line(c.title),
        content: text(c.content),
        handlersBandText: handlers?.text ?? null,
        handlersMin: handlers?.min ?? null,
        handlersMax: handlers?.max ?? null,
        contractorRaw: raw,
        contractorUndecided: parsed?.undecided ?? false,
        subcontract: bool(c.subcontract),
        subcontractMethod: text(c.subcontractMethod),
        subcontractItems: text(c.subcontractItems),
        ...provenanceOf(source, c.span, { numbering: c.numbering, title: c.title, content: c.content, handlersBand: c.handlersBand, contractor: c.contractor, subcontract: c.subcontract, subcontractMethod: c.subcontractMethod, subcontractItems: c.subcontractItems }),
      })
      .returning({ id: t.contracts.id });
    for (const [position, n] of (parsed?.names ?? []).entries()) {
      const id = await contractorId(tx, n.name, n.kind);
      await tx.insert(t.contractContractors).values({ contractId: row!.id, contractorId: id, position, raw: n.raw, branch: n.branch });
    }
  }

  for (const p of facts.provisions) {
    const people = band(p.peopleBand);
    await tx.insert(t.provisions).values({
      assessmentId,
      fileId: fileId(p.fileNo),
      direction: p.direction,
      no: p.no,
      recipient: line(p.recipient),
      legalBasis: text(p.legalBasis),
      purpose: text(p.purpose),
      information: text(p.information),
      peopleBandText: people?.text ?? null,
      peopleMin: people?.min ?? null,
      peopleMax: people?.max ?? null,
      method: line(p.method),
      timing: text(p.timing),
      ...provenanceOf(source, p.span, { numbering: p.numbering, recipient: p.recipient, legalBasis: p.legalBasis, purpose: p.purpose, information: p.information, peopleBand: p.peopleBand, method: p.method, timing: p.timing }),
    });
  }

  for (const r of facts.ratings) {
    const answer = line(r.answer);
    await tx.insert(t.ratings).values({
      assessmentId,
      fileId: fileId(r.fileNo),
      section: r.section,
      stage: r.stage,
      risk: r.risk ? fold(r.risk) : null,
      question: fold(r.question),
      answer,
      score: answer ? scoreOfAnswer(answer, r.options) : null,
      options: r.options.map(fold),
      measure: text(r.measure),
      ...provenanceOf(source, r.span, { answer: r.answer }),
    });
  }

  for (const a of facts.audits)
    await tx.insert(t.audits).values({ assessmentId, kind: a.kind, checked: a.checked.value, ...provenanceOf(source, a.checked.span, { checked: a.checked }) });

  for (const p of facts.procedures) {
    const iso = p.date ? dateRange(p.date.value) : { startedOn: null, endedOn: null };
    await tx.insert(t.procedures).values({ assessmentId, kind: p.kind, ...iso, detail: text(p.detail), ...provenanceOf(source, p.span, { date: p.date, detail: p.detail }) });
  }

  for (const [seq, c] of facts.changes.entries())
    await tx.insert(t.changes).values({ assessmentId, seq: seq + 1, ...changeValues(c), ...provenanceOf(source, c.span, { date: c.date, item: c.item, before: c.before, after: c.after, timing: c.timing, reason: c.reason }) });
}


/** 「令和5年1月10日～令和5年2月8日」 → both ends; a single date → start only. */
function dateRange(value: string) {
  const dates = findDates(value);
  return { startedOn: dates[0]?.iso ?? null, endedOn: dates[1]?.iso ?? null };
}
