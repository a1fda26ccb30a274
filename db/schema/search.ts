import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The passages full-text search reads, each distinct text once: the form's own wording recurs
 * verbatim across documents and bodies, and indexing it once per document was most of the
 * cost of loading one. The FTS5 index over `body` (`search_index`, trigram tokenizer: any 3+
 * character substring, which suits Japanese) is made by a hand-written migration: drizzle-kit
 * cannot model virtual tables.
 */
export const searchPassages = sqliteTable('search_passages', {
  id: integer().primaryKey(),
  body: text().notNull(),
  /** sha1 of the body: what makes two passages the same */
  digest: text().notNull().unique(),
});

/**
 * Where a passage occurs: its document and span, and what it is — 'source' (a passage of the
 * text) or the table of an extracted value (`ref_id` its row).
 */
export const searchOccurrences = sqliteTable(
  'search_occurrences',
  {
    passageId: integer()
      .notNull()
      .references(() => searchPassages.id),
    assessmentId: integer().notNull(),
    kind: text().notNull(),
    refId: integer(),
    srcFrom: integer().notNull(),
    srcTo: integer().notNull(),
  },
  (t) => [index('search_occurrences_passage').on(t.passageId), index('search_occurrences_assessment').on(t.assessmentId, t.srcFrom)],
);
