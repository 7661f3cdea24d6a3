CREATE TABLE `share_links` (
	`id` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`dialogue_id` text NOT NULL,
	`format` text NOT NULL,
	`secret_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dialogue_id`) REFERENCES `dialogues`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `share_links_hash_idx` ON `share_links` (`secret_hash`);--> statement-breakpoint
CREATE INDEX `share_links_dialogue_idx` ON `share_links` (`dialogue_id`);