import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createApiClient } from '../../extension/lib/api-client';
import { formatClock, parseClock } from '../../extension/lib/clock';
import { openWebcastAt } from '../../extension/lib/player-open';
import { createReviewHandlers } from '../../extension/lib/review-service';
import type { Settings } from '../../extension/lib/storage';
import { assetId, deepLink, sameWebcast } from '../../extension/lib/webcast';
import { stubBrowserGaps } from './helpers/fixtures';
import { createReviewServer, intervention, ME } from './helpers/review-fixtures';

const SETTINGS: Settings = { serverUrl: 'http://127.0.0.1:8787', token: 'udc_review' };
const sender = {} as never;

describe('times and webcast addresses', () => {
  it('writes and reads h:mm:ss', () => {
    expect(formatClock(0)).toBe('0:00:00');
    expect(formatClock(3725.4)).toBe('1:02:05');
    expect(formatClock(75.46, { precise: true })).toBe('0:01:15.5');
    expect(formatClock(75, { precise: true })).toBe('0:01:15');
    expect(formatClock(null)).toBe('–');
    expect(parseClock('1:02:05')).toBe(3725);
    expect(parseClock('75.5')).toBe(75.5);
    expect(parseClock('1:15.5')).toBe(75.5);
    expect(parseClock('1:75')).toBeUndefined();
    expect(parseClock('soon')).toBeUndefined();
  });

  it('knows one UN Web TV asset under every language and host', () => {
    const en = 'https://webtv.un.org/en/asset/k1o/k1o7stmi6p';
    expect(assetId(en)).toBe('k1o7stmi6p');
    expect(sameWebcast('https://webtv.un.org/fr/asset/k1o/k1o7stmi6p?x=1#t=3', en)).toBe(true);
    expect(sameWebcast('https://media.un.org/ar/asset/k1o/k1o7stmi6p', en)).toBe(true);
    expect(sameWebcast('https://webtv.un.org/en/asset/k1p/k1pxxxxxxx', en)).toBe(false);
    expect(deepLink(en, 75.9)).toBe(`${en}#t=75`);
  });
});

describe('playing from a moment', () => {
  beforeEach(() => fakeBrowser.reset());

  it('seeks a tab that already shows the webcast, in another language', async () => {
    const gaps = stubBrowserGaps();
    gaps.sendMessage.mockImplementation(async () => ({ currentTime: 75, duration: 3600, paused: false, live: false }));
    const other = await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    const open = await fakeBrowser.tabs.create({ url: 'https://webtv.un.org/fr/asset/k1o/k1o7stmi6p' });
    const res = await openWebcastAt('https://webtv.un.org/en/asset/k1o/k1o7stmi6p', 75);
    expect(res).toEqual({ ok: true, tabId: open.id, reused: true, seeked: true });
    expect(gaps.sendMessage).toHaveBeenCalledWith(open.id, { type: 'player:seek', payload: { seconds: 75 } });
    expect(gaps.sendMessage).not.toHaveBeenCalledWith(other.id, expect.anything());
    expect((await fakeBrowser.tabs.query({})).length).toBe(3); // the default tab, and no new one
  });

  it('opens a new tab at the deep link and seeks once the player answers', async () => {
    const gaps = stubBrowserGaps();
    let calls = 0;
    gaps.sendMessage.mockImplementation(async () => {
      if (++calls < 3) throw new Error('Receiving end does not exist.');
      return { currentTime: 12, duration: 3600, paused: false, live: false };
    });
    const res = await openWebcastAt('https://webtv.un.org/en/asset/k1o/k1o7stmi6p', 12.7, { pollMs: 5 });
    expect(res).toMatchObject({ ok: true, reused: false, seeked: true });
    const tab = await fakeBrowser.tabs.get((res as { tabId: number }).tabId);
    expect(tab.url).toBe('https://webtv.un.org/en/asset/k1o/k1o7stmi6p#t=12');
    expect(calls).toBe(3);
  });

  it('gives up seeking after a while but leaves the page open', async () => {
    stubBrowserGaps();
    const res = await openWebcastAt('https://webtv.un.org/en/asset/k1o/k1o7stmi6p', 5, { pollMs: 5, loadTimeoutMs: 30 });
    expect(res).toMatchObject({ ok: true, reused: false, seeked: false });
    expect(await openWebcastAt('javascript:alert(1)', 5)).toMatchObject({ ok: false });
  });
});

describe('review messages in the background', () => {
  function handlers(settings: Settings = SETTINGS, server = createReviewServer([intervention()])) {
    return { server, h: createReviewHandlers(async () => ({ settings, client: createApiClient(settings, server.fetch) })) };
  }

  it('asks for a token before calling the server', async () => {
    const { server, h } = handlers({ ...SETTINGS, token: '' });
    expect(await h['review:dialogues']({}, sender)).toEqual({ ok: false, message: 'No API token yet: set one in the options.' });
    expect(await h['review:edit']({ interventionId: 'x', patch: { baseVersion: 1, summary: 's' } }, sender)).toMatchObject({ ok: false, kind: 'error' });
    expect(server.requests).toEqual([]);
  });

  it('gives the team without member names when the caller may not list members', async () => {
    const { h } = handlers();
    const res = await h['review:team']({}, sender);
    expect(res).toEqual({ ok: true, value: { me: { team: expect.any(Object), member: ME }, members: null } });
  });

  it('turns 409 into "stale" with the current state, and 400 into problems', async () => {
    const iv = intervention();
    const { server, h } = handlers(SETTINGS, createReviewServer([iv]));
    server.bumpBehindTheScenes(iv.id, { summary: 'newer' });
    const stale = await h['review:edit']({ interventionId: iv.id, patch: { baseVersion: 1, summary: 'mine' } }, sender);
    expect(stale).toMatchObject({ ok: false, kind: 'stale', current: { id: iv.id, version: 2, summary: 'newer' } });

    const invalid = await h['review:edit']({ interventionId: iv.id, patch: { baseVersion: 2, start: 30, end: 20 } }, sender);
    expect(invalid).toEqual({ ok: false, kind: 'invalid', message: 'Invalid intervention', problems: [{ path: 'end', message: 'must not be before start' }] });

    const missing = await h['review:revisions']({ interventionId: 'nope' }, sender);
    expect(missing).toMatchObject({ ok: false, status: 404, message: expect.stringMatching(/Not found \(404\)/) });
  });
});
