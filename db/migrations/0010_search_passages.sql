CREATE TABLE `search_occurrences` (
	`passage_id` integer NOT NULL,
	`assessment_id` integer NOT NULL,
	`kind` text NOT NULL,
	`ref_id` integer,
	`src_from` integer NOT NULL,
	`src_to` integer NOT NULL,
	FOREIGN KEY (`passage_id`) REFERENCES `search_passages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `search_occurrences_passage` ON `search_occurrences` (`passage_id`);--> statement-breakpoint
CREATE INDEX `search_occurrences_assessment` ON `search_occurrences` (`assessment_id`,`src_from`);--> statement-breakpoint
CREATE TABLE `search_passages` (
	`id` integer PRIMARY KEY NOT NULL,
	`body` text NOT NULL,
	`digest` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_passages_digest_unique` ON `search_passages` (`digest`);