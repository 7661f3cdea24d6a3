import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { applyReview } from '../../shared/review/apply-review';
import { LOCKABLE_FIELDS, newClipIdsOf, type ClipFacts, type FreshIntervention, type InterventionStatus, type LockableField, type StoredIntervention } from '../../shared/review/model';
import type { RecordSpeaker } from '../../shared/schemas';

const speaker = (name: string): RecordSpeaker => ({ name, code: name.slice(0, 3).toUpperCase(), kind: 'state', known: true });
const clipId = (n: number) => `c${String(n).padStart(3, '0')}`;
const STATUSES: InterventionStatus[] = ['draft', 'needs-review', 'reviewed', 'approved', 'rejected'];

// One clip: where fresh assembly puts it, where the stored record had it (a reviewed intervention
// 0-3, a draft 4-5, or nowhere yet), and its own facts.
const clipArb = fc.record({
  start: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null, freq: 6 }),
  fresh: fc.integer({ min: 0, max: 5 }),
  dissent: fc.boolean(),
  stored: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  tag: fc.constantFrom('a', 'b', 'c'),
});
const heldArb = fc.record({
  status: fc.constantFrom(...STATUSES),
  locked: fc.subarray([...LOCKABLE_FIELDS]),
  speaker: fc.constantFrom('Reviewed Name', 'Chile', 'Peru'),
  start: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
  length: fc.integer({ min: 0, max: 200 }),
  summary: fc.string({ maxLength: 8 }),
  seenShare: fc.integer({ min: 0, max: 3 }),
  touched: fc.boolean(),
});
const freshArb = fc.record({
  speaker: fc.constantFrom('France', 'Chile', 'Peru'),
  start: fc.integer({ min: 0, max: 600 }),
  length: fc.integer({ min: 0, max: 200 }),
  openEnd: fc.boolean(),
  // Sometimes a fresh turn is named like a reviewed intervention; a draft must not take that id.
  idClash: fc.boolean(),
});

interface Case {
  fresh: FreshIntervention[];
  stored: StoredIntervention[];
  clips: Map<string, ClipFacts & { rank: number }>;
}

const caseArb = fc
  .record({
    clips: fc.array(clipArb, { maxLength: 40, size: 'medium' }),
    held: fc.array(heldArb, { minLength: 4, maxLength: 4 }),
    fresh: fc.array(freshArb, { minLength: 6, maxLength: 6 }),
    mergedAway: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 2 }),
  })
  .map(({ clips, held, fresh, mergedAway }): Case => {
    const facts = new Map(clips.map((c, n) => [clipId(n), { start: c.start, note: `note ${n}`, quote: null, tags: [c.tag], rank: n }]));
    const freshOut = fresh.flatMap((f, k): FreshIntervention[] => {
      const ids = clips.flatMap((c, n) => (c.fresh === k ? [clipId(n)] : []));
      if (ids.length === 0) return [];
      const dissent = ids.filter((_, i) => i > 0 && clips[Number(ids[i]!.slice(1))]!.dissent);
      return [
        {
          id: f.idClash && k < 4 ? `h${k}` : `f${k}`,
          speaker: speaker(f.speaker),
          start: f.start,
          end: f.start + f.length,
          openEnd: f.openEnd,
          clipIds: ids,
          dissentingClipIds: dissent,
          conflicts: dissent.length ? [{ kind: 'speaker', clipIds: dissent, speakers: ['Other'] }] : [],
          tags: [],
          notes: ids.map((id) => facts.get(id)!.note),
          quotes: [],
        },
      ];
    });
    const stored: StoredIntervention[] = [];
    for (let k = 0; k < 6; k++) {
      const ids = clips.flatMap((c, n) => (c.stored === k ? [clipId(n)] : []));
      const h = held[k % 4]!;
      const reviewed = k < 4;
      if (!reviewed && ids.length === 0) continue;
      stored.push({
        id: reviewed ? `h${k}` : `f${k}`,
        version: reviewed ? 3 : 1,
        status: reviewed ? h.status : 'draft',
        summary: reviewed ? h.summary : '',
        speaker: speaker(reviewed ? h.speaker : 'France'),
        start: h.start,
        end: h.start === null ? null : h.start + h.length,
        openEnd: false,
        tags: ['kept'],
        notes: [],
        quotes: [],
        conflicts: [],
        clipIds: ids,
        dissentingClipIds: [],
        locked: reviewed ? h.locked : [],
        seenClipIds: ids.slice(0, Math.ceil((ids.length * h.seenShare) / 3)),
        // Held through its status alone, or written by a reviewer.
        touched: reviewed && (h.touched || h.status === 'draft'),
        mergedInto: null,
        splitFrom: k === 1 && reviewed && h.touched ? 'h0' : null,
      });
    }
    // A reviewed intervention merged away: its clips went to the target, it holds none.
    for (const k of new Set(mergedAway)) {
      const row = stored.find((s) => s.id === `h${k}`)!;
      const target = stored.find((s) => s.id === `h${(k + 1) % 4}`)!;
      if (mergedAway.includes((k + 1) % 4)) continue;
      target.clipIds = [...target.clipIds, ...row.clipIds].sort();
      Object.assign(row, { clipIds: [], mergedInto: target.id, touched: true });
    }
    return { fresh: freshOut, stored, clips: facts };
  });

