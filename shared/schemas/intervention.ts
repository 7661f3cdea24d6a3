import * as z from '../zod';
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
    code: z.nullable(z.string()),
    kind: z.nullable(SpeakerKindSchema),
    /** False when no observer's spelling matched a known speaker; a reviewer should look. */
    known: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'RecordSpeaker' });
export type RecordSpeaker = z.infer<typeof RecordSpeakerSchema>;

/** Where observers disagree or a clip fits nowhere; shown to reviewers, never dropped. */
export const ConflictSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('speaker'), clipIds: z.array(z.string()), speakers: z.array(z.string()) }),
    z.object({ kind: z.literal('unplaced'), clipIds: z.array(z.string()), reason: z.string() }),
    z.object({ kind: z.literal('unknown-speaker'), clipIds: z.array(z.string()), speakers: z.array(z.string()) }),
  ])
  .register(z.globalRegistry, { id: 'Conflict' });
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
  .register(z.globalRegistry, { id: 'InterventionClip' });
export type InterventionClip = z.infer<typeof InterventionClipSchema>;

export const ActorSchema = z.object({ id: z.string(), name: z.string() }).register(z.globalRegistry, { id: 'Actor' });
export type Actor = z.infer<typeof ActorSchema>;

export const InterventionSchema = z
  .object({
    id: z.string(),
    position: z.int(),
    /** Starts at 1; one up per revision (and per change assembly makes to a draft). Edits name it. */
    version: z.int(),
    speaker: RecordSpeakerSchema,
    /** Seconds on the recording clock; null for an undated intervention (page quotes only). */
    start: z.nullable(z.number()),
    end: z.nullable(z.number()),
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
    updatedBy: z.nullable(ActorSchema),
  })
  .register(z.globalRegistry, { id: 'Intervention' });
export type Intervention = z.infer<typeof InterventionSchema>;

/** The structural changes an undo takes back. */
export const UNDOABLE_CHANGES = ['merge', 'split'] as const;
export type UndoableChange = (typeof UNDOABLE_CHANGES)[number];

/** An intervention as the record read shows it: with what an undo of it would take back. */
export const RecordInterventionSchema = z
  .extend(InterventionSchema, {
    /**
     * The merge or split `POST /interventions/{id}/undo` would take back now (its latest one no
     * undo took back yet); null when that would answer `nothing_to_undo`. A later merge or split of
     * the other intervention can still make it `undo_ambiguous`.
     */
    undoable: z.nullable(z.enum(UNDOABLE_CHANGES)),
  })
  .register(z.globalRegistry, {
    id: 'RecordIntervention',
    description:
      'An Intervention as the record shows it, with `undoable`: the merge or split `POST /interventions/{id}/undo` would ' +
      'take back now, or null when it would answer nothing_to_undo (a later change of the other intervention can still make it undo_ambiguous).',
  });
export type RecordIntervention = z.infer<typeof RecordInterventionSchema>;

export const InterventionIdSchema = z.string().check(z.minLength(1), z.maxLength(200));
const VersionSchema = z.number({ message: 'must be a version number' }).check(z.int('must be a whole number'), z.minimum(1));
// zod's numbers are finite: Infinity and NaN get the number's own message.
const SecondsSchema = z.number({ message: 'must be a number of seconds' }).check(z.minimum(0, 'must not be negative'));

const EDITABLE = ['speaker', 'start', 'end', 'summary', 'tags', 'status'] as const;

/** A reviewer's edit: every field given is set and locked against re-assembly. */
export const InterventionPatchSchema = z
  .strictObject({
    baseVersion: VersionSchema,
    speaker: z.optional(
      z.strictObject({
        name: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(200)),
        /** A speaker code of the table or of the dialogue's participants; without it the name is looked up. */
        code: z.optional(z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(64)))),
      }),
    ),
    start: z.optional(SecondsSchema),
    end: z.optional(SecondsSchema),
    summary: z.optional(z.string().check(z.maxLength(10_000))),
    tags: z.optional(z.array(z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(64))).check(z.maxLength(50))),
    status: z.optional(InterventionStatusSchema),
    /** Why, kept with the revision. */
    reason: z.optional(z.string().check(z.maxLength(1000))),
  })
  .check(
    z.refine((p) => EDITABLE.some((f) => p[f] !== undefined), { message: `must change at least one of ${EDITABLE.join(', ')}`, path: [] }),
    z.refine((p) => p.start === undefined || p.end === undefined || p.start <= p.end, { message: 'must not be after the end', path: ['start'] }),
  )
  .register(z.globalRegistry, { id: 'InterventionPatch' });
