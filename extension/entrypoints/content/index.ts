import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { pickVideo, readPlayerTime } from './video';

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
      if ((message as { type?: unknown } | null)?.type !== 'player:time') return false;
      const video = pickVideo(document);
      // Frames without a video stay silent so that the frame with the player answers.
      if (!video) return false;
      // The first answer wins: a frame whose video has no media yet (a placeholder) lets a real
      // player in another frame answer first.
      if (video.readyState > 0) sendResponse(readPlayerTime(video));
      else ctx.setTimeout(() => sendResponse(readPlayerTime(video)), 250);
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
