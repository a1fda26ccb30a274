DROP INDEX `assessments_sourceFile_unique`;--> statement-breakpoint
ALTER TABLE `assessments` ADD `source_path` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `assessments_sourceSha256_unique` ON `assessments` (`source_sha256`);--> statement-breakpoint
CREATE INDEX `assessments_source_path` ON `assessments` (`source_path`);