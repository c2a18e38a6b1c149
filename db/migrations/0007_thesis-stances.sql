CREATE TABLE `thesis_stances` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room_id` text NOT NULL,
	`user_id` text NOT NULL,
	`phase` text NOT NULL,
	`stance` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `thesis_stances_room_user_idx` ON `thesis_stances` (`room_id`,`user_id`,`phase`);--> statement-breakpoint
CREATE UNIQUE INDEX `thesis_stances_one_before_idx` ON `thesis_stances` (`room_id`,`user_id`) WHERE "thesis_stances"."phase" = 'before';