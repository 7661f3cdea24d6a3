import { compareStrings } from '../assembly/order';
import { assembledView, compareByPlace, pickHost, restrictConflicts } from './derive';
import { diff } from './diff';
import {
  ASSEMBLED_FIELDS,
  isHeld,
  type AppliedReview,
  type AssembledChange,
  type FreshIntervention,
  type InterventionFields,
  type RecordRow,
  type ReviewInput,
  type StoredIntervention,
} from './model';

/** What assembly may change on a reviewed intervention; a change of any of them is a revision. */
const TRACKED = ['speaker', 'start', 'end', 'openEnd', 'tags', 'notes', 'quotes', 'conflicts', 'clipIds', 'dissentingClipIds'] as const;

const byId = (a: { id: string }, b: { id: string }) => compareStrings(a.id, b.id);

/**
 * Merges a fresh assembly with what reviewers have done, giving the record to store. Pure; the
 * input order does not matter, and applying it again to its own result changes nothing.
 *
 * - A draft (no reviewer has written it) is replaced by the assembly.
 * - A reviewed intervention keeps its clips. A fresh turn that holds one of its clips as a
 *   supporting clip brings its other new clips along; they are listed as new until a reviewer
 *   writes the intervention again. Its locked fields keep the reviewer's values, the others
 *   follow assembly; status and summary only ever change by a reviewer. An approved one is
 *   frozen whole: only its clip lists (and the notes, quotes and conflicts of those clips) grow.
 * - One merged away stays merged: its clips belong to the intervention it was merged into.
 * - A split stays split: a turn holding clips of both halves sends each new clip to the half
 *   whose span holds its start (see pickHost).
 */
export function applyReview(input: ReviewInput): AppliedReview {
  const stored = [...input.stored].sort(byId);
  // Assembly's ids are unique; the clip breaks a tie anyway, so the result never hangs on input order.
  const fresh = [...input.fresh].sort((a, b) => byId(a, b) || compareStrings(a.clipIds[0] ?? '', b.clipIds[0] ?? ''));
  const held = stored.filter(isHeld);
  const heldById = new Map(held.map((h) => [h.id, h]));
  const targetOf = mergeTargets(heldById);
  const live = held.filter((h) => targetOf(h) === h.id);
  const familyOf = splitFamilies(live, heldById, targetOf);

  // Who holds each clip: a reviewed intervention keeps every clip it has.
  const owner = new Map<string, string>();
  for (const h of held) for (const id of h.clipIds) if (!owner.has(id)) owner.set(id, targetOf(h));

  const turnOf = new Map<string, FreshIntervention>();
  const dissent = new Set<string>();
  for (const f of fresh) {
    for (const id of f.clipIds) if (!turnOf.has(id)) turnOf.set(id, f);
    for (const id of f.dissentingClipIds) dissent.add(id);
  }
  // A dissenting clip stays where it is without pulling its turn along: that turn is another speaker's.
  const anchored = new Map<string, FreshIntervention[]>();
  const drafts: FreshIntervention[] = [];
  for (const f of fresh) {
    const own = f.clipIds.filter((id) => turnOf.get(id) === f);
    const hosts = [...new Set(own.filter((id) => !dissent.has(id)).flatMap((id) => owner.get(id) ?? []))].sort(compareStrings);
    if (hosts.length === 0) {
      const free = own.filter((id) => !owner.has(id));
      if (free.length > 0) drafts.push(narrow(f, free));
      continue;
    }
    // The halves of a split share the turn's new clips even when one of them holds none of its clips.
    const family = [...new Set(hosts.flatMap((id) => familyOf(id)))].sort(compareStrings);
    const candidates = family.map((id) => {
      const h = heldById.get(id)!;
      return { id, start: h.start, end: h.end, shared: own.filter((c) => owner.get(c) === id).length };
    });
    for (const id of own) if (!owner.has(id)) owner.set(id, pickHost(input.clips.get(id)?.start ?? null, candidates));
  }

  // A turn anchors every reviewed intervention that now holds one of its supporting clips; those
  // turns are where its unlocked fields come from.
  for (const f of fresh) {
    const owners = new Set(f.clipIds.filter((id) => turnOf.get(id) === f && !dissent.has(id)).flatMap((id) => owner.get(id) ?? []));
    for (const host of owners) push(anchored, host, f);
  }

  const clipsOf = new Map<string, string[]>();
  for (const [clipId, host] of owner) push(clipsOf, host, clipId);

  const changed: AssembledChange[] = [];
  const rows: Omit<RecordRow, 'position'>[] = live.map((h) => {
    const clipIds = (clipsOf.get(h.id) ?? []).sort(compareStrings);
    const dissented = new Set(h.dissentingClipIds);
    const roles = new Set(clipIds.filter((id) => (turnOf.has(id) ? dissent.has(id) : dissented.has(id))));
    const view = assembledView(h, clipIds, anchored.get(h.id) ?? [], roles, input.clips);
    const frozen = new Set<string>(h.status === 'approved' ? ASSEMBLED_FIELDS : h.locked);
    const next: StoredIntervention = {
      ...h,
      ...view,
      speaker: frozen.has('speaker') ? h.speaker : view.speaker,
      start: frozen.has('start') ? h.start : view.start,
      end: frozen.has('end') ? h.end : view.end,
      openEnd: frozen.has('end') ? h.openEnd : view.openEnd,
      tags: frozen.has('tags') ? h.tags : view.tags,
      mergedInto: null,
    };
    const changes = diff<InterventionFields>(h, next, TRACKED);
    if (Object.keys(changes).length === 0) return h;
    changed.push({ id: h.id, fromVersion: h.version, changes });
    return { ...next, version: h.version + 1 };
  });

  rows.push(...namedDrafts(drafts, stored));
  rows.sort(compareByPlace);
  return { rows: rows.map((row, position) => ({ ...row, position })), changed: changed.sort(byId) };
}

