import type { InStatement, Transaction } from '@libsql/client';
import { isNotNull, notInArray } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';
import { insertStatements } from '../bulk-insert';
import type { LocalGov } from './normalize/municipality';
import type { ParsedDocument } from './read-document';
import { BatchOccurrences, DROP_ORPHAN_PASSAGES, dropUnheldPassages, PassageIds, resolvePassages } from './store-search';
import { BUMP_DATA_GENERATION } from '../schema/data-generation';
import { uncertainExtractionFlag } from '../queries/outliers/kinds/uncertain-extractions';

export interface LoadInput {
  doc: ParsedDocument;
  sourcePath: string;
  sha256: string;
  extractorVersion: string;
  /** the document this one replaces (new bytes at its path, or its bytes read by a newer extractor) */
  replaces: number | null;
}

/**
 * The tables of a document's extracted rows, deleted with it; its flags too (those built from
 * all the rows are rebuilt after the load, refreshFlags).
 */
const DOCUMENT_TABLES = ['contracts', 'provisions', 'systems', 'ratings', 'audits', 'procedures', 'changes', 'thresholds', 'personal_info_files', 'search_occurrences', 'extraction_reports', 'source_texts', 'flags'];

/** What became of a document handed to loadDocuments. */
export type Loaded =
  | { status: 'stored'; id: number }
  /** its bytes were stored already (from another path, or earlier in the same batch) */
  | { status: 'duplicate'; id: number; path: string }
  | { status: 'failed'; error: unknown };

/**
 * Writes documents in one transaction, each in a savepoint of its own: a document whose write
 * fails leaves no row, the others are kept. Rows go as multi-row statements with their ids
 * assigned here (the transaction is the only writer), so a document costs a few dozen
 * statements rather than one per row; the documents share one commit, so the pages their
 * rows share (the search index's, above all) are written out once for them all. A commit that
 * fails fails them all, and stores nothing.
 *
 * The batch's search passages are stored first, outside the documents' savepoints: FTS5 writes
 * out the index of what it was given at every savepoint, and a segment per document, merged
 * again and again, cost as much as the documents' other rows. Passages that no stored document
 * holds (a failed one's, a duplicate's read by another extractor) are taken out again. Where
 * the passages occur goes in last, for all the documents together (BatchOccurrences).
 */
export async function loadDocuments(db: Db, inputs: LoadInput[], passages = new PassageIds()): Promise<Loaded[]> {
  const tx = await db.$client.transaction('write');
  try {
    const stored = await resolvePassages(tx, inputs.flatMap((i) => i.doc.searchEntries), passages);
    const loaded: Loaded[] = [];
    const occurrences = new BatchOccurrences();
    for (const input of inputs) {
      const l = await loadInSavepoint(tx, input);
      if (l.status === 'stored') occurrences.add(l.id, input.doc.searchEntries);
      loaded.push(l);
    }
    await occurrences.store(tx, passages);
    if (loaded.some((l) => l.status !== 'stored')) await dropUnheldPassages(tx, stored, passages);
    await tx.execute(BUMP_DATA_GENERATION);
    await tx.commit();
    passages.commit();
    return loaded;
  } catch (e) {
    passages.rollback();
    throw e;
  } finally {
    tx.close();
  }
}

async function loadInSavepoint(tx: Transaction, input: LoadInput): Promise<Loaded> {
  await tx.execute('savepoint document');
  try {
    // the same bytes may have come from another path since the caller looked (not the row it replaces)
    const same = await tx.execute({ sql: 'select id, source_path from assessments where source_sha256 = ? and id is not ? limit 1', args: [input.sha256, input.replaces] });
    const row = same.rows[0];
    const loaded: Loaded = row ? { status: 'duplicate', id: Number(row.id), path: String(row.source_path) } : { status: 'stored', id: await write(tx, input) };
    await tx.execute('release document');
    return loaded;
  } catch (error) {
    await tx.execute('rollback to document');
    await tx.execute('release document');
    return { status: 'failed', error };
  }
}

