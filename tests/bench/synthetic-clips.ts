import type { ClipIn } from '../../shared/assembly/model';

const SPEAKERS = ['France', 'Brazil', 'Chair', 'UNODC', 'Japan', 'Mexico', 'Kenya', 'Italy', 'India', 'Egypt'];

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
