import { describe, expect, it } from 'vitest';
import { lastStructural, placeFor, type HistoryEntry } from '../../shared/review/undo';

const entry = (version: number, action: string, changes: HistoryEntry['changes'] = {}): HistoryEntry => ({ version, at: `t${version}`, action, changes });

describe('lastStructural', () => {
  it('finds the latest merge or split, skipping edits and assembly', () => {
    const history = [entry(4, 'edit'), entry(3, 'assembled'), entry(2, 'merge', { mergedFrom: { from: null, to: 'b' } }), entry(1, 'assembled')];
    expect(lastStructural('a', history)).toMatchObject({ kind: 'merge', gone: 'b', revision: { version: 2 } });
  });

  it('names the first half from a second half, and itself from a first half', () => {
    expect(lastStructural('s', [entry(1, 'split', { splitFrom: { from: null, to: 'k' } })])).toMatchObject({ kind: 'split', first: 'k' });
    expect(lastStructural('k', [entry(2, 'split', { splitAt: { from: null, to: 30 } }), entry(1, 'assembled')])).toMatchObject({ kind: 'split', first: 'k' });
  });

  it('lets each undo cancel the newest structural change left, so undos stack', () => {
    const history = [
      entry(6, 'undo-split'),
      entry(5, 'edit'),
      entry(4, 'split'),
      entry(3, 'merge', { mergedFrom: { from: null, to: 'b' } }),
      entry(2, 'split'),
      entry(1, 'assembled'),
    ];
    expect(lastStructural('a', history)).toMatchObject({ kind: 'merge', revision: { version: 3 } });
    expect(lastStructural('a', [entry(7, 'undo-merge'), ...history])).toMatchObject({ kind: 'split', revision: { version: 2 } });
    expect(lastStructural('a', [entry(8, 'undo-split'), entry(7, 'undo-merge'), ...history])).toEqual({ kind: 'none' });
  });

  it('has nothing to undo for a merged-away one or a history without structure', () => {
    expect(lastStructural('b', [entry(2, 'merge', { mergedInto: { from: null, to: 'a' } })])).toEqual({ kind: 'none' });
    expect(lastStructural('a', [entry(2, 'edit'), entry(1, 'assembled')])).toEqual({ kind: 'none' });
    expect(lastStructural('a', [])).toEqual({ kind: 'none' });
  });
});

describe('placeFor', () => {
  const live = [
    { id: 'fr', start: 0, end: 60, position: 0 },
    { id: 'pe', start: 200, end: 260, position: 3 },
    { id: 'cl', start: 100, end: 160, position: 1 },
  ];
  it('goes before the first one it sorts before, making room after the one before that', () => {
    expect(placeFor({ id: 'x', start: 150, end: 170 }, live)).toEqual({ position: 3, shiftAfter: 2 });
    expect(placeFor({ id: 'x', start: 0, end: 10 }, live)).toEqual({ position: 0, shiftAfter: -1 });
  });
  it('goes last after every one, and undated ones go last', () => {
    expect(placeFor({ id: 'x', start: 300, end: 310 }, live)).toEqual({ position: 4, shiftAfter: null });
    expect(placeFor({ id: 'x', start: null, end: null }, live)).toEqual({ position: 4, shiftAfter: null });
    expect(placeFor({ id: 'x', start: 5, end: 6 }, [])).toEqual({ position: 0, shiftAfter: null });
  });
});
