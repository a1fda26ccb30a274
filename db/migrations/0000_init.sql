CREATE TABLE `municipalities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text,
	`name` text NOT NULL,
	`prefecture` text,
	`prefecture_code` text,
	`kana` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `municipalities_code_unique` ON `municipalities` (`code`);--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer,
	`body_name` text,
	`number` text,
	`title` text,
	`kind` text,
	`agency` text,
	`published_on` text,
	`approved_on` text,
	`form_version` text,
	`affair_name` text,
	`affair_content` text,
	`target_band_text` text,
	`target_min` integer,
	`target_max` integer,
	`network_linkage` text,
	`department` text,
	`department_head` text,
	`source_file` text NOT NULL,
	`source_sha256` text NOT NULL,
	`source_encoding` text NOT NULL,
	`layout` text NOT NULL,
	`parts_present` text NOT NULL,
	`parts_absent` text NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessments_sourceFile_unique` ON `assessments` (`source_file`);--> statement-breakpoint
CREATE TABLE `source_texts` (
	`assessment_id` integer PRIMARY KEY NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `personal_info_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`no` integer NOT NULL,
	`name` text NOT NULL,
	`file_kind` text,
	`people_band_text` text,
	`people_min` integer,
	`people_max` integer,
	`items_band_text` text,
	`items_min` integer,
	`items_max` integer,
	`holding_start_on` text,
	`src_from` integer NOT NULL,
	`src_to` integer NOT NULL,
	`line_from` integer NOT NULL,
	`line_to` integer NOT NULL,
	`certain` integer DEFAULT true NOT NULL,
	`uncertain_reason` text,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `systems` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`no` integer NOT NULL,
	`name_raw` text NOT NULL,
	`name` text NOT NULL,
	`canonical` text NOT NULL,
	`function_text` text,
	`conn_info_network` integer,
	`conn_intra_linkage` integer,
	`conn_juki_net` integer,
	`conn_existing_juki` integer,
	`conn_atena` integer,
	`conn_tax` integer,
	`conn_other` integer,
	`conn_other_text` text,
	`src_from` integer NOT NULL,
	`src_to` integer NOT NULL,
	`line_from` integer NOT NULL,
	`line_to` integer NOT NULL,
	`certain` integer DEFAULT true NOT NULL,
	`uncertain_reason` text,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `contract_contractors` (
	`contract_id` integer NOT NULL,
	`contractor_id` integer NOT NULL,
	`position` integer NOT NULL,
	`raw` text NOT NULL,
	`branch` text,
	PRIMARY KEY(`contract_id`, `contractor_id`),
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contractor_id`) REFERENCES `contractors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `contractors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contractors_name_unique` ON `contractors` (`name`);--> statement-breakpoint
CREATE TABLE `contracts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`file_id` integer,
	`no` integer NOT NULL,
	`title` text,
	`content` text,
	`handlers_band_text` text,
	`handlers_min` integer,
	`handlers_max` integer,
	`contractor_raw` text,
	`contractor_undecided` integer DEFAULT false NOT NULL,
	`subcontract` integer,
	`subcontract_method` text,
	`subcontract_items` text,
	`src_from` integer NOT NULL,
	`src_to` integer NOT NULL,
	`line_from` integer NOT NULL,
	`line_to` integer NOT NULL,
	`certain` integer DEFAULT true NOT NULL,
	`uncertain_reason` text,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`file_id`) REFERENCES `personal_info_files`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `provisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`file_id` integer,
	`direction` text NOT NULL,
	`no` integer NOT NULL,
	`recipient` text,
	`legal_basis` text,
	`purpose` text,
	`information` text,
	`people_band_text` text,
	`people_min` integer,
	`people_max` integer,
	`method` text,
	`timing` text,
	`src_from` integer NOT NULL,
	`src_to` integer NOT NULL,
	`line_from` integer NOT NULL,
	`line_to` integer NOT NULL,
	`certain` integer DEFAULT true NOT NULL,
	`uncertain_reason` text,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`file_id`) REFERENCES `personal_info_files`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `audits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`kind` text NOT NULL,
	`checked` integer,
	`src_from` integer NOT NULL,
	`src_to` integer NOT NULL,
	`line_from` integer NOT NULL,
	`line_to` integer NOT NULL,
	`certain` integer DEFAULT true NOT NULL,
	`uncertain_reason` text,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `ratings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`file_id` integer,
	`section` text NOT NULL,
	`stage` text,
	`risk` text,
	`question` text NOT NULL,
	`answer` text,
	`score` integer,
	`options` text,
	`measure` text,
	`src_from` integer NOT NULL,
	`src_to` integer NOT NULL,
	`line_from` integer NOT NULL,
	`line_to` integer NOT NULL,
	`certain` integer DEFAULT true NOT NULL,
	`uncertain_reason` text,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`file_id`) REFERENCES `personal_info_files`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `procedures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`kind` text NOT NULL,
	`started_on` text,
	`ended_on` text,
	`detail` text,
	`src_from` integer NOT NULL,
	`src_to` integer NOT NULL,
	`line_from` integer NOT NULL,
	`line_to` integer NOT NULL,
	`certain` integer DEFAULT true NOT NULL,
	`uncertain_reason` text,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`changed_on` text,
	`changed_on_raw` text,
	`item` text,
	`section` text,
	`before` text,
	`after` text,
	`timing` text,
	`reason` text,
	`src_from` integer NOT NULL,
	`src_to` integer NOT NULL,
	`line_from` integer NOT NULL,
	`line_to` integer NOT NULL,
	`certain` integer DEFAULT true NOT NULL,
	`uncertain_reason` text,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `extraction_reports` (
	`assessment_id` integer PRIMARY KEY NOT NULL,
	`report` text NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade
);
