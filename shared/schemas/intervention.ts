import { z } from 'zod';
import { LOCKABLE_FIELDS } from '../review/model';
import { SpeakerKindSchema } from './dialogue';
import { InterventionStatusSchema } from './status';

// Statuses and their counts live in ./status, which the dialogue schemas import too.
export * from './status';

export { LOCKABLE_FIELDS };
export const LockableFieldSchema = z.enum(LOCKABLE_FIELDS);

/** Who held the floor, as assembly settled it or a reviewer set it. */
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
    /** Attached by assembly after a reviewer last wrote the intervention. */
    new: z.boolean(),
  })
  .meta({ id: 'InterventionClip' });
export type InterventionClip = z.infer<typeof InterventionClipSchema>;

export const ActorSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: 'Actor' });
export type Actor = z.infer<typeof ActorSchema>;

export const InterventionSchema = z
  .object({
    id: z.string(),
    position: z.number().int(),
    /** Starts at 1; one up per revision (and per change assembly makes to a draft). Edits name it. */
    version: z.number().int(),
    speaker: RecordSpeakerSchema,
    /** Seconds on the recording clock; null for an undated intervention (page quotes only). */
    start: z.number().nullable(),
    end: z.number().nullable(),
    /** No observer marked the end; it was inferred. */
    openEnd: z.boolean(),
    status: InterventionStatusSchema,
    /** A reviewer's summary; '' until one writes it. */
    summary: z.string(),
    clips: z.array(InterventionClipSchema),
    /** Every clip behind the intervention, dissenting ones included, sorted. */
    clipIds: z.array(z.string()),
    tags: z.array(z.string()),
    notes: z.array(z.string()),
    quotes: z.array(z.string()),
    /** A speaker conflict counts as resolved once a reviewer locked the speaker having seen its clips. */
    conflicts: z.array(ConflictSchema),
    /** Fields a reviewer set; re-assembly keeps their values. */
    locked: z.array(LockableFieldSchema),
    /** Clips attached by assembly after a reviewer last wrote it; [] for a draft. */
    newClipIds: z.array(z.string()),
    updatedAt: z.string(),
    /** Who wrote the last revision; null when that was assembly. */
    updatedBy: ActorSchema.nullable(),
  })
  .meta({ id: 'Intervention' });
export type Intervention = z.infer<typeof InterventionSchema>;

export const InterventionIdSchema = z.string().min(1).max(200);
const VersionSchema = z.number({ message: 'must be a version number' }).int('must be a whole number').min(1);
const SecondsSchema = z.number({ message: 'must be a number of seconds' }).finite('must be finite').min(0, 'must not be negative');

const EDITABLE = ['speaker', 'start', 'end', 'summary', 'tags', 'status'] as const;

/** A reviewer's edit: every field given is set and locked against re-assembly. */
export const InterventionPatchSchema = z
  .object({
    baseVersion: VersionSchema,
    speaker: z
      .object({
        name: z.string().trim().min(1, 'must not be empty').max(200),
        /** A speaker code of the table or of the dialogue's participants; without it the name is looked up. */
        code: z.string().trim().min(1).max(64).nullable().optional(),
      })
      .strict()
      .optional(),
    start: SecondsSchema.optional(),
    end: SecondsSchema.optional(),
    summary: z.string().max(10_000).optional(),
    tags: z.array(z.string().trim().min(1, 'must not be empty').max(64)).max(50).optional(),
    status: InterventionStatusSchema.optional(),
    /** Why, kept with the revision. */
    reason: z.string().max(1000).optional(),
  })
  .strict()
  .refine((p) => EDITABLE.some((f) => p[f] !== undefined), { message: `must change at least one of ${EDITABLE.join(', ')}`, path: [] })
  .refine((p) => p.start === undefined || p.end === undefined || p.start <= p.end, { message: 'must not be after the end', path: ['start'] })
  .meta({ id: 'InterventionPatch' });
export type InterventionPatch = z.infer<typeof InterventionPatchSchema>;

export const SplitInputSchema = z
  .object({ baseVersion: VersionSchema, at: z.number({ message: 'must be a number of seconds' }).finite('must be finite') })
  .strict()
  .meta({ id: 'SplitInput' });
export type SplitInput = z.infer<typeof SplitInputSchema>;

export const MergeInputSchema = z
  .object({
    ids: z.tuple([InterventionIdSchema, InterventionIdSchema]),
    baseVersions: z.tuple([VersionSchema, VersionSchema]),
  })
  .strict()
  .refine((m) => m.ids[0] !== m.ids[1], { message: 'must name two different interventions', path: ['ids'] })
  .meta({ id: 'MergeInput' });
export type MergeInput = z.infer<typeof MergeInputSchema>;

export const RestoreInputSchema = z
  .object({ baseVersion: VersionSchema, version: VersionSchema })
  .strict()
  .meta({ id: 'RestoreInput' });
export type RestoreInput = z.infer<typeof RestoreInputSchema>;

export const REVISION_ACTIONS = ['assembled', 'edit', 'status', 'split', 'merge', 'restore'] as const;

export const RevisionSchema = z
  .object({
    version: z.number().int(),
    at: z.string(),
    /** Null when assembly made it. */
    by: ActorSchema.nullable(),
    action: z.enum(REVISION_ACTIONS),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
    /** The reviewable fields after this revision (speaker, start, end, openEnd, summary, tags, status, locked, clipIds). */
    snapshot: z.record(z.string(), z.unknown()),
    reason: z.string().nullable(),
  })
  .meta({ id: 'Revision' });
export type Revision = z.infer<typeof RevisionSchema>;

export const RevisionListSchema = z.object({ revisions: z.array(RevisionSchema) }).meta({ id: 'RevisionList' });
export const SplitResultSchema = z.object({ interventions: z.tuple([InterventionSchema, InterventionSchema]) }).meta({ id: 'SplitResult' });
export const MergeResultSchema = z.object({ intervention: InterventionSchema }).meta({ id: 'MergeResult' });

/** 409: the edit was based on an older version; here is the intervention as it is now. */
export const StaleSchema = z
  .object({ error: z.object({ code: z.literal('stale'), message: z.string() }), current: InterventionSchema })
  .meta({ id: 'Stale' });
export type Stale = z.infer<typeof StaleSchema>;