/** The live intervention each reviewed one's clips belong to; a broken merge chain counts as none. */
function mergeTargets(heldById: ReadonlyMap<string, StoredIntervention>): (h: StoredIntervention) => string {
  return (h) => {
    let current = h;
    const seen = new Set([h.id]);
    while (current.mergedInto !== null) {
      const next = heldById.get(current.mergedInto);
      if (!next || seen.has(next.id)) return h.id;
      seen.add(next.id);
      current = next;
    }
    return current.id;
  };
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** The live interventions related to each by splits (following merges), itself included. */
function splitFamilies(
  live: readonly StoredIntervention[],
  heldById: ReadonlyMap<string, StoredIntervention>,
  targetOf: (h: StoredIntervention) => string,
): (id: string) => string[] {
  const parent = new Map(live.map((h) => [h.id, h.id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const h of live) {
    const from = h.splitFrom === null ? undefined : heldById.get(h.splitFrom);
    if (!from) continue;
    const [a, b] = [root(h.id), root(targetOf(from))];
    if (a !== b && parent.has(b)) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const members = new Map<string, string[]>();
  for (const h of live) members.set(root(h.id), [...(members.get(root(h.id)) ?? []), h.id]);
  return (id) => members.get(root(id)) ?? [id];
}

/** A turn with only some of its clips (the others are reviewed interventions'). */
function narrow(f: FreshIntervention, clipIds: string[]): FreshIntervention {
  if (clipIds.length === f.clipIds.length) return f;
  const kept = new Set(clipIds);
  return {
    ...f,
    clipIds,
    dissentingClipIds: f.dissentingClipIds.filter((id) => kept.has(id)),
    conflicts: restrictConflicts([f], kept),
  };
}

/**
 * Drafts as stored rows. A draft never takes a reviewed intervention's id (merged-away ones
 * included). It keeps its version while assembly leaves it as it was, and goes one up when
 * assembly changes it, so an edit based on what it was before is refused as stale.
 */
function namedDrafts(drafts: readonly FreshIntervention[], stored: readonly StoredIntervention[]): StoredIntervention[] {
  const taken = new Set(stored.filter(isHeld).map((s) => s.id));
  const previous = new Map(stored.filter((s) => !isHeld(s)).map((s) => [s.id, s]));
  const named: StoredIntervention[] = [];
  for (const f of drafts) {
    let id = f.id;
    for (let n = 2; taken.has(id); n++) id = `${f.id}~${n}`;
    taken.add(id);
    const row: StoredIntervention = {
      id,
      version: 1,
      status: 'draft',
      summary: '',
      speaker: f.speaker,
      start: f.start,
      end: f.end,
      openEnd: f.openEnd,
      tags: [...f.tags],
      notes: [...f.notes],
      quotes: [...f.quotes],
      conflicts: [...f.conflicts],
      clipIds: [...f.clipIds].sort(compareStrings),
      dissentingClipIds: [...f.dissentingClipIds].sort(compareStrings),
      locked: [],
      seenClipIds: [],
      touched: false,
      mergedInto: null,
      splitFrom: null,
    };
    const before = previous.get(id);
    if (before) row.version = Object.keys(diff<InterventionFields>(before, row, TRACKED)).length === 0 ? before.version : before.version + 1;
    named.push(row);
  }
  return named;
}
