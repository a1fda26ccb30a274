ALTER TABLE `municipalities` ADD `kind` text;--> statement-breakpoint
ALTER TABLE `assessments` ADD `affair` text;