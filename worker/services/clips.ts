import { ClipInputSchema, type ClipInput, type ClipResult } from '../../shared/schemas';
import type { Db } from '../db/client';
import type { Caller } from '../env';
import { canonicalJson } from '../lib/canonical-json';
import { sha256Hex } from '../lib/crypto';
import { zodProblems } from '../lib/problems';
import { insertClips, type ClipRecord, type StoredState } from '../repositories/clips';

export interface Ingested {
  results: ClipResult[];
  /** The team's dialogues this batch touched whose record is older than their clips. */
  staleDialogueIds: string[];
}

/**
 * Validates each clip on its own and stores the valid ones in one atomic batch. Every input gets
 * a result at its index: `stored` (new, or an identical re-send), `conflict` (the id holds
 * something else) or `invalid` (with the offending field; nothing of it is written).
 */
export async function ingestClips(db: Db, caller: Caller, items: readonly unknown[]): Promise<Ingested> {
  const results: ClipResult[] = [];
  const stale = new Set<string>();
  const accepted: { index: number; record: ClipRecord & { contentHash: string } }[] = [];
  for (const [index, item] of items.entries()) {
    const parsed = ClipInputSchema.safeParse(item);
    if (!parsed.success) {
      results[index] = { index, id: rawId(item), status: 'invalid', problems: zodProblems(parsed.error) };
      continue;
    }
    const record = toRecord(parsed.data);
    // The hash covers the parsed clip (defaults filled in), so `tags: []` and no tags are one clip.
    accepted.push({ index, record: { ...record, contentHash: await sha256Hex(canonicalJson(record)) } });
  }
  if (accepted.length > 0) {
    const states = await insertClips(db, caller.team.id, caller.member.id, accepted.map((a) => a.record));
    accepted.forEach(({ index, record }, i) => {
      results[index] = decide(index, record, states[i]!, caller.team.id);
      if (states[i]!.dialogueIsTeams && states[i]!.dialogueIsStale) stale.add(record.dialogueId);
    });
  }
  return { results, staleDialogueIds: [...stale] };
}

function decide(index: number, record: ClipRecord & { contentHash: string }, state: StoredState, teamId: string): ClipResult {
  const { id } = record;
  if (!state.dialogueIsTeams) {
    return { index, id, status: 'invalid', problems: [{ path: 'dialogueId', message: 'is not a dialogue of your team' }] };
  }
  if (state.holder?.teamId === teamId && state.holder.contentHash === record.contentHash) {
    return { index, id, status: 'stored' };
  }
  return { index, id, status: 'conflict', problems: [{ path: 'id', message: 'a different clip is already stored under this id' }] };
}

function rawId(item: unknown): string | null {
  if (item === null || typeof item !== 'object' || !('id' in item)) return null;
  return typeof item.id === 'string' ? item.id.slice(0, 100) : null;
}

export function toRecord(clip: ClipInput): ClipRecord {
  const common = {
    id: clip.id,
    dialogueId: clip.dialogueId,
    kind: clip.kind,
    speaker: clip.speaker,
    tags: clip.tags,
    note: clip.note,
    channel: clip.channel,
    capturedAt: clip.capturedAt,
  };
  if (clip.kind === 'webcast') {
    return {
      ...common,
      clock: clip.clock,
      start: clip.start,
      end: clip.end,
      url: clip.url ?? null,
      ...(clip.markedAt ? { markedStart: clip.markedAt.start, markedEnd: clip.markedAt.end } : {}),
      quoteExact: null,
      quotePrefix: null,
      quoteSuffix: null,
      positionStart: null,
      positionEnd: null,
    };
  }
  return {
    ...common,
    clock: null,
    start: null,
    end: null,
    url: clip.url,
    quoteExact: clip.quote.exact,
    quotePrefix: clip.quote.prefix,
    quoteSuffix: clip.quote.suffix,
    positionStart: clip.position?.start ?? null,
    positionEnd: clip.position?.end ?? null,
  };
}
