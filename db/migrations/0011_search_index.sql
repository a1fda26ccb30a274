-- The full-text index over each distinct passage (search_passages), replacing the per-document
-- search_entries: the form's wording recurs across documents and is now indexed once. The
-- trigram tokenizer matches any 3+ character substring, which suits Japanese (no word spaces).
-- An external-content table: the text lives in search_passages; ingestion adds the rows of new
-- passages and removes those of passages no document holds any more.
-- drizzle-kit cannot model virtual tables, so this migration is written by hand.
DROP TABLE IF EXISTS `search_entries`;--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(
  `body`,
  content = 'search_passages',
  content_rowid = 'id',
  tokenize = 'trigram'
);
--> statement-breakpoint
-- the index follows its content table: a new passage is indexed, a passage removed is unindexed
CREATE TRIGGER `search_passages_indexed` AFTER INSERT ON `search_passages` BEGIN
  INSERT INTO `search_index` (rowid, `body`) VALUES (new.`id`, new.`body`);
END;--> statement-breakpoint
CREATE TRIGGER `search_passages_unindexed` AFTER DELETE ON `search_passages` BEGIN
  INSERT INTO `search_index` (`search_index`, rowid, `body`) VALUES ('delete', old.`id`, old.`body`);
END;
