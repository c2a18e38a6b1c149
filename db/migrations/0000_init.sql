CREATE TABLE `accounts` (
	`user_id` text NOT NULL,
	`type` text NOT NULL,
	`provider` text NOT NULL,
	`provider_account_id` text NOT NULL,
	`refresh_token` text,
	`access_token` text,
	`expires_at` integer,
	`token_type` text,
	`scope` text,
	`id_token` text,
	`session_state` text,
	PRIMARY KEY(`provider`, `provider_account_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`window_start` integer NOT NULL,
	`count` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text,
	`name` text NOT NULL,
	`email` text,
	`email_verified` integer,
	`image` text,
	`password_hash` text,
	`role` text DEFAULT 'user' NOT NULL,
	`session_version` integer DEFAULT 0 NOT NULL,
	`must_change_password` integer DEFAULT false NOT NULL,
	`disabled_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_created_at_idx` ON `users` (`created_at`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` text PRIMARY KEY NOT NULL,
	`debate_id` text NOT NULL,
	`parent_id` text,
	`relation` text,
	`kind` text NOT NULL,
	`text_zh` text NOT NULL,
	`text_en` text NOT NULL,
	`anchor_paragraph_id` text,
	`anchor_quote` text,
	`check_status` text DEFAULT 'unverified' NOT NULL,
	`position` integer NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`debate_id`) REFERENCES `debates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`anchor_paragraph_id`) REFERENCES `paragraphs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claims_debate_idx` ON `claims` (`debate_id`,`position`);--> statement-breakpoint
CREATE INDEX `claims_parent_idx` ON `claims` (`parent_id`);--> statement-breakpoint
CREATE TABLE `debates` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`title_zh` text NOT NULL,
	`title_en` text NOT NULL,
	`author` text NOT NULL,
	`publisher` text NOT NULL,
	`language` text NOT NULL,
	`summary_en` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `debates_slug_unique` ON `debates` (`slug`);--> statement-breakpoint
CREATE TABLE `paragraphs` (
	`id` text PRIMARY KEY NOT NULL,
	`debate_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`text_zh` text NOT NULL,
	`text_en` text NOT NULL,
	FOREIGN KEY (`debate_id`) REFERENCES `debates`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `paragraphs_debate_position_idx` ON `paragraphs` (`debate_id`,`position`);--> statement-breakpoint
CREATE TABLE `claim_votes` (
	`room_id` text NOT NULL,
	`claim_id` text NOT NULL,
	`user_id` text NOT NULL,
	`agreement` integer,
	`impact` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`room_id`, `claim_id`, `user_id`),
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_votes_user_idx` ON `claim_votes` (`user_id`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`room_id` text NOT NULL,
	`claim_id` text NOT NULL,
	`author_id` text NOT NULL,
	`stance` text NOT NULL,
	`url` text NOT NULL,
	`title` text NOT NULL,
	`quote` text NOT NULL,
	`explanation` text NOT NULL,
	`source_type` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	`deleted_at` integer,
	`hidden_at` integer,
	`hidden_by` text,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hidden_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_room_claim_idx` ON `evidence` (`room_id`,`claim_id`);--> statement-breakpoint
CREATE INDEX `evidence_author_idx` ON `evidence` (`author_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `evidence_no_duplicate_idx` ON `evidence` (`room_id`,`claim_id`,`author_id`,`url`) WHERE "evidence"."deleted_at" is null;--> statement-breakpoint
CREATE TABLE `evidence_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`evidence_id` text NOT NULL,
	`editor_id` text NOT NULL,
	`action` text NOT NULL,
	`before` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`editor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_revisions_evidence_idx` ON `evidence_revisions` (`evidence_id`);--> statement-breakpoint
CREATE TABLE `evidence_votes` (
	`room_id` text NOT NULL,
	`evidence_id` text NOT NULL,
	`user_id` text NOT NULL,
	`strength` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`room_id`, `evidence_id`, `user_id`),
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_votes_user_idx` ON `evidence_votes` (`user_id`);--> statement-breakpoint
CREATE TABLE `rater_balances` (
	`room_id` text NOT NULL,
	`claim_id` text NOT NULL,
	`user_id` text NOT NULL,
	`balance` integer NOT NULL,
	PRIMARY KEY(`room_id`, `claim_id`, `user_id`),
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `rooms` (
	`id` text PRIMARY KEY NOT NULL,
	`debate_id` text NOT NULL,
	`class_id` text,
	`revision` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`debate_id`) REFERENCES `debates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rooms_debate_class_idx` ON `rooms` (`debate_id`,`class_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `rooms_public_idx` ON `rooms` (`debate_id`) WHERE "rooms"."class_id" is null;--> statement-breakpoint
CREATE TABLE `tallies` (
	`room_id` text NOT NULL,
	`claim_id` text NOT NULL,
	`evidence_net` integer DEFAULT 0 NOT NULL,
	`rating_net` integer DEFAULT 0 NOT NULL,
	`agreement_sum` integer DEFAULT 0 NOT NULL,
	`agreement_count` integer DEFAULT 0 NOT NULL,
	`impact_sum` integer DEFAULT 0 NOT NULL,
	`impact_count` integer DEFAULT 0 NOT NULL,
	`net` real DEFAULT 0 NOT NULL,
	`score` real DEFAULT 50 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`room_id`, `claim_id`),
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `thesis_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room_id` text NOT NULL,
	`score` real NOT NULL,
	`revision` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `thesis_history_room_idx` ON `thesis_history` (`room_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `assignment_sides` (
	`assignment_id` text NOT NULL,
	`user_id` text NOT NULL,
	`side` text NOT NULL,
	PRIMARY KEY(`assignment_id`, `user_id`),
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`class_id` text NOT NULL,
	`debate_id` text NOT NULL,
	`title` text NOT NULL,
	`instructions` text NOT NULL,
	`due_at` integer NOT NULL,
	`time_zone` text NOT NULL,
	`target_claim_ids` text DEFAULT '[]' NOT NULL,
	`side_mode` text NOT NULL,
	`whole_class_side` text,
	`min_evidence` integer DEFAULT 0 NOT NULL,
	`min_claim_votes` integer DEFAULT 0 NOT NULL,
	`min_evidence_ratings` integer DEFAULT 0 NOT NULL,
	`max_points` integer DEFAULT 100 NOT NULL,
	`rubric` text DEFAULT '[]' NOT NULL,
	`grades_released_at` integer,
	`created_by` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`debate_id`) REFERENCES `debates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assignments_class_idx` ON `assignments` (`class_id`,`due_at`);--> statement-breakpoint
CREATE TABLE `classes` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`owner_id` text NOT NULL,
	`join_code` text,
	`join_enabled` integer DEFAULT true NOT NULL,
	`anonymous` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `classes_join_code_unique` ON `classes` (`join_code`);--> statement-breakpoint
CREATE TABLE `enrolments` (
	`class_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`pseudonym` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`class_id`, `user_id`),
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `enrolments_user_idx` ON `enrolments` (`user_id`);--> statement-breakpoint
CREATE TABLE `feedback` (
	`assignment_id` text NOT NULL,
	`student_id` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`points` integer,
	`rubric_scores` text DEFAULT '[]' NOT NULL,
	`graded_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`assignment_id`, `student_id`),
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`graded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `moderation_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`action` text NOT NULL,
	`evidence_id` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `moderation_log_room_idx` ON `moderation_log` (`room_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`evidence_id` text NOT NULL,
	`reporter_id` text NOT NULL,
	`reason` text NOT NULL,
	`resolved_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reporter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reports_evidence_idx` ON `reports` (`evidence_id`);