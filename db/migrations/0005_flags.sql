CREATE TABLE `flags` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`severity` text NOT NULL,
	`severity_rank` integer NOT NULL,
	`municipality_id` integer,
	`assessment_id` integer,
	`body_key` text NOT NULL,
	`detail` text NOT NULL,
	`evidence` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `flags_order` ON `flags` (`severity_rank`,`body_key`,`id`);--> statement-breakpoint
CREATE INDEX `flags_kind` ON `flags` (`kind`);--> statement-breakpoint
CREATE INDEX `flags_municipality` ON `flags` (`municipality_id`);--> statement-breakpoint
ALTER TABLE `assessments` ADD `spans` text DEFAULT '{}' NOT NULL;