import type { ClipIn, OffsetEstimate, ResolveSpeaker } from './model';
import { compareStrings, epochSeconds, median, round1 } from './order';

/** Half-width of the window in which differences count as agreeing (late clicks differ by seconds). */
const AGREEMENT_S = 8;

interface Anchor {
  start: number;
  end: number | null;
}

/**
 * Estimates, for each observer who clipped on a live player's clock, the seconds to subtract to
 * reach the recording clock. Each live clip is paired with other observers' recording-clock clips
 * of the same speaker; the offset is where most of those differences agree. Mislabelled clips and
 * repeated speakers only add scattered differences, which the densest window ignores.
 */
export function estimateLiveOffsets(
  clips: readonly ClipIn[],
  resolve: ResolveSpeaker,
  recordingStartedAtEpoch: number | null,
  manual: Readonly<Record<string, number>> = {},
): Record<string, OffsetEstimate> {
  const anchors = new Map<string, Anchor[]>();
  const liveByObserver = new Map<string, ClipIn[]>();
  for (const clip of clips) {
    if (clip.kind !== 'webcast' || clip.start === null) continue;
    if (clip.clock === 'live') {
      liveByObserver.set(clip.observerId, [...(liveByObserver.get(clip.observerId) ?? []), clip]);
      continue;
    }
    const placed = toRecording(clip, recordingStartedAtEpoch);
    if (!placed) continue;
    const key = resolve(clip.speaker).key;
    const list = anchors.get(key) ?? [];
    list.push(placed);
    anchors.set(key, list);
  }

  const result: Record<string, OffsetEstimate> = {};
  for (const observerId of [...liveByObserver.keys()].sort(compareStrings)) {
    const own = liveByObserver.get(observerId)!;
    if (Object.hasOwn(manual, observerId)) {
      result[observerId] = { offset: manual[observerId]!, source: 'manual', support: own.length };
      continue;
    }
    result[observerId] =
      fromAnchors(own, anchors, resolve) ?? fromWallClock(own, recordingStartedAtEpoch) ?? { offset: 0, source: 'none', support: 0 };
  }
  return result;
}

function toRecording(clip: ClipIn, recordingStartedAtEpoch: number | null): Anchor | null {
  if (clip.clock === 'recording') return { start: clip.start!, end: clip.end };
  if (clip.clock === 'wall' && recordingStartedAtEpoch !== null) {
    return { start: clip.start! - recordingStartedAtEpoch, end: clip.end === null ? null : clip.end - recordingStartedAtEpoch };
  }
  return null;
}

function fromAnchors(own: readonly ClipIn[], anchors: Map<string, Anchor[]>, resolve: ResolveSpeaker): OffsetEstimate | null {
  const diffs: { d: number; clipId: string }[] = [];
  for (const clip of own) {
    for (const anchor of anchors.get(resolve(clip.speaker).key) ?? []) {
      diffs.push({ d: clip.start! - anchor.start, clipId: clip.id });
      if (clip.end !== null && anchor.end !== null) diffs.push({ d: clip.end - anchor.end, clipId: clip.id });
    }
  }
  if (diffs.length === 0) return null;
  diffs.sort((a, b) => a.d - b.d || compareStrings(a.clipId, b.clipId));

  // Densest window: the one holding the most distinct clips, then the tightest.
  let best: { from: number; to: number; clips: number; spread: number } | null = null;
  const inWindow = new Map<string, number>();
  let to = 0;
  for (let from = 0; from < diffs.length; from++) {
    while (to < diffs.length && diffs[to]!.d - diffs[from]!.d <= 2 * AGREEMENT_S) {
      inWindow.set(diffs[to]!.clipId, (inWindow.get(diffs[to]!.clipId) ?? 0) + 1);
      to++;
    }
    const spread = diffs[to - 1]!.d - diffs[from]!.d;
    if (!best || inWindow.size > best.clips || (inWindow.size === best.clips && spread < best.spread)) {
      best = { from, to, clips: inWindow.size, spread };
    }
    const leaving = diffs[from]!.clipId;
    const left = inWindow.get(leaving)! - 1;
    if (left === 0) inWindow.delete(leaving);
    else inWindow.set(leaving, left);
  }
  // One agreeing clip is not evidence when the observer made several.
  if (!best || (best.clips < 2 && own.length > 1)) return null;
  const offset = median(diffs.slice(best.from, best.to).map((x) => x.d));
  return { offset: round1(offset), source: 'estimated', support: best.clips };
}

/**
 * Fallback without anchors: the wall clock beside the player's time. Where the observer's client
 * sent the instants Start and End were pressed, each pairs exactly with its player time (the end
 * first: it is the later, steadier click). Otherwise the capture time stands in for the end mark,
 * which is later by however long the observer took to type and save.
 */
function fromWallClock(own: readonly ClipIn[], recordingStartedAtEpoch: number | null): OffsetEstimate | null {
  if (recordingStartedAtEpoch === null) return null;
  const onRecording = (iso: string) => epochSeconds(iso) - recordingStartedAtEpoch;
  const marked: number[] = [];
  const captured: number[] = [];
  for (const clip of own) {
    if (clip.end !== null && clip.markedEnd) marked.push(clip.end - onRecording(clip.markedEnd));
    else if (clip.markedStart) marked.push(clip.start! - onRecording(clip.markedStart));
    else captured.push((clip.end ?? clip.start!) - onRecording(clip.capturedAt));
  }
  const use = (diffs: number[], source: 'wall-marks' | 'capture-time') => {
    const finite = diffs.filter((d) => Number.isFinite(d));
    return finite.length === 0 ? null : { offset: round1(median(finite)), source, support: finite.length };
  };
  // Marks are seconds-exact; mixing in capture times would only pull the median late.
  return use(marked, 'wall-marks') ?? use(captured, 'capture-time');
}