const held = (c: Case) => c.stored.filter((s) => s.touched || s.status !== 'draft' || s.mergedInto !== null);
const live = (c: Case) => held(c).filter((s) => s.mergedInto === null);
const allClipIds = (c: Case) => [...new Set([...c.fresh.flatMap((f) => f.clipIds), ...c.stored.flatMap((s) => s.clipIds)])].sort();

describe('applyReview laws', () => {
  test.prop([caseArb])('reviewer-locked fields keep the reviewer’s values whatever assembly produces', (c) => {
    const out = new Map(applyReview(c).rows.map((r) => [r.id, r]));
    for (const s of live(c)) {
      const row = out.get(s.id)!;
      const frozen: LockableField[] = s.status === 'approved' ? [...LOCKABLE_FIELDS] : [...s.locked, 'status', 'summary'];
      for (const field of frozen) expect(row[field], `${s.id}.${field}`).toEqual(s[field]);
    }
  });

  test.prop([caseArb])('every clip is in exactly one intervention, and reviewed ones lose none', (c) => {
    const { rows } = applyReview(c);
    const ids = rows.flatMap((r) => r.clipIds);
    expect(ids.toSorted()).toEqual(allClipIds(c));
    const out = new Map(rows.map((r) => [r.id, r]));
    for (const s of live(c)) expect(out.get(s.id)!.clipIds).toEqual(expect.arrayContaining(s.clipIds));
    for (const s of held(c).filter((h) => h.mergedInto !== null)) expect(out.has(s.id)).toBe(false);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i));
  });

  test.prop([caseArb])('applying it again to its own result changes nothing', (c) => {
    const first = applyReview(c);
    const merged = c.stored.filter((s) => s.mergedInto !== null);
    const again = applyReview({ ...c, stored: [...first.rows, ...merged] });
    expect(again.changed).toEqual([]);
    expect(again.rows).toEqual(first.rows);
  });

  test.prop([caseArb, fc.infiniteStream(fc.integer())])('the order of its inputs does not matter', (c, noise) => {
    const shuffle = <T>(xs: readonly T[]) => xs.map((x) => [noise.next().value, x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
    const shuffled = { fresh: shuffle(c.fresh), stored: shuffle(c.stored), clips: new Map(shuffle([...c.clips])) };
    expect(applyReview(shuffled)).toEqual(applyReview(c));
  });

  test.prop([caseArb])('clips attached to a reviewed intervention are new to it; a changed one is a revision', (c) => {
    const { rows, changed } = applyReview(c);
    const before = new Map(live(c).map((s) => [s.id, s]));
    for (const row of rows.filter((r) => before.has(r.id))) {
      const s = before.get(row.id)!;
      const added = row.clipIds.filter((id) => !s.clipIds.includes(id));
      expect(newClipIdsOf(row)).toEqual(expect.arrayContaining(added));
      const change = changed.find((x) => x.id === row.id);
      expect(row.version).toBe(change ? s.version + 1 : s.version);
      if (added.length > 0) expect(change?.changes.clipIds).toEqual({ from: s.clipIds, to: row.clipIds });
    }
    for (const row of rows.filter((r) => !before.has(r.id))) expect(newClipIdsOf(row)).toEqual([]);
  });
});

const facts = (starts: Record<string, number | null>) =>
  new Map(Object.entries(starts).map(([id, start], rank) => [id, { start, note: `n-${id}`, quote: null, tags: [`t-${id}`], rank }]));

function turn(id: string, clipIds: string[], over: Partial<FreshIntervention> = {}): FreshIntervention {
  return { id, speaker: speaker('France'), start: 0, end: 100, openEnd: false, clipIds, dissentingClipIds: [], conflicts: [], tags: [], notes: [], quotes: [], ...over };
}

function reviewed(id: string, clipIds: string[], over: Partial<StoredIntervention> = {}): StoredIntervention {
  return {
    ...turn(id, clipIds),
    tags: [],
    notes: [],
    quotes: [],
    conflicts: [],
    dissentingClipIds: [],
    clipIds,
    version: 2,
    status: 'reviewed',
    summary: '',
    locked: [],
    seenClipIds: clipIds,
    touched: true,
    mergedInto: null,
    splitFrom: null,
    ...over,
  };
}

