-- Full-text index over each document's text and its extracted values. The trigram
-- tokenizer matches any 3+ character substring, which suits Japanese (no word spaces).
-- drizzle-kit cannot model virtual tables, so this migration is written by hand.
CREATE VIRTUAL TABLE `search_entries` USING fts5(
  `body`,
  `assessment_id` UNINDEXED,
  `kind` UNINDEXED,
  `ref_id` UNINDEXED,
  `src_from` UNINDEXED,
  `src_to` UNINDEXED,
  tokenize = 'trigram'
);
