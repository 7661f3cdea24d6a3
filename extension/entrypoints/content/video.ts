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

export function readPlayerTime(v: HTMLVideoElement): PlayerTime {
  // Messages travel as JSON, where Infinity and NaN become null anyway; say so explicitly.
  const duration = Number.isFinite(v.duration) ? v.duration : null;
  return { currentTime: v.currentTime, duration, paused: v.paused, live: v.duration === Infinity };
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
