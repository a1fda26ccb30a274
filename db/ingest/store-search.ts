import type { Transaction } from '@libsql/client';
import type { SearchEntry } from './search-entries';

/** What stores a document's passages: a write transaction, or a client outside one (the test fixtures). */
type Writer = Pick<Transaction, 'execute'>;

/**
 * The ids of passages a connection knows to be stored, by digest. Documents share most of
 * their passages (the form's own wording), and finding each one's id by its digest cost more
 * than storing the document's other rows; known ids are not looked up again. An id found or
 * stored by a transaction is known once the transaction commits (`commit`): a rolled-back
 * passage is no passage. An id gone since (its passage removed by a load's clean-up) fails the
 * foreign key of the occurrence naming it: BatchOccurrences then forgets them all and looks
 * them up afresh.
 */
export class PassageIds {
  private known = new Map<string, number>();
  private transaction = new Map<string, number>();

  constructor(private readonly limit = 200_000) {}

  get(digest: string): number | undefined {
    return this.known.get(digest) ?? this.transaction.get(digest);
  }

  add(digest: string, id: number) {
    this.transaction.set(digest, id);
  }

  /** The transaction committed: its ids are known. */
  commit() {
    // a bound on memory: a load of very many distinct texts starts over rather than grow without end
    if (this.known.size + this.transaction.size > this.limit) this.known = new Map();
    for (const [digest, id] of this.transaction) this.known.set(digest, id);
    this.transaction = new Map();
  }

  /** The transaction failed: none of its ids holds. */
  rollback() {
    this.transaction = new Map();
  }

  forget() {
    this.known = new Map();
    this.rollback();
  }
}

/**
 * Indexes a document's passages: each distinct text stored (and, by the migration's trigger,
 * indexed) once however many documents hold it, then where it occurs. A load of many documents
 * does both a batch of documents at a time (load.ts); this is the two for one document.
 */
export async function storeSearchEntries(tx: Writer, assessmentId: number, entries: SearchEntry[], ids: PassageIds = new PassageIds()) {
  await resolvePassages(tx, entries, ids);
  const occurrences = new BatchOccurrences();
  occurrences.add(assessmentId, entries);
  await occurrences.store(tx, ids);
}

/**
 * Stores the passages not known to be stored, and learns the ids of them all. Rows go to SQLite
 * as one JSON argument that it unpacks (json_each): bound one value at a time, a document's few
 * thousand values cost more to hand over than to store. Returns the ids it stored or found.
 */
export async function resolvePassages(tx: Writer, entries: SearchEntry[], ids: PassageIds) {
  const unknown = new Map<string, string>();
  for (const e of entries) if (ids.get(e.digest) === undefined) unknown.set(e.digest, e.body);
  if (!unknown.size) return [];
  const json = JSON.stringify([...unknown]);
  // `where true`: SQLite's parser needs it to read ON CONFLICT after a SELECT
  await tx.execute({ sql: 'insert into search_passages (digest, body) select value ->> 0, value ->> 1 from json_each(?) where true on conflict (digest) do nothing', args: [json] });
  const { rows } = await tx.execute({ sql: 'select p.id, p.digest from json_each(?) d join search_passages p on p.digest = d.value ->> 0', args: [json] });
  for (const r of rows) ids.add(String(r.digest), Number(r.id));
  return rows.map((r) => Number(r.id));
}

/**
 * Of the passages `ids`, those no document holds (stored for a document of the batch that then
 * failed, or turned out a duplicate) go, and the ids known are forgotten if any went.
 */
export async function dropUnheldPassages(tx: Writer, ids: number[], known: PassageIds) {
  if (!ids.length) return;
  const { rowsAffected } = await tx.execute({
    sql: 'delete from search_passages where id in (select value from json_each(?)) and not exists (select 1 from search_occurrences o where o.passage_id = search_passages.id)',
    args: [JSON.stringify(ids)],
  });
  if (rowsAffected) known.forget();
}

/**
 * Where the passages of a batch's documents occur, stored once the documents are written, in
 * the order of their passages: the index by passage then takes the entries of a passage the
 * documents share (the form's wording, most of them) side by side, one visit to its page rather
 * than one per document (about 2 ms less per document, of some 11, in a national load).
 * Their passages must have been stored first (resolvePassages).
 */
export class BatchOccurrences {
  private documents: { assessmentId: number; entries: SearchEntry[] }[] = [];

  add(assessmentId: number, entries: SearchEntry[]) {
    if (entries.length) this.documents.push({ assessmentId, entries });
  }

  /**
   * An id gone since it was learnt (its passage removed by another load's clean-up) fails the
   * foreign key of the occurrence naming it: the ids are then forgotten and looked up afresh.
   */
  async store(tx: Writer, ids: PassageIds) {
    try {
      await this.insert(tx, ids);
    } catch (e) {
      if (!/FOREIGN KEY/i.test(String(e))) throw e;
      ids.forget();
      for (const d of this.documents) await resolvePassages(tx, d.entries, ids);
      await this.insert(tx, ids);
    }
    this.documents = [];
  }

  /**
   * A statement per kind of occurrence (most are all 'source'). Each row goes as one string of
   * fixed-width numbers that SQLite cuts apart (substr): a row as a JSON array was parsed again
   * for each of its values (`->>`), which cost more than storing it.
   */
  private async insert(tx: Writer, ids: PassageIds) {
    const byRef = new Map<string, { kind: string; refId: number | null; rows: string[] }>();
    for (const { assessmentId, entries } of this.documents)
      for (const e of entries) {
        const key = `${e.kind}\u0000${e.refId ?? ''}`;
        let group = byRef.get(key);
        if (!group) byRef.set(key, (group = { kind: e.kind, refId: e.refId, rows: [] }));
        const id = ids.get(e.digest);
        if (id === undefined) throw new Error(`search passage ${e.digest} was not stored`);
        group.rows.push(fixed(id) + fixed(assessmentId) + fixed(e.srcFrom) + fixed(e.srcTo));
      }
    for (const { kind, refId, rows } of byRef.values()) {
      // fixed width: the strings sort as their passage ids do
      rows.sort();
      await tx.execute({ sql: INSERT_OCCURRENCES, args: [kind, refId, JSON.stringify(rows)] });
    }
  }
}

/** Digits per number of an occurrence row: ids and offsets stay below 10^10. */
const WIDTH = 10;
const BOUND = 10 ** WIDTH;
const fixed = (n: number) => {
  if (!Number.isInteger(n) || n < 0 || n >= BOUND) throw new RangeError(`search occurrence value ${n} is no offset or id`);
  return String(n).padStart(WIDTH, '0');
};
const field = (i: number) => `cast(substr(o.value, ${i * WIDTH + 1}, ${WIDTH}) as integer)`;
const INSERT_OCCURRENCES =
  'insert into search_occurrences (passage_id, assessment_id, kind, ref_id, src_from, src_to) ' +
  `select ${field(0)}, ${field(1)}, ?, ?, ${field(2)}, ${field(3)} from json_each(?) o`;

/** Passages no document holds any more (replaced or removed documents'): gone from the index too. */
export const DROP_ORPHAN_PASSAGES = 'delete from search_passages where not exists (select 1 from search_occurrences o where o.passage_id = search_passages.id)';