async function write(tx: Transaction, { doc, sourcePath, sha256, extractorVersion, replaces }: LoadInput): Promise<number> {
  if (replaces !== null) await deleteDocument(tx, replaces);
  // an unresolved body is no municipality: the document keeps the name as written, and its state says why
  const municipalityId = doc.body.body ? await upsertMunicipality(tx, doc.body.body) : null;
  const [head] = insertStatements(t.assessments, [
    {
      municipalityId,
      bodyName: doc.body.written,
      ...doc.rows.assessment,
      sourceFile: doc.sourceFile,
      sourcePath,
      sourceSha256: sha256,
      sourceEncoding: doc.encoding,
      extractorVersion,
      layout: doc.layout,
      partsPresent: doc.report.partsPresent,
      partsAbsent: doc.report.partsAbsent,
    },
  ]);
  const inserted = await tx.execute({ sql: `${head!.sql} returning id`, args: head!.args });
  const assessmentId = Number(inserted.rows[0]!.id);
  const { rows } = doc;
  const fileIds = await nextIds(tx, 'personal_info_files', rows.files.length);
  const fileIdOf = new Map(rows.files.map((f, i) => [f.no, fileIds[i]!]));
  const fileId = (no: number | null) => (no === null ? null : (fileIdOf.get(no) ?? null));
  const contractIds = await nextIds(tx, 'contracts', rows.contracts.length);
  const contractors = await contractorIds(tx, rows.contracts.flatMap((c) => c.contractors));
  const flag = uncertainExtractionFlag({
    assessmentId,
    municipalityId,
    code: doc.body.body?.code ?? null,
    name: doc.body.body?.name ?? doc.body.written,
    sourceFile: doc.sourceFile,
    doubts: doc.report.doubts,
  });
  const statements: InStatement[] = [
    ...insertStatements(t.sourceTexts, [{ assessmentId, text: doc.text }]),
    ...insertStatements(t.personalInfoFiles, rows.files.map((f, i) => ({ id: fileIds[i]!, assessmentId, ...f }))),
    ...insertStatements(t.systems, rows.systems.map((s) => ({ assessmentId, ...s }))),
    ...insertStatements(t.contracts, rows.contracts.map(({ fileNo, row }, i) => ({ id: contractIds[i]!, assessmentId, fileId: fileId(fileNo), ...row }))),
    ...insertStatements(
      t.contractContractors,
      rows.contracts.flatMap(({ contractors: named }, i) =>
        // one link per contractor: a contract naming one company twice names it once
        [...new Map(named.map((n, position) => [n.name, { n, position }])).values()].map(({ n, position }) => ({
          contractId: contractIds[i]!,
          contractorId: contractors.get(n.name)!,
          position,
          raw: n.raw,
          branch: n.branch,
        })),
      ),
    ),
    ...insertStatements(t.provisions, rows.provisions.map(({ fileNo, ...p }) => ({ assessmentId, fileId: fileId(fileNo), ...p }))),
    ...insertStatements(t.ratings, rows.ratings.map(({ fileNo, ...r }) => ({ assessmentId, fileId: fileId(fileNo), ...r }))),
    ...insertStatements(t.audits, rows.audits.map((a) => ({ assessmentId, ...a }))),
    ...insertStatements(t.procedures, rows.procedures.map((p) => ({ assessmentId, ...p }))),
    ...insertStatements(t.changes, rows.changes.map((c) => ({ assessmentId, ...c }))),
    ...insertStatements(t.thresholds, rows.thresholds.map((x) => ({ assessmentId, ...x }))),
    ...insertStatements(t.extractionReports, [{ assessmentId, report: doc.report, text: doc.reportText }]),
    ...insertStatements(t.flags, flag ? [flag] : []),
  ];
  await tx.batch(statements);
  return assessmentId;
}

/** The next free ids of a table, for rows whose ids other rows refer to. */
async function nextIds(tx: Transaction, table: string, count: number): Promise<number[]> {
  if (!count) return [];
  const { rows } = await tx.execute(`select coalesce(max(id), 0) as max from "${table}"`);
  const first = Number(rows[0]!.max) + 1;
  return Array.from({ length: count }, (_, i) => first + i);
}

async function deleteDocument(tx: Transaction, id: number) {
  await tx.batch([
    { sql: 'delete from contract_contractors where contract_id in (select id from contracts where assessment_id = ?)', args: [id] },
    ...DOCUMENT_TABLES.map((table) => ({ sql: `delete from "${table}" where assessment_id = ?`, args: [id] })),
    { sql: 'delete from assessments where id = ?', args: [id] },
  ]);
}

async function upsertMunicipality(tx: Transaction, b: LocalGov): Promise<number> {
  // a body without a code (a ministry, 地方公共団体情報システム機構) is one row per name and kind
  const found = b.code
    ? await tx.execute({ sql: 'select id, kind from municipalities where code = ?', args: [b.code] })
    : await tx.execute({ sql: 'select id, kind from municipalities where code is null and name = ? and kind = ?', args: [b.name, b.kind] });
  const row = found.rows[0];
  if (row) {
    if (row.kind !== b.kind) await tx.execute({ sql: 'update municipalities set kind = ? where id = ?', args: [b.kind, row.id!] });
    return Number(row.id);
  }
  const [insert] = insertStatements(t.municipalities, [{ code: b.code, name: b.name, prefecture: b.prefecture, prefectureCode: b.prefectureCode, kana: b.kana, kind: b.kind }]);
  const created = await tx.execute({ sql: `${insert!.sql} returning id`, args: insert!.args });
  return Number(created.rows[0]!.id);
}

/** The ids of the normalized contractors a document names, created where new. */
async function contractorIds(tx: Transaction, names: { name: string; kind: t.Contractor['kind'] }[]): Promise<Map<string, number>> {
  const distinct = [...new Map(names.map((n) => [n.name, n])).values()];
  if (!distinct.length) return new Map();
  await tx.batch(distinct.map((n) => ({ sql: 'insert into contractors (name, kind) values (?, ?) on conflict (name) do nothing', args: [n.name, n.kind] })));
  const { rows } = await tx.execute({ sql: `select id, name from contractors where name in (${distinct.map(() => '?').join(', ')})`, args: distinct.map((n) => n.name) });
  return new Map(rows.map((r) => [String(r.name), Number(r.id)]));
}

/**
 * After a load: a body row that no document names any more (an earlier reading's, or a name
 * since found to be none) goes, and so do search passages no document holds.
 */
export async function deleteOrphans(db: Db) {
  const named = db.select({ id: t.assessments.municipalityId }).from(t.assessments).where(isNotNull(t.assessments.municipalityId));
  await db.delete(t.municipalities).where(notInArray(t.municipalities.id, named));
  await db.$client.execute(DROP_ORPHAN_PASSAGES);
  await db.$client.execute(BUMP_DATA_GENERATION);
}
