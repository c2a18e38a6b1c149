CREATE TABLE `claim_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` text NOT NULL,
	`editor_id` text NOT NULL,
	`action` text NOT NULL,
	`before` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`editor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_revisions_claim_idx` ON `claim_revisions` (`claim_id`);--> statement-breakpoint
CREATE TABLE `claim_translations` (
	`id` text PRIMARY KEY NOT NULL,
	`claim_id` text NOT NULL,
	`lang` text NOT NULL,
	`text` text NOT NULL,
	`author_id` text NOT NULL,
	`accepted_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_translations_claim_idx` ON `claim_translations` (`claim_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_moderation_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`action` text NOT NULL,
	`evidence_id` text,
	`claim_id` text,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_moderation_log`("id", "room_id", "actor_id", "action", "evidence_id", "claim_id", "reason", "created_at") SELECT "id", "room_id", "actor_id", "action", "evidence_id", NULL, "reason", "created_at" FROM `moderation_log`;--> statement-breakpoint
DROP TABLE `moderation_log`;--> statement-breakpoint
ALTER TABLE `__new_moderation_log` RENAME TO `moderation_log`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `moderation_log_room_idx` ON `moderation_log` (`room_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `claims` ADD `room_id` text REFERENCES rooms(id);--> statement-breakpoint
ALTER TABLE `claims` ADD `hidden_at` integer;--> statement-breakpoint
ALTER TABLE `claims` ADD `hidden_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `claims` ADD `updated_at` integer;--> statement-breakpoint
CREATE INDEX `claims_room_idx` ON `claims` (`room_id`);--> statement-breakpoint
CREATE INDEX `claims_created_by_idx` ON `claims` (`created_by`,`created_at`);--> statement-breakpoint
ALTER TABLE `rooms` ADD `tree_revision` integer DEFAULT 0 NOT NULL;