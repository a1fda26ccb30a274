ALTER TABLE `personal_info_files` DROP COLUMN `uncertain_reason`;--> statement-breakpoint
ALTER TABLE `systems` DROP COLUMN `uncertain_reason`;--> statement-breakpoint
ALTER TABLE `contracts` DROP COLUMN `uncertain_reason`;--> statement-breakpoint
ALTER TABLE `provisions` DROP COLUMN `uncertain_reason`;--> statement-breakpoint
ALTER TABLE `audits` DROP COLUMN `uncertain_reason`;--> statement-breakpoint
ALTER TABLE `ratings` DROP COLUMN `uncertain_reason`;--> statement-breakpoint
ALTER TABLE `procedures` DROP COLUMN `uncertain_reason`;--> statement-breakpoint
ALTER TABLE `changes` DROP COLUMN `reason`;--> statement-breakpoint
ALTER TABLE `changes` DROP COLUMN `uncertain_reason`;