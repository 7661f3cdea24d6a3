import { expect, it } from 'vitest';
import { simpleAssemble } from '../../shared/assembly/simple-assemble';

it('merges overlapping clips of one speaker', () => {
  const base = { kind: 'webcast' as const, clock: 'recording' as const, tags: [], note: '', quote: null, capturedAt: '2026-01-01T00:00:00Z' };
  const out = simpleAssemble(
    [
      { ...base, id: 'b', start: 5, end: 20, speaker: 'France' },
      { ...base, id: 'a', start: 0, end: 10, speaker: 'france ' },
    ],
    { recordingStartedAtEpoch: null },
  );
  expect(out).toHaveLength(1);
  expect(out[0]).toMatchObject({ id: 'a', start: 0, end: 20, clipIds: ['a', 'b'] });
});
