ALTER TABLE `tallies` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `tallies_room_revision_idx` ON `tallies` (`room_id`,`revision`);