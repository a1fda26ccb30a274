import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDocuments, type LoadInput } from '../../../db/ingest/load';
import { parseDocument } from '../../../db/ingest/read-document';
import { DROP_ORPHAN_PASSAGES, PassageIds } from '../../../db/ingest/store-search';
import { dumpDb } from '../../helpers/ingest-db';
import { SEED } from '../../helpers/ingest-summary';
import { createTempDb, type TempDb } from '../../helpers/temp-db';

/**
 * Documents written together: one transaction, a savepoint each. A document whose write fails
 * leaves no row and the others are kept; passage ids a connection learnt are used again, and
 * relearnt when they no longer hold.
 */
const KOGANEI = '001_0f1031b6666322d1.txt';
const KITAKYUSHU = '004_63d90351889fe90b.txt';
const SAPPORO = '000_6b35c62c03d5d5e8.txt';

function input(file: string, edit: (text: string) => string = (t) => t): LoadInput {
  const bytes = new TextEncoder().encode(edit(readFileSync(SEED(file), 'utf8')));
  return { doc: parseDocument(bytes, file), sourcePath: `/docs/${file}`, sha256: createHash('sha256').update(bytes).digest('hex'), extractorVersion: 'test', replaces: null };
}

/** A document the database refuses midway, its passages stored: its first change row has no number. */
function failing(file: string): LoadInput {
  const i = input(file);
  const [first, ...rest] = i.doc.rows.changes;
  return { ...i, doc: { ...i.doc, rows: { ...i.doc.rows, changes: [{ ...first!, seq: null as unknown as number }, ...rest] } } };
}

let temp: TempDb;
beforeEach(async () => {
  temp = await createTempDb();
});
afterEach(() => temp.dispose());

const stored = async () => (await temp.db.all<{ source_file: string }>(sql`select source_file from assessments order by source_file`)).map((r) => r.source_file);
const count = async (table: string) => (await temp.db.all<{ n: number }>(sql.raw(`select count(*) as n from ${table}`)))[0]!.n;

describe('loadDocuments', () => {
  it('keeps the documents around one whose write fails, and leaves nothing of that one', async () => {
    const alone = await createTempDb();
    try {
      await loadDocuments(alone.db, [input(KOGANEI), input(SAPPORO)]);
      const loaded = await loadDocuments(temp.db, [input(KOGANEI), failing(KITAKYUSHU), input(SAPPORO)]);
      expect(loaded.map((l) => l.status)).toEqual(['stored', 'failed', 'stored']);
      const failure = loaded[1]!;
      expect(failure.status === 'failed' && String(failure.error)).toMatch(/NOT NULL constraint failed: changes\.seq/);
      expect(await stored()).toEqual([SAPPORO, KOGANEI]);
      // the failed document's rows, its source text and the passages only it holds are gone:
      // the database is the one the two others make alone, ids aside
      for (const table of ['source_texts', 'extraction_reports', 'contracts', 'changes', 'ratings', 'search_occurrences', 'search_passages', 'search_index'])
        expect([table, await count(table)]).toEqual([table, (await alone.db.all<{ n: number }>(sql.raw(`select count(*) as n from ${table}`)))[0]!.n]);
    } finally {
      alone.dispose();
    }
  });

  it('stores the same bytes once when two paths bring them in one batch', async () => {
    const first = input(KOGANEI);
    const loaded = await loadDocuments(temp.db, [first, { ...first, sourcePath: '/elsewhere/koganei.txt' }]);
    expect(loaded[0]).toMatchObject({ status: 'stored' });
    expect(loaded[1]).toEqual({ status: 'duplicate', id: (loaded[0] as { id: number }).id, path: `/docs/${KOGANEI}` });
    expect(await count('assessments')).toBe(1);
  });

  it('forgets the passage ids of a failed document: a later one storing its passages finds them', async () => {
    const ids = new PassageIds();
    await loadDocuments(temp.db, [failing(KITAKYUSHU)], ids);
    const relearn = vi.spyOn(ids, 'forget');
    const [later] = await loadDocuments(temp.db, [input(KITAKYUSHU)], ids);
    expect(later).toMatchObject({ status: 'stored' });
    // no id of the rolled-back passages was kept: nothing had to be relearnt
    expect(relearn).not.toHaveBeenCalled();
    const [dangling] = await temp.db.all<{ n: number }>(sql`select count(*) as n from search_occurrences o where not exists (select 1 from search_passages p where p.id = o.passage_id)`);
    expect(dangling!.n).toBe(0);
  });

  it('looks passages up again when ids it knew were removed meanwhile (another load cleaned them up)', async () => {
    const ids = new PassageIds();
    const [first] = await loadDocuments(temp.db, [input(KOGANEI)], ids);
    const firstId = (first as { id: number }).id;
    // what another load does to a document it replaces: its rows go, then passages nobody holds
    await temp.db.run(sql`delete from search_occurrences where assessment_id = ${firstId}`);
    await temp.db.run(sql.raw(DROP_ORPHAN_PASSAGES));
    expect(await count('search_passages')).toBe(0);
    const relearn = vi.spyOn(ids, 'forget');
    const [again] = await loadDocuments(temp.db, [input(KOGANEI, (t) => `${t}\n`)], ids);
    expect(again).toMatchObject({ status: 'stored' });
    expect(relearn).toHaveBeenCalledTimes(1);
    const secondId = (again as { id: number }).id;
    const [row] = await temp.db.all<{ occurrences: number; passages: number; indexed: number }>(sql`
      select (select count(*) from search_occurrences where assessment_id = ${secondId}) as occurrences,
             (select count(*) from search_passages) as passages,
             (select count(*) from search_index where search_index match '個人番号') as indexed`);
    expect(row!.occurrences).toBeGreaterThan(100);
    expect(row!.passages).toBeGreaterThan(100);
    expect(row!.indexed).toBeGreaterThan(0);
  });

  it('writes a batch as its documents one by one would, row for row', async () => {
    const one = await createTempDb();
    try {
      for (const f of [KOGANEI, KITAKYUSHU, SAPPORO]) await loadDocuments(one.db, [input(f)]);
      await loadDocuments(temp.db, [input(KOGANEI), input(KITAKYUSHU), input(SAPPORO)], new PassageIds());
      expect(await dumpDb(temp.db)).toEqual(await dumpDb(one.db));
      const occurrences = (db: TempDb['db']) =>
        db.all(sql`select o.assessment_id, o.kind, o.ref_id, o.src_from, o.src_to, p.body from search_occurrences o join search_passages p on p.id = o.passage_id order by o.assessment_id, o.src_from`);
      const together = await occurrences(temp.db);
      expect(together.length).toBeGreaterThan(1000);
      expect(together).toEqual(await occurrences(one.db));
    } finally {
      one.dispose();
    }
  });
});
