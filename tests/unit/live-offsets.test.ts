import { describe, expect, it } from 'vitest';
import { assemble } from '../../shared/assembly/assemble';
import { estimateLiveOffsets } from '../../shared/assembly/live-offsets';
import type { ClipIn, SpeakerRef } from '../../shared/assembly/model';

const resolve = (typed: string): SpeakerRef => ({ key: typed.trim().toLowerCase(), display: typed.trim(), entityId: null, known: true });
const REC = 1_783_000_000; // the recording's second 0, Unix seconds
const iso = (recordingSecond: number) => new Date((REC + recordingSecond) * 1000).toISOString();

// The live observer's player reads 500 s more than the recording at the same moment.
const AHEAD = 500;
let n = 0;
function liveClip(from: number, to: number | null, opts: { savedAfter?: number; marks?: boolean; speaker?: string } = {}): ClipIn {
  n++;
  const savedAfter = opts.savedAfter ?? 60;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    observerId: 'live-observer',
    kind: 'webcast',
    clock: 'live',
    start: from + AHEAD,
    end: to === null ? null : to + AHEAD,
    speaker: opts.speaker ?? 'France',
    tags: [],
    note: '',
    quote: null,
    // Saved a while after the end was pressed: typing the speaker, a tag, a note.
    capturedAt: iso((to ?? from) + savedAfter),
    ...(opts.marks === false ? {} : { markedStart: iso(from), markedEnd: to === null ? null : iso(to) }),
  };
}

describe('live offsets without another observer to anchor them', () => {
  it('the capture time alone is late by the time it took to save, and the estimate with it', () => {
    const clips = [liveClip(100, 160, { marks: false, savedAfter: 45 }), liveClip(300, 380, { marks: false, savedAfter: 70 })];
    const estimate = estimateLiveOffsets(clips, resolve, REC)['live-observer']!;
    expect(estimate.source).toBe('capture-time');
    expect(Math.abs(estimate.offset - AHEAD)).toBeGreaterThan(40);
  });

  it('the wall-clock marks give the offset to the second, however late the clip was saved', () => {
    const clips = [liveClip(100, 160, { savedAfter: 45 }), liveClip(300, 380, { savedAfter: 70 })];
    expect(estimateLiveOffsets(clips, resolve, REC)['live-observer']).toEqual({ offset: AHEAD, source: 'wall-marks', support: 2 });
  });

  it('uses the start mark of a clip with no end, and ignores unmarked clips once some are marked', () => {
    const clips = [liveClip(100, null, { savedAfter: 30 }), liveClip(300, 380, { marks: false, savedAfter: 200 })];
    expect(estimateLiveOffsets(clips, resolve, REC)['live-observer']).toEqual({ offset: AHEAD, source: 'wall-marks', support: 1 });
  });

  it('needs the recording start: without it there is nothing to pair the wall clock with', () => {
    expect(estimateLiveOffsets([liveClip(100, 160)], resolve, null)['live-observer']).toEqual({ offset: 0, source: 'none', support: 0 });
  });

  it('still prefers other observers’ recording-clock clips, and a reviewer’s offset over both', () => {
    const live = [liveClip(100, 160), liveClip(300, 380, { speaker: 'Chile' })];
    // Another observer's archive clips put the live player 490 s ahead; anchors win over marks.
    const anchors: ClipIn[] = [
      { ...live[0]!, id: 'a1', observerId: 'archive', clock: 'recording', start: 110, end: 170 },
      { ...live[1]!, id: 'a2', observerId: 'archive', clock: 'recording', start: 310, end: 390 },
    ];
    expect(estimateLiveOffsets([...live, ...anchors], resolve, REC)['live-observer']).toMatchObject({ offset: 490, source: 'estimated' });
    expect(estimateLiveOffsets(live, resolve, REC, { 'live-observer': 480 })['live-observer']).toMatchObject({ offset: 480, source: 'manual' });
  });

  it('places the live clip on the recording where it was spoken, through assembly', () => {
    const result = assemble([liveClip(1200, 1290, { savedAfter: 90 })], { recordingStartedAtEpoch: REC, resolveSpeaker: resolve });
    expect(result.interventions.map((i) => [i.start, i.end])).toEqual([[1200, 1290]]);
    const unmarked = assemble([liveClip(1200, 1290, { savedAfter: 90, marks: false })], { recordingStartedAtEpoch: REC, resolveSpeaker: resolve });
    // Without marks it lands 90 s late: the time the observer took to save.
    expect(unmarked.interventions[0]!.start).toBe(1290);
  });
});
