// Prints how long the pure assembly takes on synthetic dialogues of growing size.
//   npm run bench:assembly
import { performance } from 'node:perf_hooks';
import { assemble } from '../../shared/assembly/assemble';
import { addClip, startAssembly } from '../../shared/assembly/incremental';
import type { ClipIn, SpeakerRef } from '../../shared/assembly/model';

const SPEAKERS = ['France', 'Brazil', 'Chair', 'UNODC', 'Japan', 'Mexico', 'Kenya', 'Italy', 'India', 'Egypt'];
const resolveSpeaker = (typed: string): SpeakerRef => ({ key: typed.trim().toLowerCase(), display: typed.trim(), entityId: null, known: true });

/** A deterministic dialogue: turns of 60-240 s, each clipped by about a third of the observers. */
export function syntheticClips(count: number, observers = 20): ClipIn[] {
  let seed = 42;
  const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const clips: ClipIn[] = [];
  let t = 0;
  let turn = 0;
  while (clips.length < count) {
    const length = 60 + Math.floor(rand() * 180);
    const speaker = SPEAKERS[turn % SPEAKERS.length]!;
    for (let o = 0; o < observers && clips.length < count; o++) {
      if (rand() > 0.33) continue;
      const start = t + rand() * 8;
      clips.push({
        id: `00000000-0000-4000-8000-${clips.length.toString(16).padStart(12, '0')}`,
        observerId: `obs-${o}`,
        kind: 'webcast',
        clock: 'recording',
        start,
        end: rand() < 0.1 ? null : t + length + rand() * 8 - 4,
        speaker,
        tags: [],
        note: '',
        quote: null,
        capturedAt: new Date((1_700_000_000 + t + length) * 1000).toISOString(),
      });
    }
    t += length + 5;
    turn++;
  }
  return clips;
}

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
