import { z } from 'zod';
import { SPEAKER_KINDS } from '../speakers/types';
import { DateSchema, HttpUrlSchema, InstantSchema, ThemeSchema, UuidSchema } from './common';

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

export const DialogueCreateSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').max(300),
    theme: ThemeSchema,
    date: DateSchema,
    webcastUrl: HttpUrlSchema.nullable().optional(),
    recordingStartedAt: InstantSchema.nullable().optional(),
    participants: z.array(ParticipantInputSchema).max(MAX_PARTICIPANTS).optional(),
  })
  .strict()
  .meta({ id: 'DialogueCreate' });
export type DialogueCreate = z.infer<typeof DialogueCreateSchema>;

export const DialogueSchema = z
  .object({
    id: UuidSchema,
    title: z.string(),
    theme: ThemeSchema,
    date: z.string(),
    webcastUrl: z.string().nullable(),
    recordingStartedAt: z.string().nullable(),
    createdAt: z.string(),
    /** Always sent by the server; optional only so that older clients' literals still type-check. */
    participants: z.array(DialogueParticipantSchema).optional(),
  })
  .meta({ id: 'Dialogue' });
export type Dialogue = z.infer<typeof DialogueSchema>;

export const DialogueListSchema = z.object({ dialogues: z.array(DialogueSchema) }).meta({ id: 'DialogueList' });
