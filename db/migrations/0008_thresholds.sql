CREATE TABLE `thresholds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`people_band_text` text,
	`people_min` integer,
	`people_max` integer,
	`people_counted_on` text,
	`handlers` text,
	`handlers_500_or_more` integer,
	`handlers_counted_on` text,
	`incident` text,
	`incident_occurred` integer,
	`result` text,
	`forms_submitted` text,
	`priority_measure` text,
	`priority_reason` text,
	`src_from` integer NOT NULL,
	`src_to` integer NOT NULL,
	`line_from` integer NOT NULL,
	`line_to` integer NOT NULL,
	`certain` integer DEFAULT true NOT NULL,
	`states` text DEFAULT '{}' NOT NULL,
	`spans` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `thresholds_assessmentId_unique` ON `thresholds` (`assessment_id`);