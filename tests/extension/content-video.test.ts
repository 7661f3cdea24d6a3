import { afterEach, describe, expect, it } from 'vitest';
import { pickVideo, readPlayerTime } from '../../extension/entrypoints/content/video';

function video(props: { paused?: boolean; readyState?: number; width?: number; height?: number; currentTime?: number; duration?: number }) {
  const v = document.createElement('video');
  Object.defineProperties(v, {
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
