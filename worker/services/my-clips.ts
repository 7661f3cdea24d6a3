import { clipLock } from '../../shared/review/clip-lock';
import { ClipInputSchema, applyClipPatch, type ClipInput, type ClipLock, type ClipPatch, type MyClip } from '../../shared/schemas';
import type { Db } from '../db/client';
import type { Caller } from '../env';
import { AppError, forbidden, invalid, notFound } from '../errors';
import { canonicalJson } from '../lib/canonical-json';
import { sha256Hex } from '../lib/crypto';
import { zodProblems } from '../lib/problems';
import { findTeamClip, listMemberClips, updateClip, type ClipRow, type Holder } from '../repositories/my-clips';
import { toRecord } from './clips';
import { getDialogue } from './dialogues';

const LOCK_MESSAGES: Record<ClipLock, string> = {
  reviewed: 'A reviewer has already reviewed the intervention holding this clip; it can no longer be edited',
  locked: 'A reviewer has already edited the intervention holding this clip; it can no longer be edited',
};

export const clipLocked = (lock: ClipLock) => new AppError(409, `clip_${lock}`, LOCK_MESSAGES[lock]);

// Two edits of one clip at the same moment: the loser re-reads and applies itself on top, a few times.
const MAX_ATTEMPTS = 3;

export interface EditedClip {
  clip: MyClip;
  /** The dialogue whose record must be assembled again; null when the edit changed nothing. */
  staleDialogueId: string | null;
}

/**
 * Applies an observer's edit to their own clip. Only its author may; another team's clip is not
 * found; a clip a reviewer has reviewed or edited is refused (409). The clip's content hash is
 * the one a re-send of the edited clip would have, so the outbox may still send it safely.
 */
export async function editMyClip(db: Db, caller: Caller, id: string, patch: ClipPatch): Promise<EditedClip> {
  for (let attempt = 1; ; attempt++) {
    const found = await findTeamClip(db, caller.team.id, id);
    if (!found) throw notFound('clip');
    const { row, holders } = found;
    if (row.memberId !== caller.member.id) throw forbidden('Only the observer who captured a clip may edit it');
    const lock = clipLock(holders);
    if (lock) throw clipLocked(lock);
    const edited = applyPatch(storedClip(row), patch);
    const record = toRecord(edited);
    // The hash a re-send of the edited clip gets at ingest, so the outbox may still send it.
    const contentHash = await sha256Hex(canonicalJson(record));
    // An edit that changes nothing writes nothing, and leaves the record as it is.
    if (contentHash === row.contentHash) return { clip: toMyClip(edited, holders), staleDialogueId: null };
    const written = await updateClip(db, { teamId: caller.team.id, memberId: caller.member.id, record, fromHash: row.contentHash, contentHash });
    if (written) return { clip: toMyClip(edited, holders), staleDialogueId: row.dialogueId };
    if (attempt >= MAX_ATTEMPTS) throw new AppError(409, 'clip_busy', 'The clip changed while this edit was being saved; try again');
  }
}

/** The caller's own clips in a dialogue of their team, each with where it stands in review. */
export async function listMyClips(db: Db, caller: Caller, dialogueId: string): Promise<MyClip[]> {
  await getDialogue(db, caller, dialogueId);
  const { rows, holders } = await listMemberClips(db, caller.team.id, caller.member.id, dialogueId);
  return rows.map((row) => toMyClip(storedClip(row), holders.filter((h) => h.clipId === row.id)));
}

function applyPatch(clip: ClipInput, patch: ClipPatch): ClipInput {
  if (clip.kind !== 'webcast') {
    const times = (['start', 'end'] as const).filter((f) => patch[f] !== undefined);
    if (times.length > 0) throw invalid(times.map((path) => ({ path, message: 'applies only to webcast clips' })));
  }
  // The edited clip is held to every rule of a new one (end not before start among them).
  const parsed = ClipInputSchema.safeParse(applyClipPatch(clip, patch));
  if (!parsed.success) throw invalid(zodProblems(parsed.error));
  return parsed.data;
}

function toMyClip(clip: ClipInput, holders: readonly Holder[]): MyClip {
  const lock = clipLock(holders);
  // The intervention the clip supports names it; a dissenting link only says it was outweighed.
  const main = holders.find((h) => h.role === 'support') ?? holders[0] ?? null;
  return { clip, interventionId: main?.interventionId ?? null, status: main?.status ?? null, editable: lock === null, lock };
}

/** A stored row as the clip that was sent: parsed as ingest parses it, so it hashes as it did then. */
export function storedClip(row: ClipRow): ClipInput {
  const common = {
    id: row.id,
    dialogueId: row.dialogueId,
    speaker: row.speaker,
    tags: row.tags,
    note: row.note,
    channel: row.channel,
    capturedAt: row.capturedAt,
  };
  // Wall-clock marks are optional columns: a clip sent without them has none.
  const marks = row as { markedStart?: string | null; markedEnd?: string | null };
  const clip =
    row.kind === 'webcast'
      ? {
          ...common,
          kind: 'webcast',
          clock: row.clock,
          start: row.start,
          end: row.end,
          ...(row.url !== null && { url: row.url }),
          ...(marks.markedStart && { markedAt: { start: marks.markedStart, end: marks.markedEnd ?? null } }),
        }
      : {
          ...common,
          kind: 'page',
          url: row.url,
          quote: { exact: row.quoteExact, prefix: row.quotePrefix ?? '', suffix: row.quoteSuffix ?? '' },
          ...(row.positionStart !== null && row.positionEnd !== null && { position: { start: row.positionStart, end: row.positionEnd } }),
        };
  return ClipInputSchema.parse(clip);
}
