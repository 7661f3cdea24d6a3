import type { PlayerTime } from '../../lib/protocol';

/** Videos in the document and in open shadow roots (some players render inside one). */
function allVideos(root: Document | ShadowRoot): HTMLVideoElement[] {
  const found = [...root.querySelectorAll('video')];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...allVideos(el.shadowRoot));
  }
  return found;
}

function score(v: HTMLVideoElement): number {
  const playing = !v.paused && !v.ended ? 4 : 0;
  const loaded = v.readyState > 0 ? 2 : 0;
  const area = v.clientWidth * v.clientHeight;
  return (playing + loaded) * 1e8 + Math.min(area, 1e8 - 1);
}

/** The best <video> of this frame: playing, then loaded, then largest. */
export function pickVideo(doc: Document): HTMLVideoElement | undefined {
  let best: HTMLVideoElement | undefined;
  for (const v of allVideos(doc)) if (!best || score(v) > score(best)) best = v;
  return best;
}

/**
 * What this frame has seen of a video's seekable end. A live window's end moves with the clock
 * (segment by segment); an archive's is fixed once its metadata is in. Kept per video and reset
 * when its source changes (a player that goes from the live stream to the archive).
 */
interface Sighting {
  src: string;
  end: number | null;
  /** How many times the end moved forward by at least a second. */
  growths: number;
  live: boolean;
}
const sightings = new WeakMap<HTMLVideoElement, Sighting>();

/** Two forward moves: one could be an archive's duration being corrected once. */
const GROWTHS_FOR_LIVE = 2;

function seekableEnd(v: HTMLVideoElement): number | null {
  const ranges = v.seekable;
  if (!ranges || ranges.length === 0) return null;
  const end = ranges.end(ranges.length - 1);
  return Number.isFinite(end) ? end : null;
}

function isMediaStream(source: unknown): boolean {
  return typeof MediaStream !== 'undefined' && source instanceof MediaStream;
}

/**
 * Notes the video's seekable end and says whether it is live: an infinite duration (HLS live,
 * a MediaStream), a MediaStream source, or a seekable end that keeps moving forward.
 */
export function observeVideo(v: HTMLVideoElement): boolean {
  const src = v.currentSrc || v.src || (v.srcObject ? 'stream' : '');
  let seen = sightings.get(v);
  if (!seen || seen.src !== src) {
    seen = { src, end: null, growths: 0, live: false };
    sightings.set(v, seen);
  }
  if (v.duration === Infinity || isMediaStream(v.srcObject)) seen.live = true;
  const end = seekableEnd(v);
  if (end !== null) {
    if (seen.end !== null && end >= seen.end + 1) seen.growths++;
    if (seen.end === null || end > seen.end) seen.end = end;
    if (seen.growths >= GROWTHS_FOR_LIVE) seen.live = true;
  }
  return seen.live;
}

const watched = new WeakSet<HTMLVideoElement>();

/** Keeps observing a video while it plays, so a moving live window is known before Start is pressed. */
export function watchVideo(v: HTMLVideoElement): void {
  if (watched.has(v)) return;
  watched.add(v);
  const look = () => void observeVideo(v);
  for (const event of ['loadedmetadata', 'durationchange', 'progress', 'timeupdate']) v.addEventListener(event, look);
  look();
}

/**
 * Watches the frame's videos from the start, and any that begins playing later (media events do
 * not bubble, but they pass the document in the capture phase). Returns the way to stop.
 */
export function watchVideos(doc: Document): () => void {
  for (const v of allVideos(doc)) watchVideo(v);
  const onPlay = (e: Event) => {
    if (e.target instanceof HTMLVideoElement) watchVideo(e.target);
  };
  doc.addEventListener('loadedmetadata', onPlay, true);
  doc.addEventListener('play', onPlay, true);
  return () => {
    doc.removeEventListener('loadedmetadata', onPlay, true);
    doc.removeEventListener('play', onPlay, true);
  };
}

export function readPlayerTime(v: HTMLVideoElement): PlayerTime {
  const live = observeVideo(v);
  // Messages travel as JSON, where Infinity and NaN become null anyway; say so explicitly. A live
  // stream's finite "duration" (a growing window) is no duration either.
  const duration = !live && Number.isFinite(v.duration) ? v.duration : null;
  return { currentTime: v.currentTime, duration, paused: v.paused, live };
}

/** Seeks to `seconds` once the video has metadata, then tries to play (autoplay may refuse). */
export async function seekVideo(v: HTMLVideoElement, seconds: number, waitMs = 8_000): Promise<PlayerTime> {
  const once = (event: string) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, waitMs);
      v.addEventListener(event, () => (clearTimeout(timer), resolve()), { once: true });
    });
  if (v.readyState < 1) await once('loadedmetadata');
  const seeked = once('seeked');
  v.currentTime = seconds;
  await seeked;
  await v.play().catch(() => undefined);
  return readPlayerTime(v);
}
