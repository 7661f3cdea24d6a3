import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startQuotes } from './quotes';
import { pickVideo, readPlayerTime, seekVideo, watchVideo, watchVideos } from './video';

export default defineContentScript({
  matches: [
    'https://webtv.un.org/*',
    'https://media.un.org/*',
    'https://*.kaltura.com/*',
    'https://www.unodc.org/*',
    'http://localhost/*',
    'http://127.0.0.1/*',
  ],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const listener = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      const { type, payload } = (message ?? {}) as { type?: unknown; payload?: { seconds?: unknown } };
      if (type === 'player:seek') {
        const video = pickVideo(document);
        const seconds = payload?.seconds;
        if (!video || typeof seconds !== 'number' || !Number.isFinite(seconds)) return false;
        void seekVideo(video, seconds).then(sendResponse);
        return true;
      }
      if (type !== 'player:time') return false;
      const video = pickVideo(document);
      // Frames without a video stay silent so that the frame with the player answers.
      if (!video) return false;
      watchVideo(video);
      // The first answer wins: a frame whose video has no media yet (a placeholder) lets a real
      // player in another frame answer first.
      if (video.readyState > 0) sendResponse(readPlayerTime(video));
      else ctx.setTimeout(() => sendResponse(readPlayerTime(video)), 250);
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    // Watching from the start: a live window is only known by seeing its end move.
    const unwatch = watchVideos(document);
    startQuotes(ctx);
    ctx.onInvalidated(() => (browser.runtime.onMessage.removeListener(listener), unwatch()));
  },
});
