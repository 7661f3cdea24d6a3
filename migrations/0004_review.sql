CREATE TABLE `revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`intervention_id` text NOT NULL,
	`version` integer NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`by` text,
	`action` text NOT NULL,
	`changes` text NOT NULL,
	`snapshot` text NOT NULL,
	`reason` text,
	FOREIGN KEY (`intervention_id`) REFERENCES `interventions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `revisions_intervention_version_idx` ON `revisions` (`intervention_id`,`version`);--> statement-breakpoint
ALTER TABLE `dialogues` ADD `review_revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `interventions` ADD `summary` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `interventions` ADD `locked` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `interventions` ADD `seen_clip_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `interventions` ADD `touched_at` text;--> statement-breakpoint
ALTER TABLE `interventions` ADD `updated_at` text;--> statement-breakpoint
ALTER TABLE `interventions` ADD `updated_by` text REFERENCES members(id);--> statement-breakpoint
ALTER TABLE `interventions` ADD `merged_into` text;