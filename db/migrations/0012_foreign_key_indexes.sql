CREATE INDEX `assessments_municipality` ON `assessments` (`municipality_id`);--> statement-breakpoint
CREATE INDEX `personal_info_files_assessment` ON `personal_info_files` (`assessment_id`);--> statement-breakpoint
CREATE INDEX `systems_assessment` ON `systems` (`assessment_id`);--> statement-breakpoint
CREATE INDEX `contract_contractors_contractor` ON `contract_contractors` (`contractor_id`);--> statement-breakpoint
CREATE INDEX `contracts_assessment` ON `contracts` (`assessment_id`);--> statement-breakpoint
CREATE INDEX `contracts_file` ON `contracts` (`file_id`);--> statement-breakpoint
CREATE INDEX `provisions_assessment` ON `provisions` (`assessment_id`);--> statement-breakpoint
CREATE INDEX `provisions_file` ON `provisions` (`file_id`);--> statement-breakpoint
CREATE INDEX `audits_assessment` ON `audits` (`assessment_id`);--> statement-breakpoint
CREATE INDEX `ratings_assessment` ON `ratings` (`assessment_id`);--> statement-breakpoint
CREATE INDEX `ratings_file` ON `ratings` (`file_id`);--> statement-breakpoint
CREATE INDEX `procedures_assessment` ON `procedures` (`assessment_id`);--> statement-breakpoint
CREATE INDEX `changes_assessment` ON `changes` (`assessment_id`,`seq`);--> statement-breakpoint
CREATE INDEX `changes_changed_on` ON `changes` (`changed_on`);