import { emptyStatusCounts, type Dialogue, type DialogueCreate, type DialogueParticipant, type DialoguePatch, type Problem } from '../../shared/schemas';
import type { Db } from '../db/client';
import type { Caller } from '../env';
import { invalid, notFound, unavailable } from '../errors';
import { canonicalJson } from '../lib/canonical-json';
import { findDialogue, insertDialogue, listDialogues, updateDialogue, type DialogueFields } from '../repositories/dialogues';
import { statusCounts } from '../repositories/interventions';
import { toParticipants } from './speakers';

/** A concurrent change of the tags can fail the guarded write; read and try again this often. */
const PATCH_ATTEMPTS = 3;

async function checkedParticipants(db: Db, input: DialogueCreate['participants']): Promise<DialogueParticipant[]> {
  const { participants, problems } = await toParticipants(db, input ?? []);
  if (problems.length > 0) throw invalid(problems);
  return participants;
}

// An empty venue is no venue.
const venueOf = (venue: string | null | undefined) => (venue ? venue : null);

export async function createDialogue(db: Db, caller: Caller, input: DialogueCreate): Promise<Dialogue> {
  const participants = await checkedParticipants(db, input.participants);
  const created = insertDialogue(db, caller.team.id, crypto.randomUUID(), {
    title: input.title,
    theme: input.theme,
    date: input.date,
    venue: venueOf(input.venue),
    webcastUrls: input.webcastUrls ?? (input.webcastUrl ? [input.webcastUrl] : []),
    meetingPageUrls: input.meetingPageUrls ?? [],
    recordingStartedAt: input.recordingStartedAt ?? null,
    tagVocabulary: input.tagVocabulary ?? [],
    defaultTag: input.defaultTag ?? null,
    participants,
  });
  // A new dialogue has no interventions yet.
  return created.then((d) => ({ ...d, counts: emptyStatusCounts() }));
}

export async function teamDialogues(db: Db, caller: Caller): Promise<Dialogue[]> {
  const dialogues = await listDialogues(db, caller.team.id);
  return withCounts(db, caller, dialogues);
}

/** The caller's team's dialogue; any other id, another team's included, is simply not found. */
export async function getDialogue(db: Db, caller: Caller, id: string): Promise<Dialogue> {
  const dialogue = await findDialogue(db, caller.team.id, id);
  if (!dialogue) throw notFound('dialogue');
  return dialogue;
}

/** GET /dialogues/{id}: the dialogue with its interventions counted by status. */
export async function dialogueWithCounts(db: Db, caller: Caller, id: string): Promise<Dialogue> {
  return (await withCounts(db, caller, [await getDialogue(db, caller, id)]))[0]!;
}

/** Each dialogue with its interventions counted by status (every dialogue answer carries them). */
export async function withCounts(db: Db, caller: Caller, dialogues: Dialogue[]): Promise<Dialogue[]> {
  const counts = await statusCounts(db, caller.team.id, dialogues.map((d) => d.id));
  return dialogues.map((d) => ({ ...d, counts: counts.get(d.id) }));
}

/**
 * Changes the fields sent, all in one write. The default tag must stay one of the vocabulary,
 * whichever of the two changes. New participants or a new recording start mark the record for
 * re-assembly; `reassemble` in the answer says whether they did.
 */
export async function patchDialogue(
  db: Db,
  caller: Caller,
  id: string,
  patch: DialoguePatch,
): Promise<{ dialogue: Dialogue; reassemble: boolean }> {
  const participants = patch.participants === undefined ? undefined : await checkedParticipants(db, patch.participants);
  for (let attempt = 1; ; attempt++) {
    const current = await getDialogue(db, caller, id);
    const fields = changedFields(patch, participants);
    const problem = tagProblem(patch, current);
    if (problem) throw invalid([problem]);
    const reassemble = inputChanged(fields, current);
    if (Object.keys(fields).length === 0) return { dialogue: current, reassemble: false };
    // Sending only one of the two relies on the stored other: write only if it is still that.
    const oneOfTags = (patch.tagVocabulary === undefined) !== (patch.defaultTag === undefined);
    const expectTags = oneOfTags ? { tagVocabulary: current.tagVocabulary ?? [], defaultTag: current.defaultTag ?? null } : null;
    const dialogue = await updateDialogue(db, caller.team.id, id, { fields, reassemble, expectTags });
    if (dialogue) return { dialogue, reassemble };
    if (attempt >= PATCH_ATTEMPTS) {
      throw unavailable('busy', 'The dialogue kept changing while this change was checked; send it again');
    }
  }
}

function changedFields(patch: DialoguePatch, participants: DialogueParticipant[] | undefined): Partial<DialogueFields> {
  const fields: Partial<DialogueFields> = {};
  if (patch.title !== undefined) fields.title = patch.title;
  if (patch.theme !== undefined) fields.theme = patch.theme;
  if (patch.date !== undefined) fields.date = patch.date;
  if (patch.venue !== undefined) fields.venue = venueOf(patch.venue);
  if (patch.webcastUrls !== undefined) fields.webcastUrls = patch.webcastUrls;
  if (patch.meetingPageUrls !== undefined) fields.meetingPageUrls = patch.meetingPageUrls;
  if (patch.recordingStartedAt !== undefined) fields.recordingStartedAt = patch.recordingStartedAt;
  if (patch.tagVocabulary !== undefined) fields.tagVocabulary = patch.tagVocabulary;
  if (patch.defaultTag !== undefined) fields.defaultTag = patch.defaultTag;
  if (participants !== undefined) fields.participants = participants;
  return fields;
}

/** The stored default tag counts when only the vocabulary changes, and the stored vocabulary the other way. */
function tagProblem(patch: DialoguePatch, current: Dialogue): Problem | null {
  const vocabulary = patch.tagVocabulary ?? current.tagVocabulary ?? [];
  const tag = patch.defaultTag !== undefined ? patch.defaultTag : (current.defaultTag ?? null);
  if (tag === null || vocabulary.includes(tag)) return null;
  return patch.defaultTag !== undefined
    ? { path: 'defaultTag', message: 'must be one of tagVocabulary' }
    : { path: 'tagVocabulary', message: `must keep the default tag "${tag}" (or send defaultTag: null or another tag)` };
}

const instant = (at: string | null | undefined) => (at ? Date.parse(at) : null);

/** Whether the assembly's input differs: the speakers it prefers, or the clock it places wall times on. */
function inputChanged(fields: Partial<DialogueFields>, current: Dialogue): boolean {
  if (fields.participants !== undefined && canonicalJson(fields.participants) !== canonicalJson(current.participants ?? [])) return true;
  return fields.recordingStartedAt !== undefined && instant(fields.recordingStartedAt) !== instant(current.recordingStartedAt);
}
