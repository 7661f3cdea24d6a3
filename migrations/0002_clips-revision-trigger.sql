-- Every clip actually stored bumps its dialogue's clips_revision, so ingest marks the dialogue for
-- re-assembly without an extra statement. A re-sent clip is skipped by ON CONFLICT DO NOTHING and
-- fires nothing, so an identical re-send does not bump the revision.
CREATE TRIGGER `clips_bump_dialogue_revision` AFTER INSERT ON `clips`
BEGIN
	UPDATE `dialogues` SET `clips_revision` = `clips_revision` + 1 WHERE `id` = NEW.`dialogue_id`;
END;
--> statement-breakpoint
-- Dialogues that already hold clips have never been assembled by this version: mark them stale.
UPDATE `dialogues` SET `clips_revision` = 1 WHERE `id` IN (SELECT `dialogue_id` FROM `clips`);
