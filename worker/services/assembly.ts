import type { AssembledIntervention, OffsetEstimate } from '../../shared/assembly/model';
import { startAssembly } from '../../shared/assembly/incremental';
import { applyReview } from '../../shared/review/apply-review';
import { snapshotOf } from '../../shared/review/edits';
import { isHeld, type FreshIntervention } from '../../shared/review/model';
import type { SpeakerKind } from '../../shared/speakers/types';
import type { Db } from '../db/client';
import { coalesce } from '../lib/coalesce';
import { afterResponse } from '../lib/wait-until';
import { loadAssemblyInput, type AssemblyInput } from '../repositories/assembly-input';
import { linksOf, toJsonRow, type JsonRow } from '../repositories/intervention-rows';
import { writeAssembly, type DraftLink, type HeldChange } from '../repositories/interventions';
import { clipFacts } from './clip-facts';
import { speakerIndexFor, speakerResolver } from './speakers';

/**
 * - `written`: this run stored the record for the revision it read;
 * - `skipped`: another run wrote that revision first, newer input arrived meanwhile (the run
 *   for that newer input writes), or a reviewer wrote meanwhile (the next record read assembles);
 * - `fresh`: the stored record was already current;
 * - `missing`: no such dialogue in the team.
 */
export type AssemblyOutcome = 'written' | 'skipped' | 'fresh' | 'missing';

/**
 * Re-assembles a dialogue whose stored record is older than its input: reads everything in one
 * snapshot, runs the pure assembly and merges it with the reviewers' work, and writes the result
 * in one guarded batch. Safe to run concurrently for one dialogue, and alongside reviewers: at
 * most one run writes each revision, an older one never overwrites a newer, and none overwrites
 * a reviewer's write it did not read.
 */
export async function assembleDialogue(db: Db, teamId: string, dialogueId: string): Promise<AssemblyOutcome> {
  const input = await loadAssemblyInput(db, teamId, dialogueId);
  if (!input) return 'missing';
  const { dialogue } = input;
  if (dialogue.assembledRevision >= dialogue.clipsRevision) return 'fresh';
  const result = await assembleInput(db, input);
  const written = await writeAssembly(db, { teamId, dialogueId, revision: dialogue.clipsRevision, ...result });
  return written ? 'written' : 'skipped';
}

// Under a steady stream of new clips each attempt may be overtaken; then answer the latest stored.
const MAX_CURRENT_ATTEMPTS = 3;

/**
 * Reads something built from the stored record with `read`, assembling the dialogue first
 * while its input is newer than its last assembly, so the answer reflects every clip stored
 * before the request. Resolves with null when the dialogue is not the team's.
 */
export async function readCurrent<T>(
  db: Db,
  teamId: string,
  dialogueId: string,
  read: () => Promise<T | null>,
  revisionsOf: (value: T) => { assembledRevision: number; clipsRevision: number },
): Promise<T | null> {
  let value = await read();
  for (let attempt = 0; value && isStale(revisionsOf(value)) && attempt < MAX_CURRENT_ATTEMPTS; attempt++) {
    await assembleDialogue(db, teamId, dialogueId);
    value = await read();
  }
  return value;
}

function isStale({ assembledRevision, clipsRevision }: { assembledRevision: number; clipsRevision: number }): boolean {
  return assembledRevision < clipsRevision;
}

/** How long a dialogue's input must rest before assembly runs after a response, and the most it waits. */
export interface AssemblyTiming {
  quietMs: number;
  maxWaitMs: number;
}

export function assemblyTiming(env: { ASSEMBLY_QUIET_MS?: string }): AssemblyTiming {
  const quietMs = Number(env.ASSEMBLY_QUIET_MS ?? 300);
  return { quietMs: Number.isFinite(quietMs) && quietMs >= 0 ? quietMs : 300, maxWaitMs: 5_000 };
}

/**
 * Assembles once the current response has gone out and the dialogue's input has rested (see
 * coalesce); for `waitUntil`. A run superseded by a later batch leaves the work to that batch's run.
 */
export async function assembleLater(
  db: Db,
  teamId: string,
  dialogueId: string,
  timing: AssemblyTiming = { quietMs: 0, maxWaitMs: 5_000 },
): Promise<AssemblyOutcome | 'superseded'> {
  await afterResponse();
  return coalesce(`${teamId}/${dialogueId}`, timing, () => assembleDialogue(db, teamId, dialogueId));
}

/**
 * Stored input in, rows to store out. The clock and ids of the revisions it writes are read here, and
 * the speaker table (once per isolate) from `db`; nothing is written.
 */
export async function assembleInput(db: Db, input: AssemblyInput, now = new Date().toISOString()): Promise<{
  reviewRevision: number;
  drafts: JsonRow[];
  links: DraftLink[];
  changed: HeldChange[];
  positions: { id: string; position: number }[];
  offsets: Record<string, OffsetEstimate>;
  now: string;
}> {
  const { dialogue, stored } = input;
  const { resolve, kindOf } = speakerResolver(await speakerIndexFor(db, dialogue.participants));
  const epoch = dialogue.recordingStartedAt ? Date.parse(dialogue.recordingStartedAt) / 1000 : NaN;
  const state = startAssembly(input.clips, {
    recordingStartedAtEpoch: Number.isFinite(epoch) ? epoch : null,
    manualOffsets: input.manualOffsets,
    resolveSpeaker: resolve,
    previous: stored.filter((s) => s.mergedInto === null).map(({ id, clipIds }) => ({ id, clipIds })),
  });
  const fresh = state.result.interventions.map((iv) => toFresh(iv, kindOf));
  const { rows, changed } = applyReview({ fresh, stored, clips: clipFacts(state.placed, state.loose) });

  const changes = new Map(changed.map((c) => [c.id, c]));
  const out = {
    reviewRevision: dialogue.reviewRevision,
    drafts: [] as JsonRow[],
    links: [] as DraftLink[],
    changed: [] as HeldChange[],
    positions: [] as { id: string; position: number }[],
    offsets: state.result.offsets,
    now,
  };
  for (const row of rows) {
    const change = changes.get(row.id);
    if (!isHeld(row)) {
      out.drafts.push(toJsonRow(row, row.position));
      out.links.push(...linksOf(row));
    } else if (change) {
      out.changed.push({
        row: { ...toJsonRow(row, row.position), fromVersion: change.fromVersion },
        revision: { id: crypto.randomUUID(), interventionId: row.id, version: row.version, changes: change.changes, snapshot: snapshotOf(row) },
      });
      out.links.push(...linksOf(row));
    } else if (input.positions.get(row.id) !== row.position) {
      out.positions.push({ id: row.id, position: row.position });
    }
  }
  return out;
}

function toFresh(iv: AssembledIntervention, kindOf: (id: string | null) => SpeakerKind | null): FreshIntervention {
  return {
    id: iv.id,
    speaker: { name: iv.speaker.display, code: iv.speaker.entityId, kind: kindOf(iv.speaker.entityId), known: iv.speaker.known },
    start: iv.start,
    end: iv.end,
    openEnd: iv.openEnd,
    clipIds: iv.clipIds,
    dissentingClipIds: iv.dissentingClipIds,
    conflicts: iv.conflicts,
    tags: iv.tags,
    notes: iv.notes,
    quotes: iv.quotes,
  };
}
