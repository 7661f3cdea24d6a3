import { describe, expect, it } from 'vitest';
import { visibleConflicts } from '../../shared/review/derive';
import { applyMerge, applyPatch, applyRestore, applySplit, snapshotOf } from '../../shared/review/edits';
import type { StoredIntervention } from '../../shared/review/model';

const speaker = (name: string) => ({ name, code: name.slice(0, 3).toUpperCase(), kind: 'state' as const, known: true });

function draft(id: string, over: Partial<StoredIntervention> = {}): StoredIntervention {
  return {
    id,
    version: 1,
    status: 'draft',
    summary: '',
    speaker: speaker('France'),
    start: 0,
    end: 100,
    openEnd: true,
    tags: ['a'],
    notes: [],
    quotes: [],
    conflicts: [],
    clipIds: ['c1', 'c2', 'c3'],
    dissentingClipIds: ['c3'],
    locked: [],
    seenClipIds: [],
    touched: false,
    mergedInto: null,
    splitFrom: null,
    ...over,
  };
}

const facts = new Map([
  ['c1', { start: 0, note: 'one', quote: null, tags: ['a'], rank: 0 }],
  ['c2', { start: 40, note: 'two', quote: 'q2', tags: ['b'], rank: 1 }],
  ['c3', { start: 70, note: 'three', quote: null, tags: ['c'], rank: 2 }],
  ['c4', { start: null, note: 'four', quote: 'q4', tags: ['d'], rank: 3 }],
]);

describe('applyPatch', () => {
  it('sets and locks what is given, marks every clip seen and goes one version up', () => {
    const result = applyPatch(draft('i'), { end: 90, summary: 'S', status: 'reviewed' });
    expect(result).toMatchObject({
      ok: true,
      next: { end: 90, openEnd: false, summary: 'S', status: 'reviewed', locked: ['end', 'summary', 'status'], version: 2, touched: true, seenClipIds: ['c1', 'c2', 'c3'] },
      changes: { end: { from: 100, to: 90 }, openEnd: { from: true, to: false }, summary: { from: '', to: 'S' }, status: { from: 'draft', to: 'reviewed' } },
    });
  });

  it('keeps earlier locks and refuses times out of order with the ones not given', () => {
    const locked = draft('i', { locked: ['speaker'] });
    expect(applyPatch(locked, { tags: ['x', 'x'] })).toMatchObject({ ok: true, next: { locked: ['speaker', 'tags'], tags: ['x'] } });
    expect(applyPatch(locked, { start: 120 })).toEqual({ ok: false, path: 'start', message: expect.any(String) });
    expect(applyPatch(draft('i', { start: 50 }), { end: 10 })).toEqual({ ok: false, path: 'end', message: expect.any(String) });
  });
});

describe('applySplit', () => {
  it('sends clips by their start, locks both halves’ times and keeps the summary with the first', () => {
    const result = applySplit(draft('i', { summary: 'S', locked: ['summary'] }), 40, 'j', facts);
    if (!result.ok) throw new Error(result.message);
    expect(result.first.next).toMatchObject({ id: 'i', start: 0, end: 40, clipIds: ['c1'], dissentingClipIds: [], notes: ['one'], summary: 'S', version: 2 });
    expect(result.first.next.locked).toEqual(['start', 'end', 'summary']);
    expect(result.second).toMatchObject({
      id: 'j',
      start: 40,
      end: 100,
      clipIds: ['c2', 'c3'],
      dissentingClipIds: ['c3'],
      notes: ['two', 'three'],
      quotes: ['q2'],
      tags: ['b'],
      summary: '',
      locked: ['start', 'end'],
      version: 1,
      splitFrom: 'i',
      seenClipIds: ['c2', 'c3'],
    });
  });

  it('refuses a point outside the span, and an undated intervention', () => {
    for (const at of [0, 100, 150, -3]) expect(applySplit(draft('i'), at, 'j', facts)).toMatchObject({ ok: false, path: 'at' });
    expect(applySplit(draft('i', { start: null, end: null }), 50, 'j', facts)).toMatchObject({ ok: false, path: 'at' });
  });
});

describe('applyMerge', () => {
  it('merges into the earlier one, which keeps its id and speaker; the other holds nothing and points at it', () => {
    const later = draft('b', { start: 120, end: 200, speaker: speaker('Chile'), clipIds: ['c4'], dissentingClipIds: [], summary: 'B', status: 'approved', version: 3, tags: ['d'] });
    const earlier = draft('a', { clipIds: ['c1', 'c2'], dissentingClipIds: [], summary: 'A', status: 'approved' });
    const { target, merged } = applyMerge(later, earlier, facts);
    expect(target.next).toMatchObject({
      id: 'a',
      speaker: { name: 'France' },
      start: 0,
      end: 200,
      clipIds: ['c1', 'c2', 'c4'],
      notes: ['one', 'two', 'four'],
      summary: 'A\n\nB',
      status: 'approved',
      tags: ['a', 'd'],
      locked: ['speaker', 'start', 'end'],
      version: 2,
    });
    expect(merged.next).toMatchObject({ id: 'b', mergedInto: 'a', clipIds: [], version: 4 });
    expect(merged.changes.mergedInto).toEqual({ from: null, to: 'a' });
    expect(applyMerge(earlier, draft('c', { start: 50, status: 'reviewed', clipIds: [] }), facts).target.next.status).toBe('needs-review');
  });
});

describe('applyRestore and visibleConflicts', () => {
  it("brings back a snapshot's fields and locks, but not its clips", () => {
    const old = draft('i', { summary: 'old', locked: ['summary'] });
    const now = applyPatch(old, { summary: 'new', speaker: speaker('Peru') });
    if (!now.ok) throw new Error();
    const grown = { ...now.next, clipIds: [...now.next.clipIds, 'c4'] };
    const { next, changes } = applyRestore(grown, snapshotOf(old));
    expect(next).toMatchObject({ summary: 'old', speaker: { name: 'France' }, locked: ['summary'], clipIds: ['c1', 'c2', 'c3', 'c4'], version: 3 });
    expect(Object.keys(changes).toSorted()).toEqual(['speaker', 'summary']);
  });

  it('hides a speaker conflict once the speaker is locked and its clips seen, and shows it again for an unseen clip', () => {
    const conflicts = [
      { kind: 'speaker' as const, clipIds: ['c3'], speakers: ['Germany'] },
      { kind: 'unplaced' as const, clipIds: ['c1'], reason: 'no recording start' },
    ];
    expect(visibleConflicts({ conflicts, locked: ['summary'], seenClipIds: ['c1', 'c3'] })).toEqual(conflicts);
    expect(visibleConflicts({ conflicts, locked: ['speaker'], seenClipIds: ['c1', 'c3'] })).toEqual([conflicts[1]]);
    expect(visibleConflicts({ conflicts, locked: ['speaker'], seenClipIds: ['c1'] })).toEqual(conflicts);
  });
});
