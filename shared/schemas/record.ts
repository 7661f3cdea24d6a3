import { z } from 'zod';
import { SpeakerKindSchema } from './dialogue';

export const INTERVENTION_STATUSES = ['draft', 'needs-review', 'reviewed', 'approved', 'rejected'] as const;

/** Who held the floor, as assembly settled it. */
export const RecordSpeakerSchema = z
  .object({
    /** The entity's display name; for an unknown speaker, the spelling most observers typed. */
    name: z.string(),
    /** The entity's code (ISO 3166-1 alpha-3 for States, e.g. `USA`), or null when unknown. */
    code: z.string().nullable(),
    kind: SpeakerKindSchema.nullable(),
    /** False when no observer's spelling matched a known speaker; a reviewer should look. */
    known: z.boolean(),
  })
  .meta({ id: 'RecordSpeaker' });
export type RecordSpeaker = z.infer<typeof RecordSpeakerSchema>;

/** Where observers disagree or a clip fits nowhere; shown to reviewers, never dropped. */
export const ConflictSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('speaker'), clipIds: z.array(z.string()), speakers: z.array(z.string()) }),
    z.object({ kind: z.literal('unplaced'), clipIds: z.array(z.string()), reason: z.string() }),
    z.object({ kind: z.literal('unknown-speaker'), clipIds: z.array(z.string()), speakers: z.array(z.string()) }),
  ])
  .meta({ id: 'Conflict' });
export type Conflict = z.infer<typeof ConflictSchema>;

export const InterventionClipSchema = z
  .object({
    id: z.string(),
    memberId: z.string(),
    /** `dissent`: the clip named another speaker here and was outweighed. */
    role: z.enum(['support', 'dissent']),
  })
  .meta({ id: 'InterventionClip' });
export type InterventionClip = z.infer<typeof InterventionClipSchema>;

export const InterventionSchema = z
  .object({
    id: z.string(),
    position: z.number().int(),
    speaker: RecordSpeakerSchema,
    /** Seconds on the recording clock; null for an undated intervention (page quotes only). */
    start: z.number().nullable(),
    end: z.number().nullable(),
    /** No observer marked the end; it was inferred. */
    openEnd: z.boolean(),
    status: z.enum(INTERVENTION_STATUSES),
    clips: z.array(InterventionClipSchema),
    /** Every clip behind the intervention, dissenting ones included, sorted. */
    clipIds: z.array(z.string()),
    tags: z.array(z.string()),
    notes: z.array(z.string()),
    quotes: z.array(z.string()),
    conflicts: z.array(ConflictSchema),
  })
  .meta({ id: 'Intervention' });
export type Intervention = z.infer<typeof InterventionSchema>;

export const OFFSET_SOURCES = ['manual', 'estimated', 'capture-time', 'none'] as const;

/** A live observer's clock offset: seconds subtracted from their live-clock times. */
export const OffsetEstimateSchema = z
  .object({
    offset: z.number(),
    source: z.enum(OFFSET_SOURCES),
    /** How many of the observer's clips agreed with it. */
    support: z.number().int(),
  })
  .meta({ id: 'OffsetEstimate' });

export const DialogueRecordSchema = z
  .object({
    dialogueId: z.string(),
    /** The dialogue's input revision this record was assembled from. */
    revision: z.number().int(),
    interventions: z.array(InterventionSchema),
    /** Per member who clipped on a live clock. */
    offsets: z.record(z.string(), OffsetEstimateSchema),
  })
  .meta({ id: 'DialogueRecord' });
export type DialogueRecord = z.infer<typeof DialogueRecordSchema>;

export const LIVE_OFFSET_LIMIT_S = 86_400;

export const LiveOffsetInputSchema = z
  .object({
    /** Seconds to subtract from the member's live-clock times to reach the recording clock. */
    offset: z
      .number({ message: 'must be a number of seconds' })
      .finite('must be finite')
      .min(-LIVE_OFFSET_LIMIT_S)
      .max(LIVE_OFFSET_LIMIT_S),
  })
  .strict()
  .meta({ id: 'LiveOffsetInput' });
export type LiveOffsetInput = z.infer<typeof LiveOffsetInputSchema>;

export const LiveOffsetSchema = z
  .object({ memberId: z.string(), offset: z.number() })
  .meta({ id: 'LiveOffset' });
export type LiveOffset = z.infer<typeof LiveOffsetSchema>;
