/**
 * The review API's shapes as the extension reads them (see the review contract). They build on the
 * shared record schemas; the fields review adds are read leniently (defaults) so that a record
 * from a server without them still shows, read-only.
 */
import { z } from 'zod';
import {
  ConflictSchema,
  DialogueSchema,
  INTERVENTION_STATUSES,
  RecordSpeakerSchema,
  type Problem,
} from '../../shared/schemas';

export const LOCKABLE_FIELDS = ['speaker', 'start', 'end', 'summary', 'tags', 'status'] as const;
export type LockableField = (typeof LOCKABLE_FIELDS)[number];
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number];
export { INTERVENTION_STATUSES };

const StatusSchema = z.enum(INTERVENTION_STATUSES);
const ActorSchema = z.object({ id: z.string(), name: z.string() });

export const ReviewClipSchema = z.object({
  id: z.string(),
  memberId: z.string(),
  role: z.enum(['support', 'dissent']),
  new: z.boolean().default(false),
});
export type ReviewClip = z.infer<typeof ReviewClipSchema>;

export const ReviewInterventionSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  version: z.number().int().default(0),
  speaker: RecordSpeakerSchema,
  start: z.number().nullable(),
  end: z.number().nullable(),
  openEnd: z.boolean().default(false),
  status: StatusSchema,
  summary: z.string().default(''),
  tags: z.array(z.string()),
  notes: z.array(z.string()),
  quotes: z.array(z.string()),
  clips: z.array(ReviewClipSchema),
  clipIds: z.array(z.string()),
  conflicts: z.array(ConflictSchema).default([]),
  // Kept as strings: a lock on a field this page does not know must not make the record unreadable.
  locked: z.array(z.string()).default([]),
  newClipIds: z.array(z.string()).default([]),
  updatedAt: z.string().nullable().default(null),
  updatedBy: ActorSchema.nullable().default(null),
});
export type ReviewIntervention = z.infer<typeof ReviewInterventionSchema>;

export const ReviewRecordSchema = z.object({
  dialogueId: z.string(),
  interventions: z.array(ReviewInterventionSchema),
});
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;

export const StatusCountsSchema = z.object({
  draft: z.number().int().default(0),
  'needs-review': z.number().int().default(0),
  reviewed: z.number().int().default(0),
  approved: z.number().int().default(0),
  rejected: z.number().int().default(0),
});
export type StatusCounts = z.infer<typeof StatusCountsSchema>;

export const ReviewDialogueSchema = DialogueSchema.extend({
  webcastUrls: z.array(z.string()).optional(),
  venue: z.string().nullable().optional(),
  /** Missing from a server without review: then the counts are unknown, not zero. */
  counts: StatusCountsSchema.optional(),
});
export type ReviewDialogue = z.infer<typeof ReviewDialogueSchema>;
export const ReviewDialogueListSchema = z.object({ dialogues: z.array(ReviewDialogueSchema) });

export const RevisionSchema = z.object({
  version: z.number().int(),
  at: z.string(),
  by: ActorSchema.nullable(),
  action: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).default({}),
  snapshot: z.record(z.string(), z.unknown()).default({}),
});
export type Revision = z.infer<typeof RevisionSchema>;
export const RevisionListSchema = z.object({ revisions: z.array(RevisionSchema) });

export const SplitResultSchema = z.object({ interventions: z.tuple([ReviewInterventionSchema, ReviewInterventionSchema]) });
export const MergeResultSchema = z.object({ intervention: ReviewInterventionSchema });

/** The 409 body: the intervention as it is now. */
export const StaleBodySchema = z.object({ current: ReviewInterventionSchema.optional() });

/** What a reviewer may change in one PATCH; every field given becomes locked on the server. */
export interface InterventionPatch {
  baseVersion: number;
  speaker?: { name: string; code?: string | null };
  start?: number;
  end?: number;
  summary?: string;
  tags?: string[];
  status?: InterventionStatus;
  reason?: string;
}

export interface SplitRequest {
  baseVersion: number;
  at: number;
}

export interface MergeRequest {
  ids: [string, string];
  baseVersions: [number, number];
}

export interface RestoreRequest {
  baseVersion: number;
  version: number;
}

/** A review write's outcome as the page sees it. */
export type WriteResult<T> =
  | { ok: true; value: T }
  /** 409: someone else changed it; `current` is the server's state when it sent one. */
  | { ok: false; kind: 'stale'; message: string; current: ReviewIntervention | null }
  /** 400 naming fields. */
  | { ok: false; kind: 'invalid'; message: string; problems: Problem[] }
  | { ok: false; kind: 'error'; message: string };

export type ReadResult<T> = { ok: true; value: T } | { ok: false; message: string; status?: number };
