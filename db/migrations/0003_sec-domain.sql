CREATE TABLE `class_invitations` (
	`class_id` text NOT NULL,
	`user_id` text NOT NULL,
	`invited_by` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`class_id`, `user_id`),
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invited_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `class_invitations_user_idx` ON `class_invitations` (`user_id`);--> statement-breakpoint
DROP INDEX `reports_evidence_idx`;--> statement-breakpoint
-- One report per person per item: keep each person's first report before the index.
DELETE FROM `reports` WHERE `id` NOT IN (SELECT min(`id`) FROM `reports` GROUP BY `evidence_id`, `reporter_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `reports_evidence_reporter_idx` ON `reports` (`evidence_id`,`reporter_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `kept_session_id` text;--> statement-breakpoint
ALTER TABLE `users` ADD `managed_by_class_id` text;--> statement-breakpoint
ALTER TABLE `users` ADD `created_by` text;--> statement-breakpoint
-- Accounts made on a roster were created with their enrolment, in one transaction.
UPDATE `users` SET `managed_by_class_id` = (SELECT e.`class_id` FROM `enrolments` e WHERE e.`user_id` = `users`.`id` AND e.`role` = 'student' AND abs(e.`created_at` - `users`.`created_at`) < 1000 LIMIT 1);--> statement-breakpoint
CREATE INDEX `users_created_by_idx` ON `users` (`created_by`,`created_at`);--> statement-breakpoint
ALTER TABLE `enrolments` ADD `public_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `enrolments` SET `public_id` = lower(hex(randomblob(12)));
