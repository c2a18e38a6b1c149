ALTER TABLE `claim_votes` RENAME COLUMN "created_at" TO "updated_at";--> statement-breakpoint
ALTER TABLE `evidence_votes` RENAME COLUMN "created_at" TO "updated_at";--> statement-breakpoint
ALTER TABLE `tallies` RENAME COLUMN "created_at" TO "updated_at";--> statement-breakpoint
ALTER TABLE `feedback` RENAME COLUMN "created_at" TO "updated_at";