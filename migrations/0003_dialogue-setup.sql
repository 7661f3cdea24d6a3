ALTER TABLE `api_tokens` ADD `name` text;--> statement-breakpoint
ALTER TABLE `dialogues` ADD `venue` text;--> statement-breakpoint
ALTER TABLE `dialogues` ADD `webcast_urls` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `dialogues` ADD `meeting_page_urls` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `dialogues` ADD `tag_vocabulary` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `dialogues` ADD `default_tag` text;--> statement-breakpoint
-- Older dialogues keep their single webcast URL as the first of the list.
UPDATE `dialogues` SET `webcast_urls` = json_array(`webcast_url`) WHERE `webcast_url` IS NOT NULL;
