CREATE TABLE `summaries` (
	`key` text PRIMARY KEY NOT NULL,
	`generation` integer NOT NULL,
	`value` text NOT NULL
);
