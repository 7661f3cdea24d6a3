/**
 * The review API's shapes as the extension reads them: the shared schemas (one source with the
 * Worker), named for the review page, plus the result types the background hands to pages.
 */
import * as z from '../../shared/zod';
import {
  InterventionSchema,
  type Dialogue,
  type Intervention,
  type InterventionPatch as SharedPatch,
  type MergeInput,
  type Problem,
  type RestoreInput,
  type Revision,
  type SplitInput,
  type UndoInput,
} from '../../shared/schemas';

export {
  DialogueRecordSchema as ReviewRecordSchema,
  INTERVENTION_STATUSES,
  InterventionSchema as ReviewInterventionSchema,
  MergeResultSchema,
  RevisionListSchema,
  SplitResultSchema,
  UndoResultSchema,
} from '../../shared/schemas';
export type { UndoResult } from '../../shared/schemas';
export type { DialogueRecord as ReviewRecord, Revision, StatusCounts } from '../../shared/schemas';

export type ReviewIntervention = Intervention;
export type InterventionStatus = Intervention['status'];
export type ReviewClip = Intervention['clips'][number];
/** What a reviewer may change in one PATCH; every field given becomes locked on the server. */
export type InterventionPatch = SharedPatch;
export type SplitRequest = SplitInput;
export type MergeRequest = MergeInput;
export type RestoreRequest = RestoreInput;
export type UndoRequest = UndoInput;

/** A dialogue in the list: the shared Dialogue, which carries `counts` by status (optional: unknown, not zero). */
export type ReviewDialogue = Dialogue;

/** The 409 body: the intervention as it is now (read leniently: the page copes without it). */
export const StaleBodySchema = z.object({ current: z.optional(InterventionSchema) });

/** A review write's outcome as the page sees it. */
export type WriteResult<T> =
  | { ok: true; value: T }
  /** 409: someone else changed it; `current` is the server's state when it sent one. */
  | { ok: false; kind: 'stale'; message: string; current: ReviewIntervention | null }
  /** 400 naming fields. */
  | { ok: false; kind: 'invalid'; message: string; problems: Problem[] }
  /** `code` when the server named why (an undo refused as nothing_to_undo or undo_ambiguous). */
  | { ok: false; kind: 'error'; message: string; code?: string };

export type ReadResult<T> = { ok: true; value: T } | { ok: false; message: string; status?: number };
