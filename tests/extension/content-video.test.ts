import { afterEach, describe, expect, it } from 'vitest';
import { observeVideo, pickVideo, readPlayerTime, watchVideos } from '../../extension/entrypoints/content/video';

interface Props {
  paused?: boolean;
  readyState?: number;
  width?: number;
  height?: number;
  currentTime?: number;
  duration?: number;
  /** [start, end] of the seekable window, or none. */
  seekable?: [number, number] | null;
  srcObject?: unknown;
  currentSrc?: string;
}

const ranges = (r: [number, number] | null | undefined) =>
  r ? { length: 1, start: () => r[0], end: () => r[1] } : { length: 0, start: () => 0, end: () => 0 };

/** A video whose media properties read `props` at each access, so a test can move them. */
function video(props: Props) {
  const v = document.createElement('video');
  Object.defineProperties(v, {
    seekable: { get: () => ranges(props.seekable) },
    srcObject: { get: () => props.srcObject ?? null },
    currentSrc: { get: () => props.currentSrc ?? '' },
    paused: { get: () => props.paused ?? true },
    ended: { get: () => false },
    readyState: { get: () => props.readyState ?? 0 },
    clientWidth: { get: () => props.width ?? 0 },
    clientHeight: { get: () => props.height ?? 0 },
    currentTime: { get: () => props.currentTime ?? 0 },
    duration: { get: () => props.duration ?? NaN },
  });
  document.body.appendChild(v);
  return v;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('content script video choice', () => {
  it('finds no video in a frame without one', () => {
    expect(pickVideo(document)).toBeUndefined();
  });

  it('prefers a playing video over a larger paused one, and a loaded one over an empty one', () => {
    video({ paused: true, readyState: 4, width: 1280, height: 720 });
    const playing = video({ paused: false, readyState: 4, width: 320, height: 180 });
    expect(pickVideo(document)).toBe(playing);
    document.body.replaceChildren();
    video({ readyState: 0, width: 1280, height: 720 });
    const loaded = video({ readyState: 1, width: 10, height: 10 });
    expect(pickVideo(document)).toBe(loaded);
  });

  it('finds a video inside an open shadow root', () => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    const inner = document.createElement('video');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(pickVideo(document)).toBe(inner);
  });

  it('reports the time, and a live stream by its infinite duration', () => {
    expect(readPlayerTime(video({ currentTime: 12.5, duration: 600, paused: false, readyState: 4 }))).toEqual({
      currentTime: 12.5,
      duration: 600,
      paused: false,
      live: false,
    });
    expect(readPlayerTime(video({ currentTime: 3, duration: Infinity }))).toMatchObject({ duration: null, live: true });
  });
});

describe('content script live detection', () => {
  it('takes a MediaStream source as live, even before its duration reads Infinity', () => {
    class FakeStream {}
    (globalThis as { MediaStream?: unknown }).MediaStream ??= FakeStream;
    const stream = new (globalThis as unknown as { MediaStream: new () => object }).MediaStream();
    expect(readPlayerTime(video({ currentTime: 4, duration: NaN, srcObject: stream }))).toMatchObject({ live: true, duration: null });
  });

  it('takes a seekable window whose end keeps moving as live, and says it has no duration', () => {
    const props: Props = { currentSrc: 'https://cdn.example/live.m3u8', currentTime: 30, duration: 36, seekable: [0, 36] };
    const v = video(props);
    expect(readPlayerTime(v)).toMatchObject({ live: false, duration: 36 });
    props.seekable = [6, 42];
    props.duration = 42;
    expect(observeVideo(v)).toBe(false); // one move could be an archive's duration being corrected
    props.seekable = [12, 48];
    props.duration = 48;
    expect(readPlayerTime(v)).toMatchObject({ live: true, duration: null, currentTime: 30 });
  });

  it('keeps an archive with a fixed seekable end on the recording clock, however often it is read', () => {
    const v = video({ currentSrc: 'https://cdn.example/archive.mp4', currentTime: 12, duration: 3600, seekable: [0, 3600] });
    for (let i = 0; i < 10; i++) expect(readPlayerTime(v).live).toBe(false);
  });

  it('forgets a live verdict when the player switches source (the live stream became the archive)', () => {
    const props: Props = { currentSrc: 'https://cdn.example/live.m3u8', duration: Infinity, seekable: [0, 10] };
    const v = video(props);
    expect(readPlayerTime(v).live).toBe(true);
    Object.assign(props, { currentSrc: 'https://cdn.example/archive.mp4', duration: 5400, seekable: [0, 5400] });
    expect(readPlayerTime(v)).toMatchObject({ live: false, duration: 5400 });
  });

  it('watches a video from its first events, so a moving window is known before Start is pressed', () => {
    const props: Props = { currentSrc: 'https://cdn.example/live.m3u8', duration: 20, seekable: [0, 20] };
    const v = video(props);
    const stop = watchVideos(document);
    for (const end of [26, 32]) {
      props.seekable = [0, end];
      v.dispatchEvent(new Event('progress'));
    }
    expect(readPlayerTime(v).live).toBe(true);
    stop();
  });
});
