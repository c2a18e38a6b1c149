CREATE TABLE `claim_fact_checks` (
	`claim_id` text NOT NULL,
	`fact_check_id` text NOT NULL,
	PRIMARY KEY(`claim_id`, `fact_check_id`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`fact_check_id`) REFERENCES `fact_checks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `claim_fact_checks_check_idx` ON `claim_fact_checks` (`fact_check_id`);--> statement-breakpoint
CREATE TABLE `claim_successors` (
	`claim_id` text NOT NULL,
	`successor_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`claim_id`, `successor_id`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`successor_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `fact_checks` (
	`id` text PRIMARY KEY NOT NULL,
	`paragraph_id` text NOT NULL,
	`quote` text NOT NULL,
	`status` text NOT NULL,
	`note_zh` text NOT NULL,
	`note_en` text NOT NULL,
	`sources` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`paragraph_id`) REFERENCES `paragraphs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `paragraph_contexts` (
	`id` text PRIMARY KEY NOT NULL,
	`paragraph_id` text NOT NULL,
	`note_zh` text NOT NULL,
	`note_en` text NOT NULL,
	FOREIGN KEY (`paragraph_id`) REFERENCES `paragraphs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `paragraph_contexts_paragraph_idx` ON `paragraph_contexts` (`paragraph_id`);--> statement-breakpoint
ALTER TABLE `claims` ADD `attribution_by` text DEFAULT 'author' NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `attribution_name_zh` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `attribution_name_en` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `retired_at` integer;--> statement-breakpoint
ALTER TABLE `debates` ADD `map_version` integer DEFAULT 1 NOT NULL;