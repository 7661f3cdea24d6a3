CREATE TABLE `live_offsets` (
	`dialogue_id` text NOT NULL,
	`member_id` text NOT NULL,
	`offset` real NOT NULL,
	`set_by` text NOT NULL,
	`set_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`dialogue_id`, `member_id`),
	FOREIGN KEY (`dialogue_id`) REFERENCES `dialogues`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_by`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `dialogues` ADD `participants` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `dialogues` ADD `clips_revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `dialogues` ADD `assembled_revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `dialogues` ADD `assembled_offsets` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `intervention_clips` ADD `role` text DEFAULT 'support' NOT NULL;--> statement-breakpoint
ALTER TABLE `interventions` ADD `speaker_entity_id` text;--> statement-breakpoint
ALTER TABLE `interventions` ADD `speaker_kind` text;--> statement-breakpoint
ALTER TABLE `interventions` ADD `speaker_known` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `interventions` ADD `open_end` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `interventions` ADD `conflicts` text DEFAULT '[]' NOT NULL;