// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../extension/entrypoints/background/start';
import { findPlayerTab } from '../../extension/lib/player';
import { sendToBackground, type PlayerTime } from '../../extension/lib/protocol';
import { draftItem, EMPTY_DRAFT } from '../../extension/lib/storage';
import { stubBrowserGaps, until } from './helpers/fixtures';

const WEBCAST = 'https://webtv.un.org/en/asset/k1o/k1o7stmi6p';
const TIME: PlayerTime = { currentTime: 75.34, duration: 3600, paused: false, live: false };

let stop: (() => void) | undefined;
let gaps: ReturnType<typeof stubBrowserGaps>;

beforeEach(() => {
  fakeBrowser.reset();
  gaps = stubBrowserGaps();
});
afterEach(() => {
  stop?.();
  stop = undefined;
});


describe('player tab and time', () => {
  it('uses the tab given by ?tabId=, even when another tab is more recent', async () => {
    const chosen = await fakeBrowser.tabs.create({ url: WEBCAST });
    const other = await fakeBrowser.tabs.create({ url: 'https://www.unodc.org/' });
    await fakeBrowser.tabs.update(other.id!, { lastAccessed: 2000 } as never);
    expect((await findPlayerTab(chosen.id))?.id).toBe(chosen.id);
  });

  it('falls back to the most recently used http(s) tab', async () => {
    const older = await fakeBrowser.tabs.create({ url: WEBCAST });
    const newer = await fakeBrowser.tabs.create({ url: 'https://media.un.org/en/asset/k1x/k1xyz' });
    await fakeBrowser.tabs.create({ url: 'chrome-extension://test-extension-id/sidepanel.html' });
    await fakeBrowser.tabs.update(older.id!, { lastAccessed: 1000 } as never);
    await fakeBrowser.tabs.update(newer.id!, { lastAccessed: 2000 } as never);
    expect((await findPlayerTab())?.id).toBe(newer.id);
  });

  it('answers player:time with the frame answer and the tab URL', async () => {
    const tab = await fakeBrowser.tabs.create({ url: WEBCAST });
    gaps.sendMessage.mockImplementation(async (tabId, message) => {
      expect(tabId).toBe(tab.id);
      expect(message).toEqual({ type: 'player:time', payload: {} });
      return TIME;
    });
    stop = startBackground();
    expect(await sendToBackground('player:time', { tabId: tab.id })).toEqual({ ok: true, tabId: tab.id, url: WEBCAST, time: TIME });
  });

  it('says no video was found when no frame answers', async () => {
    const tab = await fakeBrowser.tabs.create({ url: WEBCAST });
    stop = startBackground();
    const res = await sendToBackground('player:time', { tabId: tab.id });
    expect(res).toMatchObject({ ok: false, reason: 'no-video' });
  });

  it('keyboard commands write the player time into the draft', async () => {
    const tab = await fakeBrowser.tabs.create({ url: WEBCAST });
    await draftItem.setValue({ ...EMPTY_DRAFT, speaker: 'Mexico' });
    gaps.sendMessage.mockResolvedValue(TIME);
    stop = startBackground();
    await gaps.onCommand.trigger('clip-start', tab);
    await until(async () => (await draftItem.getValue()).start !== '');
    expect(await draftItem.getValue()).toMatchObject({ start: '75.3', end: '', speaker: 'Mexico', url: WEBCAST, notice: null });

    gaps.sendMessage.mockResolvedValue({ ...TIME, currentTime: 130.06 });
    await gaps.onCommand.trigger('clip-end', tab);
    await until(async () => (await draftItem.getValue()).end !== '');
    expect((await draftItem.getValue()).end).toBe('130.1');

    gaps.sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    await gaps.onCommand.trigger('clip-end', tab);
    await until(async () => (await draftItem.getValue()).notice !== null);
    expect((await draftItem.getValue()).notice).toMatch(/No video player found/);
    expect((await draftItem.getValue()).end).toBe('130.1');
  });
});
