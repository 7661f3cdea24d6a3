import { z } from 'zod';
import { SPEAKER_KINDS } from '../speakers/types';
import { DateSchema, HttpUrlSchema, InstantSchema, ThemeSchema, UuidSchema } from './common';
import { StatusCountsSchema } from './status';

export const MAX_PARTICIPANTS = 300;
export const SpeakerKindSchema = z.enum(SPEAKER_KINDS);

const ParticipantNameSchema = z.string().trim().min(1, 'must not be empty').max(200);

/**
 * An expected participant of a dialogue. With `entityId` (an id of the built-in speaker table, e.g.
 * `USA`, `UNODC`) it is that entity, preferred on close calls, and its `aliases` (and `name`) are
 * more spellings of it; without, it is a new speaker of this dialogue, of `kind` (default `ngo`).
 */
export const ParticipantInputSchema = z
  .object({
    name: ParticipantNameSchema,
    aliases: z.array(ParticipantNameSchema).max(20).optional(),
    entityId: z.string().trim().min(1).max(64).optional(),
    kind: SpeakerKindSchema.optional(),
  })
  .strict()
  .meta({ id: 'ParticipantInput' });
export type ParticipantInput = z.infer<typeof ParticipantInputSchema>;

/** A participant as stored: `code` is the speaker code the record uses for it. */
export const DialogueParticipantSchema = z
  .object({
    name: z.string(),
    aliases: z.array(z.string()),
    /** The table id it was given, or null for a speaker new to this dialogue. */
    entityId: z.string().nullable(),
    code: z.string(),
    kind: SpeakerKindSchema,
  })
  .meta({ id: 'DialogueParticipant' });
export type DialogueParticipant = z.infer<typeof DialogueParticipantSchema>;

export const MAX_WEBCAST_URLS = 10;
export const MAX_MEETING_PAGE_URLS = 20;
export const MAX_VOCABULARY_TAGS = 200;

const TitleSchema = z.string().trim().min(1, 'must not be empty').max(300);
/** A tag of a dialogue's vocabulary, as observers will pick it. */
export const VocabularyTagSchema = z.string().trim().min(1, 'must not be empty').max(64);

const TagVocabularySchema = z
  .array(VocabularyTagSchema)
  .max(MAX_VOCABULARY_TAGS)
  .superRefine((tags, ctx) => {
    tags.forEach((tag, i) => {
      if (tags.indexOf(tag) < i) ctx.addIssue({ code: 'custom', path: [i], message: `repeats "${tag}"` });
    });
  });

/** The setup an admin gives a dialogue, beyond its title, theme and date; all optional. */
const setupFields = {
  venue: z.string().trim().max(300).nullable().optional(),
  webcastUrls: z.array(HttpUrlSchema).max(MAX_WEBCAST_URLS).optional(),
  meetingPageUrls: z.array(HttpUrlSchema).max(MAX_MEETING_PAGE_URLS).optional(),
  recordingStartedAt: InstantSchema.nullable().optional(),
  tagVocabulary: TagVocabularySchema.optional(),
  /** The tag a new clip of this dialogue starts with; one of tagVocabulary. */
  defaultTag: VocabularyTagSchema.nullable().optional(),
  participants: z.array(ParticipantInputSchema).max(MAX_PARTICIPANTS).optional(),
};

type SetupCheck = { tagVocabulary?: string[]; defaultTag?: string | null };

/**
 * A default tag must be one of the vocabulary sent with it; without one, `unsent` stands for it
 * (a new dialogue's empty vocabulary; for a change, the server checks the stored one).
 */
function checkDefaultTag(value: SetupCheck, ctx: z.RefinementCtx, unsent?: string[]): void {
  const { defaultTag } = value;
  const tagVocabulary = value.tagVocabulary ?? unsent;
  if (tagVocabulary !== undefined && defaultTag != null && !tagVocabulary.includes(defaultTag)) {
    ctx.addIssue({ code: 'custom', path: ['defaultTag'], message: 'must be one of tagVocabulary' });
  }
}

export const DialogueCreateSchema = z
  .object({
    title: TitleSchema,
    theme: ThemeSchema,
    date: DateSchema,
    /** The first webcast URL; older clients send only this. With webcastUrls it must be their first. */
    webcastUrl: HttpUrlSchema.nullable().optional(),
    ...setupFields,
  })
  .strict()
  .superRefine((value, ctx) => {
    checkDefaultTag(value, ctx, []);
    const { webcastUrl, webcastUrls } = value;
    if (webcastUrl !== undefined && webcastUrls !== undefined && (webcastUrl ?? null) !== (webcastUrls[0] ?? null)) {
      ctx.addIssue({ code: 'custom', path: ['webcastUrl'], message: 'must be the first of webcastUrls when both are sent' });
    }
  })
  .meta({ id: 'DialogueCreate' });
export type DialogueCreate = z.infer<typeof DialogueCreateSchema>;

/**
 * An admin's change to a dialogue's setup: only the fields sent change. Changing participants or
 * recordingStartedAt re-assembles the record.
 */
export const DialoguePatchSchema = z
  .object({
    title: TitleSchema.optional(),
    theme: ThemeSchema.optional(),
    date: DateSchema.optional(),
    ...setupFields,
  })
  .strict()
  .superRefine((value, ctx) => checkDefaultTag(value, ctx))
  .meta({ id: 'DialoguePatch' });
export type DialoguePatch = z.infer<typeof DialoguePatchSchema>;

export const DialogueSchema = z
  .object({
    id: UuidSchema,
    title: z.string(),
    theme: ThemeSchema,
    date: z.string(),
    /** webcastUrls[0], or null: kept for older clients. */
    webcastUrl: z.string().nullable(),
    recordingStartedAt: z.string().nullable(),
    createdAt: z.string(),
    // Always sent by the server; optional only so that older clients' literals still type-check.
    participants: z.array(DialogueParticipantSchema).optional(),
    venue: z.string().nullable().optional(),
    webcastUrls: z.array(z.string()).optional(),
    meetingPageUrls: z.array(z.string()).optional(),
    tagVocabulary: z.array(z.string()).optional(),
    defaultTag: z.string().nullable().optional(),
    /** Interventions by status (merged-away ones not counted), as last assembled; in every dialogue answer. */
    counts: StatusCountsSchema.optional(),
  })
  .meta({ id: 'Dialogue' });
export type Dialogue = z.infer<typeof DialogueSchema>;

export const DialogueListSchema = z.object({ dialogues: z.array(DialogueSchema) }).meta({ id: 'DialogueList' });
