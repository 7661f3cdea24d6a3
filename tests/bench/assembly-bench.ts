// Prints how long the pure assembly takes on synthetic dialogues of growing size.
//   npm run bench:assembly
import { performance } from 'node:perf_hooks';
import { assemble } from '../../shared/assembly/assemble';
import { addClip, startAssembly } from '../../shared/assembly/incremental';
import type { SpeakerRef } from '../../shared/assembly/model';
import { syntheticClips } from './synthetic-clips';

const resolveSpeaker = (typed: string): SpeakerRef => ({ key: typed.trim().toLowerCase(), display: typed.trim(), entityId: null, known: true });

function time(fn: () => void, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const options = { recordingStartedAtEpoch: 1_700_000_000, resolveSpeaker };
console.log('clips\tfull assembly (median ms)\tadd one clip and re-assemble (median ms)');
for (const n of [1_000, 10_000, 100_000]) {
  const clips = syntheticClips(n);
  const state = startAssembly(clips, options);
  const extra = { ...clips[Math.floor(n / 2)]!, id: 'ffffffff-0000-4000-8000-000000000000', observerId: 'obs-new' };
  const full = time(() => assemble(clips, options), n >= 100_000 ? 3 : 10);
  const addOne = time(() => addClip(state, extra), 50);
  console.log(`${n}\t${full.toFixed(1)}\t${addOne.toFixed(1)}`);
}
