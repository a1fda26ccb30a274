import type { Transaction } from '@libsql/client';
import type { SearchEntry } from './search-entries';

/** What stores a document's passages: a write transaction, or a client outside one (the test fixtures). */
type Writer = Pick<Transaction, 'execute'>;

/**
 * The ids of passages a connection knows to be stored, by digest. Documents share most of
 * their passages (the form's own wording), and finding each one's id by its digest cost more
 * than storing the document's other rows; known ids are not looked up again. An id found or
 * stored by a document's savepoint counts only once the savepoint is kept (`keep`), and is
 * known once its transaction commits (`commit`): a rolled-back passage is no passage. An id
 * gone since (its passage removed by another load's clean-up) fails the foreign key of the
 * occurrence naming it: storeSearchEntries then forgets them all and looks them up afresh.
 */
export class PassageIds {
  private known = new Map<string, number>();
  private transaction = new Map<string, number>();
  private document = new Map<string, number>();

  constructor(private readonly limit = 200_000) {}

  get(digest: string): number | undefined {
    return this.known.get(digest) ?? this.transaction.get(digest) ?? this.document.get(digest);
  }

  add(digest: string, id: number) {
    this.document.set(digest, id);
  }

  /** The document's savepoint was released: its ids hold as long as its transaction. */
  keep() {
    for (const [digest, id] of this.document) this.transaction.set(digest, id);
    this.document = new Map();
  }

  /** The document's savepoint was rolled back: the passages it stored are gone. */
  drop() {
    this.document = new Map();
  }

  /** The transaction committed: its ids are known. */
  commit() {
    this.keep();
    // a bound on memory: a load of very many distinct texts starts over rather than grow without end
    if (this.known.size + this.transaction.size > this.limit) this.known = new Map();
    for (const [digest, id] of this.transaction) this.known.set(digest, id);
    this.transaction = new Map();
  }

  /** The transaction failed: none of its ids holds. */
  rollback() {
    this.transaction = new Map();
    this.document = new Map();
  }

  forget() {
    this.known = new Map();
    this.rollback();
  }
}

/**
 * Indexes a document's passages: each distinct text stored (and, by the migration's trigger,
 * indexed) once however many documents hold it, then where it occurs. Rows go to SQLite as
 * one JSON argument that it unpacks (json_each): bound one value at a time, a document's few
 * thousand values cost more to hand over than to store.
 */
export async function storeSearchEntries(tx: Writer, assessmentId: number, entries: SearchEntry[], ids: PassageIds = new PassageIds()) {
  if (!entries.length) return;
  await resolvePassages(tx, entries, ids);
  try {
    await insertOccurrences(tx, assessmentId, entries, ids);
  } catch (e) {
    if (!/FOREIGN KEY/i.test(String(e))) throw e;
    ids.forget();
    await resolvePassages(tx, entries, ids);
    await insertOccurrences(tx, assessmentId, entries, ids);
  }
}

/** Stores the passages not known to be stored, and learns the ids of them all. */
async function resolvePassages(tx: Writer, entries: SearchEntry[], ids: PassageIds) {
  const unknown = new Map<string, string>();
  for (const e of entries) if (ids.get(e.digest) === undefined) unknown.set(e.digest, e.body);
  if (!unknown.size) return;
  const json = JSON.stringify([...unknown]);
  // `where true`: SQLite's parser needs it to read ON CONFLICT after a SELECT
  await tx.execute({ sql: 'insert into search_passages (digest, body) select value ->> 0, value ->> 1 from json_each(?) where true on conflict (digest) do nothing', args: [json] });
  const { rows } = await tx.execute({ sql: 'select p.id, p.digest from json_each(?) d join search_passages p on p.digest = d.value ->> 0', args: [json] });
  for (const r of rows) ids.add(String(r.digest), Number(r.id));
}

/** Where each passage occurs, a statement per kind of occurrence (most are all 'source'). */
async function insertOccurrences(tx: Writer, assessmentId: number, entries: SearchEntry[], ids: PassageIds) {
  const byRef = new Map<string, SearchEntry[]>();
  for (const e of entries) {
    const key = `${e.kind}\u0000${e.refId ?? ''}`;
    const group = byRef.get(key);
    if (group) group.push(e);
    else byRef.set(key, [e]);
  }
  for (const group of byRef.values()) {
    const { kind, refId } = group[0]!;
    await tx.execute({
      sql:
        'insert into search_occurrences (passage_id, assessment_id, kind, ref_id, src_from, src_to) ' +
        'select o.value ->> 0, ?, ?, ?, o.value ->> 1, o.value ->> 2 from json_each(?) o',
      args: [assessmentId, kind, refId, JSON.stringify(group.map((e) => [ids.get(e.digest)!, e.srcFrom, e.srcTo]))],
    });
  }
}

/** Passages no document holds any more (replaced or removed documents'): gone from the index too. */
export const DROP_ORPHAN_PASSAGES = 'delete from search_passages where not exists (select 1 from search_occurrences o where o.passage_id = search_passages.id)';
