import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { assemble } from '../../shared/assembly/assemble';
import { addClip, startAssembly } from '../../shared/assembly/incremental';
import type { AssemblyOptions, ClipIn, SpeakerRef } from '../../shared/assembly/model';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
const resolveSpeaker = (typed: string): SpeakerRef => ({ key: fold(typed), display: typed.trim(), entityId: null, known: true });
const options: AssemblyOptions = { recordingStartedAtEpoch: 1_700_000_000, resolveSpeaker };

const uuid = (n: number, variant = '8000') => `00000000-0000-4000-${variant}-${n.toString(16).padStart(12, '0')}`;

const rawClip = fc.record({
  observer: fc.constantFrom('obs-1', 'obs-2', 'obs-3', 'obs-live'),
  speaker: fc.constantFrom('France', 'france ', 'Chair', 'Brazil', 'UNODC', 'Mystery NGO'),
  kind: fc.constantFrom('webcast', 'webcast', 'webcast', 'webcast', 'page'),
  clock: fc.constantFrom('recording', 'recording', 'recording', 'wall'),
  start: fc.integer({ min: 0, max: 3_000 }),
  length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null, freq: 6 }),
  capturedMinute: fc.integer({ min: 0, max: 90 }),
  tag: fc.constantFrom('victims', 'data', 'ngo-participation', null),
});

type RawClip = typeof rawClip extends fc.Arbitrary<infer T> ? T : never;

function toClip(r: RawClip, i: number, variant?: string): ClipIn {
  const capturedAt = new Date((1_700_000_000 + r.capturedMinute * 60) * 1000).toISOString();
  const common = { id: uuid(i, variant), observerId: r.observer, speaker: r.speaker, tags: r.tag ? [r.tag] : [], note: `note ${i}`, capturedAt };
  if (r.kind === 'page') return { ...common, kind: 'page', clock: null, start: null, end: null, quote: `quote ${i}` };
  // The live observer's player runs 500 s ahead of the recording.
  const clock = r.observer === 'obs-live' ? 'live' : r.clock;
  const shift = clock === 'live' ? 500 : clock === 'wall' ? 1_700_000_000 : 0;
  const end = r.length === null ? null : r.start + r.length + shift;
  // Some live clips carry the wall clock of their marks (newer clients), some do not.
  const marks =
    clock === 'live' && r.capturedMinute % 2 === 0
      ? { markedStart: new Date((1_700_000_000 + r.start) * 1000).toISOString(), markedEnd: end === null ? null : new Date((1_700_000_000 + end - shift) * 1000).toISOString() }
      : {};
  return { ...common, kind: 'webcast', clock: clock as ClipIn['clock'], start: r.start + shift, end, quote: null, ...marks };
}

const clipsArb = fc.array(rawClip, { maxLength: 60 }).map((rs) => rs.map((r, i) => toClip(r, i)));
const shuffledArb = clipsArb.chain((clips) => fc.tuple(fc.constant(clips), fc.shuffledSubarray(clips, { minLength: clips.length, maxLength: clips.length })));

describe('assembly laws', () => {
  test.prop([clipsArb])('every clip lands in exactly one intervention', (clips) => {
    const ids = assemble(clips, options).interventions.flatMap((i) => i.clipIds);
    expect([...ids].sort()).toEqual(clips.map((c) => c.id).sort());
  });

  test.prop([shuffledArb])('the order of the clips does not matter', ([clips, shuffled]) => {
    expect(assemble(shuffled, options)).toEqual(assemble(clips, options));
  });

  test.prop([clipsArb])('assembling again over its own record changes nothing', (clips) => {
    const first = assemble(clips, options);
    const again = assemble(clips, { ...options, previous: first.interventions });
    expect(again).toEqual(first);
  });

  test.prop([clipsArb, fc.array(rawClip, { minLength: 1, maxLength: 5 })])(
    'interventions keep their ids when new clips arrive, even clips whose ids sort first',
    (clips, extra) => {
      const before = assemble(clips, options).interventions;
      // Added clips get ids that sort before every existing one, so naming by smallest id would change.
      const added = extra.map((r, i) => toClip(r, i, '0000'));
      const after = assemble([...clips, ...added], { ...options, previous: before }).interventions;
      const afterOf = new Map(after.flatMap((iv) => iv.clipIds.map((id) => [id, iv] as const)));
      const beforeOf = new Map(before.flatMap((iv) => iv.clipIds.map((id) => [id, iv.id] as const)));
      for (const b of before) {
        const hosts = new Set(b.clipIds.map((id) => afterOf.get(id)!));
        if (hosts.size !== 1) continue;
        const host = [...hosts][0]!;
        const origins = new Set(host.clipIds.map((id) => beforeOf.get(id)).filter((x) => x !== undefined));
        if (origins.size === 1) expect(host.id).toBe(b.id);
      }
      expect(new Set(after.map((iv) => iv.id)).size).toBe(after.length);
    },
  );

  test.prop([clipsArb])('timed interventions are ordered, and each ends at or after its start', (clips) => {
    const timed = assemble(clips, options).interventions.filter((i) => i.start !== null);
    timed.forEach((iv, k) => {
      expect(iv.end!).toBeGreaterThanOrEqual(iv.start!);
      if (k > 0) expect(iv.start!).toBeGreaterThanOrEqual(timed[k - 1]!.start!);
    });
  });

  test.prop([clipsArb])('a dissenting clip is always listed in a speaker conflict of its intervention', (clips) => {
    for (const iv of assemble(clips, options).interventions) {
      const inConflicts = iv.conflicts.flatMap((c) => (c.kind === 'speaker' ? c.clipIds : []));
      expect([...inConflicts].sort()).toEqual(iv.dissentingClipIds);
    }
  });
});

/** Adds each extra clip incrementally and checks it against assembling everything again. */
function expectIncrementalEqualsFull(clips: ClipIn[], extra: RawClip[]): void {
  let state = startAssembly(clips, options);
  for (const [i, r] of extra.entries()) {
    const clip = toClip(r, i, '0000');
    const expected = assemble([...state.clips, clip], { ...options, previous: state.result.interventions });
    state = addClip(state, clip);
    expect(state.result).toEqual(expected);
  }
}

describe('incremental assembly', () => {
  test.prop([clipsArb, fc.array(rawClip, { minLength: 1, maxLength: 8 })])(
    'adding clips one by one gives the record a full re-assembly gives',
    expectIncrementalEqualsFull,
  );

  // Many clips in ten minutes: turns overlap, mislabels dispute, unmarked ends run on.
  const crowdedClip = rawClip.map((r) => ({ ...r, start: r.start % 600 }));
  const crowded = fc.array(crowdedClip, { maxLength: 40 }).map((rs) => rs.map((r, i) => toClip(r, i)));
  test.prop([crowded, fc.array(crowdedClip, { minLength: 1, maxLength: 10 })], { numRuns: 300 })(
    'equals a full re-assembly after every added clip on crowded stretches',
    expectIncrementalEqualsFull,
  );
});
