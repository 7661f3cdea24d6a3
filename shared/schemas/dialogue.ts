import * as z from '../zod';
import { SPEAKER_KINDS } from '../speakers/types';
import { DateSchema, HttpUrlSchema, InstantSchema, ThemeSchema, UuidSchema } from './common';
import { StatusCountsSchema } from './status';

export const MAX_PARTICIPANTS = 300;
export const SpeakerKindSchema = z.enum(SPEAKER_KINDS);

const ParticipantNameSchema = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(200));

/**
 * An expected participant of a dialogue. With `entityId` (an id of the built-in speaker table, e.g.
 * `USA`, `UNODC`) it is that entity, preferred on close calls, and its `aliases` (and `name`) are
 * more spellings of it; without, it is a new speaker of this dialogue, of `kind` (default `ngo`).
 */
export const ParticipantInputSchema = z
  .strictObject({
    name: ParticipantNameSchema,
    aliases: z.optional(z.array(ParticipantNameSchema).check(z.maxLength(20))),
    entityId: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))),
    kind: z.optional(SpeakerKindSchema),
  })
  .register(z.globalRegistry, { id: 'ParticipantInput' });
export type ParticipantInput = z.infer<typeof ParticipantInputSchema>;

/** A participant as stored: `code` is the speaker code the record uses for it. */
export const DialogueParticipantSchema = z
  .object({
    name: z.string(),
    aliases: z.array(z.string()),
    /** The table id it was given, or null for a speaker new to this dialogue. */
    entityId: z.nullable(z.string()),
    code: z.string(),
    kind: SpeakerKindSchema,
  })
  .register(z.globalRegistry, { id: 'DialogueParticipant' });
export type DialogueParticipant = z.infer<typeof DialogueParticipantSchema>;

export const MAX_WEBCAST_URLS = 10;
export const MAX_MEETING_PAGE_URLS = 20;
export const MAX_VOCABULARY_TAGS = 200;

const TitleSchema = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(300));
/** A tag of a dialogue's vocabulary, as observers will pick it. */
export const VocabularyTagSchema = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(64));

const TagVocabularySchema = z.array(VocabularyTagSchema).check(
  z.maxLength(MAX_VOCABULARY_TAGS),
  z.superRefine((tags, ctx) => {
    tags.forEach((tag, i) => {
      if (tags.indexOf(tag) < i) ctx.addIssue({ code: 'custom', path: [i], message: `repeats "${tag}"` });
    });
  }),
);

/** The setup an admin gives a dialogue, beyond its title, theme and date; all optional. */
const setupFields = {
  venue: z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(300)))),
  webcastUrls: z.optional(z.array(HttpUrlSchema).check(z.maxLength(MAX_WEBCAST_URLS))),
  meetingPageUrls: z.optional(z.array(HttpUrlSchema).check(z.maxLength(MAX_MEETING_PAGE_URLS))),
  recordingStartedAt: z.optional(z.nullable(InstantSchema)),
  tagVocabulary: z.optional(TagVocabularySchema),
  /** The tag a new clip of this dialogue starts with; one of tagVocabulary. */
  defaultTag: z.optional(z.nullable(VocabularyTagSchema)),
  participants: z.optional(z.array(ParticipantInputSchema).check(z.maxLength(MAX_PARTICIPANTS))),
};

type SetupCheck = { tagVocabulary?: string[]; defaultTag?: string | null };

/**
 * A default tag must be one of the vocabulary sent with it; without one, `unsent` stands for it
 * (a new dialogue's empty vocabulary; for a change, the server checks the stored one).
 */
function checkDefaultTag(value: SetupCheck, ctx: z.core.$RefinementCtx, unsent?: string[]): void {
  const { defaultTag } = value;
  const tagVocabulary = value.tagVocabulary ?? unsent;
  if (tagVocabulary !== undefined && defaultTag != null && !tagVocabulary.includes(defaultTag)) {
    ctx.addIssue({ code: 'custom', path: ['defaultTag'], message: 'must be one of tagVocabulary' });
  }
}

export const DialogueCreateSchema = z
  .strictObject({
    title: TitleSchema,
    theme: ThemeSchema,
    date: DateSchema,
    /** The first webcast URL; older clients send only this. With webcastUrls it must be their first. */
    webcastUrl: z.optional(z.nullable(HttpUrlSchema)),
    ...setupFields,
  })
  .check(
    z.superRefine((value, ctx) => {
      checkDefaultTag(value, ctx, []);
      const { webcastUrl, webcastUrls } = value;
      if (webcastUrl !== undefined && webcastUrls !== undefined && (webcastUrl ?? null) !== (webcastUrls[0] ?? null)) {
        ctx.addIssue({ code: 'custom', path: ['webcastUrl'], message: 'must be the first of webcastUrls when both are sent' });
      }
    }),
  )
  .register(z.globalRegistry, { id: 'DialogueCreate' });
export type DialogueCreate = z.infer<typeof DialogueCreateSchema>;

/**
 * An admin's change to a dialogue's setup: only the fields sent change. Changing participants or
 * recordingStartedAt re-assembles the record.
 */
export const DialoguePatchSchema = z
  .strictObject({
    title: z.optional(TitleSchema),
    theme: z.optional(ThemeSchema),
    date: z.optional(DateSchema),
    ...setupFields,
  })
  .check(z.superRefine((value, ctx) => checkDefaultTag(value, ctx)))
  .register(z.globalRegistry, { id: 'DialoguePatch' });
export type DialoguePatch = z.infer<typeof DialoguePatchSchema>;

export const DialogueSchema = z
  .object({
    id: UuidSchema,
    title: z.string(),
    theme: ThemeSchema,
    date: z.string(),
    /** webcastUrls[0], or null: kept for older clients. */
    webcastUrl: z.nullable(z.string()),
    recordingStartedAt: z.nullable(z.string()),
    createdAt: z.string(),
    // Always sent by the server; optional only so that older clients' literals still type-check.
    participants: z.optional(z.array(DialogueParticipantSchema)),
    venue: z.optional(z.nullable(z.string())),
    webcastUrls: z.optional(z.array(z.string())),
    meetingPageUrls: z.optional(z.array(z.string())),
    tagVocabulary: z.optional(z.array(z.string())),
    defaultTag: z.optional(z.nullable(z.string())),
    /** Interventions by status (merged-away ones not counted), as last assembled; in every dialogue answer. */
    counts: z.optional(StatusCountsSchema),
  })
  .register(z.globalRegistry, { id: 'Dialogue' });
export type Dialogue = z.infer<typeof DialogueSchema>;

export const DialogueListSchema = z.object({ dialogues: z.array(DialogueSchema) }).register(z.globalRegistry, { id: 'DialogueList' });
