import { and, eq, isNull, notInArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';
import type { LocalGov } from './normalize/municipality';
import type { BodyResolution } from './resolve-body';
import type { ExtractionReport } from '../schema/extraction';
import type { SourceText } from './source-text';
import { searchEntriesFor } from './search-entries';
import type { DocumentRows } from './to-rows';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface LoadInput {
  sourceFile: string;
  sha256: string;
  encoding: string;
  layout: t.Layout;
  extractorVersion: string;
  source: SourceText;
  rows: DocumentRows;
  body: BodyResolution;
  report: ExtractionReport;
  reportText: string;
}

/** Writes one document in one transaction, replacing what an earlier reading of it stored. */
export async function loadDocument(db: Db, input: LoadInput): Promise<number> {
  return db.transaction(async (tx) => {
    await deleteDocument(tx, input.sourceFile);
    // an unresolved body is no municipality: the document keeps the name as written, and its state says why
    const municipalityId = input.body.body ? await upsertMunicipality(tx, input.body.body) : null;
    const [assessment] = await tx
      .insert(t.assessments)
      .values({
        municipalityId,
        bodyName: input.body.written,
        ...input.rows.assessment,
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
    await deleteBodiesWithoutDocuments(tx);
    return assessmentId;
  });
}

async function deleteDocument(tx: Tx, sourceFile: string) {
  const old = await tx.select({ id: t.assessments.id }).from(t.assessments).where(eq(t.assessments.sourceFile, sourceFile));
  for (const { id } of old) {
    const contractIds = (await tx.select({ id: t.contracts.id }).from(t.contracts).where(eq(t.contracts.assessmentId, id))).map((r) => r.id);
    for (const contractId of contractIds) await tx.delete(t.contractContractors).where(eq(t.contractContractors.contractId, contractId));
    for (const table of [t.contracts, t.provisions, t.systems, t.ratings, t.audits, t.procedures, t.changes, t.thresholds] as const)
      await tx.delete(table).where(eq(table.assessmentId, id));
    await tx.delete(t.personalInfoFiles).where(eq(t.personalInfoFiles.assessmentId, id));
    await tx.delete(t.searchEntries).where(eq(t.searchEntries.assessmentId, id));
    await tx.delete(t.extractionReports).where(eq(t.extractionReports.assessmentId, id));
    await tx.delete(t.sourceTexts).where(eq(t.sourceTexts.assessmentId, id));
    await tx.delete(t.assessments).where(eq(t.assessments.id, id));
  }
}

async function upsertMunicipality(tx: Tx, b: LocalGov): Promise<number> {
  // a body without a code (a ministry, 地方公共団体情報システム機構) is one row per name and kind
  const where = b.code ? eq(t.municipalities.code, b.code) : and(isNull(t.municipalities.code), eq(t.municipalities.name, b.name), eq(t.municipalities.kind, b.kind));
  const [found] = await tx.select({ id: t.municipalities.id, kind: t.municipalities.kind }).from(t.municipalities).where(where);
  if (found) {
    if (found.kind !== b.kind) await tx.update(t.municipalities).set({ kind: b.kind }).where(eq(t.municipalities.id, found.id));
    return found.id;
  }
  const [row] = await tx
    .insert(t.municipalities)
    .values({ code: b.code, name: b.name, prefecture: b.prefecture, prefectureCode: b.prefectureCode, kana: b.kana, kind: b.kind })
    .returning({ id: t.municipalities.id });
  return row!.id;
}

/** A body row that no document names any more (an earlier reading's, or a name since found to be none) goes. */
async function deleteBodiesWithoutDocuments(tx: Tx) {
  const named = tx.select({ id: t.assessments.municipalityId }).from(t.assessments).where(isNotNull(t.assessments.municipalityId));
  await tx.delete(t.municipalities).where(notInArray(t.municipalities.id, named));
}

async function contractorId(tx: Tx, name: string, kind: t.Contractor['kind']): Promise<number> {
  const [found] = await tx.select({ id: t.contractors.id }).from(t.contractors).where(eq(t.contractors.name, name));
  if (found) return found.id;
  const [row] = await tx.insert(t.contractors).values({ name, kind }).returning({ id: t.contractors.id });
  return row!.id;
}

async function insertFacts(tx: Tx, assessmentId: number, { rows }: LoadInput) {
  const fileIds = new Map<number, number>();
  for (const f of rows.files) {
    const [row] = await tx.insert(t.personalInfoFiles).values({ assessmentId, ...f }).returning({ id: t.personalInfoFiles.id });
    fileIds.set(f.no, row!.id);
  }
  const fileId = (no: number | null) => (no === null ? null : (fileIds.get(no) ?? null));
  for (const s of rows.systems) await tx.insert(t.systems).values({ assessmentId, ...s });
  for (const { fileNo, contractors, row } of rows.contracts) {
    const [inserted] = await tx.insert(t.contracts).values({ assessmentId, fileId: fileId(fileNo), ...row }).returning({ id: t.contracts.id });
    for (const [position, n] of contractors.entries())
      await tx.insert(t.contractContractors).values({ contractId: inserted!.id, contractorId: await contractorId(tx, n.name, n.kind), position, raw: n.raw, branch: n.branch });
  }
  for (const { fileNo, ...p } of rows.provisions) await tx.insert(t.provisions).values({ assessmentId, fileId: fileId(fileNo), ...p });
  for (const { fileNo, ...r } of rows.ratings) await tx.insert(t.ratings).values({ assessmentId, fileId: fileId(fileNo), ...r });
  for (const a of rows.audits) await tx.insert(t.audits).values({ assessmentId, ...a });
  for (const p of rows.procedures) await tx.insert(t.procedures).values({ assessmentId, ...p });
  for (const c of rows.changes) await tx.insert(t.changes).values({ assessmentId, ...c });
  for (const x of rows.thresholds) await tx.insert(t.thresholds).values({ assessmentId, ...x });
}
