import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { simpleAssemble, speakerKey } from '../../shared/assembly/simple-assemble';
import type { AssemblyClip } from '../../shared/assembly/types';

const base = {
  kind: 'webcast' as const,
  clock: 'recording' as const,
  tags: [] as string[],
  note: '',
  quote: null,
  capturedAt: '2026-06-01T10:00:00Z',
};
const ctx = { recordingStartedAtEpoch: null };

function webcast(id: string, speaker: string, start: number, end: number | null, extra: Partial<AssemblyClip> = {}): AssemblyClip {
  return { ...base, id, speaker, start, end, ...extra };
}

describe('simpleAssemble', () => {
  it('merges overlapping clips of one speaker, whatever their spelling of case and spaces', () => {
    const out = simpleAssemble([webcast('b', 'France', 5, 20), webcast('a', ' france ', 0, 10)], ctx);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: 'a', start: 0, end: 20, clipIds: ['a', 'b'], speaker: 'France' });
  });

  it('keeps a second turn of the same speaker apart from the first', () => {
    const out = simpleAssemble(
      [webcast('a', 'Mexico', 0, 60), webcast('b', 'Chair', 60.5, 70), webcast('c', 'Mexico', 300, 360)],
      ctx,
    );
    expect(out.map((i) => [i.speaker, i.start, i.end])).toEqual([
      ['Mexico', 0, 60],
      ['Chair', 60.5, 70],
      ['Mexico', 300, 360],
    ]);
  });

  it('treats a clip without an end as a moment, not as lost', () => {
    const out = simpleAssemble([webcast('a', 'Peru', 42, null)], ctx);
    expect(out).toEqual([expect.objectContaining({ start: 42, end: 42, clipIds: ['a'] })]);
  });

  it('places wall-clock clips through the recording start, and leaves them undated without it', () => {
    const wall = webcast('w', 'Chile', 1_780_000_100, 1_780_000_160, { clock: 'wall' });
    expect(simpleAssemble([wall], { recordingStartedAtEpoch: 1_780_000_000 })[0]).toMatchObject({ start: 100, end: 160 });
    expect(simpleAssemble([wall], ctx)[0]).toMatchObject({ start: null, end: null, clipIds: ['w'] });
  });

  it('gathers page quotes of a speaker into one undated intervention after the timed ones', () => {
    const page = (id: string, quote: string): AssemblyClip => ({ ...base, kind: 'page', clock: null, start: null, end: null, id, speaker: 'UNODC', quote });
    const out = simpleAssemble([page('q2', 'second'), webcast('a', 'Chair', 0, 5), page('q1', 'first')], ctx);
    expect(out.map((i) => i.speaker)).toEqual(['Chair', 'UNODC']);
    expect(out[1]).toMatchObject({ start: null, quotes: ['first', 'second'], clipIds: ['q1', 'q2'] });
  });

  it('merges tags without duplicates and keeps every non-empty note', () => {
    const out = simpleAssemble(
      [webcast('a', 'Italy', 0, 10, { tags: ['victims', 'data'], note: 'first' }), webcast('b', 'Italy', 8, 12, { tags: ['data'], note: ' ' })],
      ctx,
    );
    expect(out[0]).toMatchObject({ tags: ['data', 'victims'], notes: ['first'] });
  });

  it('folds case and spaces in the speaker key', () => {
    expect(speakerKey('  United   States ')).toBe(speakerKey('united states'));
  });
});

// Clip generator: a handful of speakers and times on a small grid so overlaps are frequent.
const clipArb = fc.record({
  speaker: fc.constantFrom('France', 'france', 'Chair', 'Brazil ', 'UNODC'),
  start: fc.integer({ min: 0, max: 600 }),
  length: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
  kind: fc.constantFrom('webcast', 'webcast', 'webcast', 'page'),
});
const clipsArb = fc.uniqueArray(clipArb, { maxLength: 40 }).map((items) =>
  items.map((c, i): AssemblyClip => {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    return c.kind === 'page'
      ? { ...base, kind: 'page', clock: null, start: null, end: null, id, speaker: c.speaker, quote: `quote ${i}` }
      : webcast(id, c.speaker, c.start, c.length === null ? null : c.start + c.length);
  }),
);

describe('simpleAssemble laws', () => {
  test.prop([clipsArb])('loses no clip and counts none twice', (clips) => {
    const ids = simpleAssemble(clips, ctx).flatMap((i) => i.clipIds);
    expect([...ids].sort()).toEqual(clips.map((c) => c.id).sort());
  });

  test.prop([clipsArb.chain((clips) => fc.tuple(fc.constant(clips), fc.shuffledSubarray(clips, { minLength: clips.length, maxLength: clips.length })))])(
    'does not depend on the order of the clips',
    ([clips, shuffled]) => {
      expect(simpleAssemble(shuffled, ctx)).toEqual(simpleAssemble(clips, ctx));
    },
  );

  test.prop([clipsArb])('timed interventions come in order and one speaker never overlaps itself', (clips) => {
    const timed = simpleAssemble(clips, ctx).filter((i) => i.start !== null);
    for (let k = 1; k < timed.length; k++) expect(timed[k]!.start!).toBeGreaterThanOrEqual(timed[k - 1]!.start!);
    const bySpeaker = new Map<string, { start: number; end: number }[]>();
    for (const i of timed) {
      const key = speakerKey(i.speaker);
      const previous = bySpeaker.get(key) ?? [];
      for (const p of previous) expect(i.start! > p.end || i.end! < p.start).toBe(true);
      bySpeaker.set(key, [...previous, { start: i.start!, end: i.end! }]);
    }
  });

  test.prop([clipsArb])('every intervention covers each of its clips', (clips) => {
    const byId = new Map(clips.map((c) => [c.id, c]));
    for (const i of simpleAssemble(clips, ctx)) {
      for (const id of i.clipIds) {
        const clip = byId.get(id)!;
        if (i.start === null) continue;
        expect(clip.start!).toBeGreaterThanOrEqual(i.start);
        expect(clip.end ?? clip.start!).toBeLessThanOrEqual(i.end!);
      }
    }
  });
});