export type InterventionPatch = z.infer<typeof InterventionPatchSchema>;

export const SplitInputSchema = z
  .strictObject({ baseVersion: VersionSchema, at: z.number({ message: 'must be a number of seconds' }) })
  .register(z.globalRegistry, { id: 'SplitInput' });
export type SplitInput = z.infer<typeof SplitInputSchema>;

export const MergeInputSchema = z
  .strictObject({
    ids: z.tuple([InterventionIdSchema, InterventionIdSchema]),
    baseVersions: z.tuple([VersionSchema, VersionSchema]),
  })
  .check(z.refine((m) => m.ids[0] !== m.ids[1], { message: 'must name two different interventions', path: ['ids'] }))
  .register(z.globalRegistry, { id: 'MergeInput' });
export type MergeInput = z.infer<typeof MergeInputSchema>;

export const RestoreInputSchema = z
  .strictObject({ baseVersion: VersionSchema, version: VersionSchema })
  .register(z.globalRegistry, { id: 'RestoreInput' });
export type RestoreInput = z.infer<typeof RestoreInputSchema>;

/** Undoes the intervention's latest merge or split not yet undone; `baseVersion` is its current version. */
export const UndoInputSchema = z.strictObject({ baseVersion: VersionSchema }).register(z.globalRegistry, { id: 'UndoInput' });
export type UndoInput = z.infer<typeof UndoInputSchema>;

export const REVISION_ACTIONS = ['assembled', 'edit', 'status', 'split', 'merge', 'restore', 'undo-merge', 'undo-split'] as const;

export const RevisionSchema = z
  .object({
    version: z.int(),
    at: z.string(),
    /** Null when assembly made it. */
    by: z.nullable(ActorSchema),
    action: z.enum(REVISION_ACTIONS),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
    /** The reviewable fields after this revision (speaker, start, end, openEnd, summary, tags, status, locked, clipIds). */
    snapshot: z.record(z.string(), z.unknown()),
    reason: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'Revision' });
export type Revision = z.infer<typeof RevisionSchema>;

export const RevisionListSchema = z.object({ revisions: z.array(RevisionSchema) }).register(z.globalRegistry, { id: 'RevisionList' });
export const SplitResultSchema = z.object({ interventions: z.tuple([InterventionSchema, InterventionSchema]) }).register(z.globalRegistry, { id: 'SplitResult' });
export const MergeResultSchema = z.object({ intervention: InterventionSchema }).register(z.globalRegistry, { id: 'MergeResult' });

/** Undoing a merge gives both interventions back (in record order); undoing a split, the one rejoined. */
export const UndoResultSchema = z
  .object({ undone: z.enum(UNDOABLE_CHANGES), interventions: z.array(InterventionSchema) })
  .register(z.globalRegistry, { id: 'UndoResult' });
export type UndoResult = z.infer<typeof UndoResultSchema>;

export const UNDO_REFUSALS = ['stale', 'nothing_to_undo', 'undo_ambiguous'] as const;

/** 409 to an undo: stale, nothing to undo, or a later change makes it ambiguous; `current` is the intervention now. */
export const UndoRefusedSchema = z
  .object({ error: z.object({ code: z.enum(UNDO_REFUSALS), message: z.string() }), current: InterventionSchema })
  .register(z.globalRegistry, { id: 'UndoRefused' });
export type UndoRefused = z.infer<typeof UndoRefusedSchema>;

/** 409: the edit was based on an older version; here is the intervention as it is now. */
export const StaleSchema = z
  .object({ error: z.object({ code: z.literal('stale'), message: z.string() }), current: InterventionSchema })
  .register(z.globalRegistry, { id: 'Stale' });
export type Stale = z.infer<typeof StaleSchema>;
