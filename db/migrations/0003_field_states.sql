ALTER TABLE `assessments` ADD `states` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `personal_info_files` ADD `states` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `personal_info_files` ADD `spans` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `systems` ADD `states` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `systems` ADD `spans` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `contracts` ADD `states` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `contracts` ADD `spans` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `provisions` ADD `states` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `provisions` ADD `spans` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `audits` ADD `states` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `audits` ADD `spans` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `ratings` ADD `incident_content` text;--> statement-breakpoint
ALTER TABLE `ratings` ADD `incident_prevention` text;--> statement-breakpoint
ALTER TABLE `ratings` ADD `states` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `ratings` ADD `spans` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `procedures` ADD `states` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `procedures` ADD `spans` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `changes` ADD `timing_explanation` text;--> statement-breakpoint
ALTER TABLE `changes` ADD `states` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `changes` ADD `spans` text DEFAULT '{}' NOT NULL;