describe('applyReview cases', () => {
  it('keeps an approved intervention whole, attaching the new clips of its turn as new', () => {
    const approved = reviewed('a', ['c1'], { status: 'approved', speaker: speaker('Belgium'), start: 5, end: 50, summary: 'S', tags: ['x'] });
    const fresh = [turn('a', ['c1', 'c2'], { start: 0, end: 90 }), turn('c3', ['c3'], { start: 200, end: 260 })];
    const { rows, changed } = applyReview({ fresh, stored: [approved], clips: facts({ c1: 10, c2: 30, c3: 200 }) });
    expect(rows.map((r) => [r.id, r.status, r.speaker.name, r.start, r.end, r.summary, r.tags, r.clipIds])).toEqual([
      ['a', 'approved', 'Belgium', 5, 50, 'S', ['x'], ['c1', 'c2']],
      ['c3', 'draft', 'France', 200, 260, '', [], ['c3']],
    ]);
    expect(newClipIdsOf(rows[0]!)).toEqual(['c2']);
    expect(rows[0]!.notes).toEqual(['n-c1', 'n-c2']);
    expect(changed).toEqual([{ id: 'a', fromVersion: 2, changes: expect.objectContaining({ clipIds: { from: ['c1'], to: ['c1', 'c2'] } }) }]);
  });

  it('lets unlocked fields of a reviewed intervention follow assembly, locked ones not', () => {
    const r = reviewed('a', ['c1'], { locked: ['start'], start: 3, end: 40, speaker: speaker('Peru') });
    const { rows } = applyReview({ fresh: [turn('a', ['c1'], { start: 0, end: 90, speaker: speaker('Chile') })], stored: [r], clips: facts({ c1: 0 }) });
    expect(rows[0]).toMatchObject({ start: 3, end: 90, speaker: { name: 'Chile' }, version: 3 });
  });

  it('keeps a split split: new clips of a turn over both halves go by their start', () => {
    const first = reviewed('a', ['c1'], { start: 0, end: 60, locked: ['start', 'end'] });
    const second = reviewed('b', ['c4'], { start: 60, end: 120, locked: ['start', 'end'], version: 1, splitFrom: 'a' });
    const fresh = [turn('a', ['c1', 'c2', 'c3', 'c4', 'c5'], { start: 0, end: 130 })];
    const { rows } = applyReview({ fresh, stored: [first, second], clips: facts({ c1: 0, c2: 59, c3: 60, c4: 70, c5: 125 }) });
    expect(rows.map((r) => [r.id, r.clipIds, newClipIdsOf(r)])).toEqual([
      ['a', ['c1', 'c2'], ['c2']],
      ['b', ['c3', 'c4', 'c5'], ['c3', 'c5']],
    ]);
  });

  it('keeps a merge merged, and a draft never takes a reviewed id', () => {
    const target = reviewed('a', ['c1', 'c2'], { start: 0, end: 80, locked: ['start', 'end'] });
    const gone = reviewed('b', [], { mergedInto: 'a', start: 40, end: 80 });
    const fresh = [turn('a', ['c1'], { end: 30 }), turn('b', ['c2', 'c3'], { start: 40, end: 80 }), turn('c9', ['c9'], { start: 300, end: 310 })];
    // Assembly named the last turn like the merged-away one.
    fresh[2]!.id = 'b';
    fresh[1]!.id = 'x';
    const { rows } = applyReview({ fresh, stored: [target, gone], clips: facts({ c1: 0, c2: 40, c3: 50, c9: 300 }) });
    expect(rows.map((r) => [r.id, r.clipIds])).toEqual([
      ['a', ['c1', 'c2', 'c3']],
      ['b~2', ['c9']],
    ]);
  });

  it('does not let a dissenting clip pull another speaker’s turn into a reviewed intervention', () => {
    const r = reviewed('a', ['c1', 'c2'], { status: 'approved', start: 0, end: 60 });
    const germany = turn('g', ['c2', 'c7', 'c8'], { speaker: speaker('Germany'), start: 30, end: 90, dissentingClipIds: ['c2'], conflicts: [{ kind: 'speaker', clipIds: ['c2'], speakers: ['France'] }] });
    const { rows } = applyReview({ fresh: [turn('a', ['c1'], { end: 30 }), germany], stored: [r], clips: facts({ c1: 0, c2: 35, c7: 30, c8: 40 }) });
    expect(rows.map((r) => [r.id, r.clipIds, r.conflicts])).toEqual([
      ['a', ['c1', 'c2'], []],
      ['g', ['c7', 'c8'], []],
    ]);
  });

  it('gives a draft a new version only when assembly changed it', () => {
    const before = { ...reviewed('d', ['c1'], { status: 'draft', touched: false, version: 4, locked: [], seenClipIds: [] }) };
    const same = applyReview({ fresh: [turn('d', ['c1'])], stored: [before], clips: facts({ c1: 0 }) });
    expect(same.rows[0]!.version).toBe(4);
    const moved = applyReview({ fresh: [turn('d', ['c1'], { end: 120 })], stored: [before], clips: facts({ c1: 0 }) });
    expect(moved.rows[0]).toMatchObject({ version: 5, end: 120 });
    expect(moved.changed).toEqual([]);
  });
});
