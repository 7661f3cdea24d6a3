ALTER TABLE `clips` ADD `marked_start` text;--> statement-breakpoint
ALTER TABLE `clips` ADD `marked_end` text;