// A clip travels from a webcast page in real Chromium, through the side panel and the outbox, into
// the dialogue's record in D1, read back through the API.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupE2e, type E2e } from './harness';
import {
  configureExtension,
  fillClip,
  interventionsOf,
  openPlayerPage,
  openSidePanel,
  screenshotPath,
  seekVideo,
  speakerName,
  takePlayerTime,
  tabIdOf,
  videoTime,
  waitForOutbox,
  waitForSpeaker,
} from './helpers';

let e2e: E2e;

beforeAll(async () => {
  e2e = await setupE2e('capture');
});
afterEach(({ task }) => {
  if (task.result?.state === 'fail') e2e?.dumpLogs();
});
afterAll(async () => {
  await e2e?.close();
});

describe('capturing a clip from a UN Web TV page', () => {
  it('connects through the options page', async () => {
    const status = await configureExtension(e2e, { screenshot: 'options.png' });
    expect(status).toContain('Connected');
    expect(status).toContain(e2e.team.name);
  });

  it('clips the <video> in the page into the record', async () => {
    const player = await openPlayerPage(e2e, e2e.fixtures.inlinePlayerUrl);
    expect(await seekVideo(player, 12)).toBeCloseTo(12, 1);
    const panel = await openSidePanel(e2e, await tabIdOf(e2e, e2e.fixtures.inlinePlayerUrl));

    expect(await takePlayerTime(panel, 'Start')).toBeCloseTo(12, 1);
    await seekVideo(player, 19);
    expect(await takePlayerTime(panel, 'End')).toBeCloseTo(19, 1);
    await fillClip(panel, { speaker: 'France', tags: 'marking, tracing', note: 'Supports a global tracing instrument.' });
    await panel.screenshot({ path: screenshotPath('sidepanel-filled.png'), fullPage: true });
    await panel.getByRole('button', { name: 'Save', exact: true }).click();

    // Saving clears the form (the dialogue stays) and the outbox drains to the server.
    await expect.poll(() => panel.getByLabel('Speaker', { exact: true }).inputValue(), { timeout: 10_000 }).toBe('');
    expect(await panel.getByLabel('Dialogue').inputValue()).toBe(e2e.dialogue.id);
    const record = await waitForSpeaker(e2e, 'France');
    await waitForOutbox(panel, 'All sent');
    await panel.screenshot({ path: screenshotPath('sidepanel-sent.png'), fullPage: true });

    const [france, ...more] = interventionsOf(record, 'France');
    expect(more).toHaveLength(0);
    expect(france!.start).toBeCloseTo(12, 1);
    expect(france!.end).toBeCloseTo(19, 1);
    expect(france!.clipIds).toHaveLength(1);
    expect(france!.tags).toEqual(expect.arrayContaining(['marking', 'tracing']));
    expect(france!.notes).toContain('Supports a global tracing instrument.');
    await panel.close();
    await player.close();
  });

  it('clips the <video> inside a cross-origin player iframe', async () => {
    const player = await openPlayerPage(e2e, e2e.fixtures.iframePlayerUrl);
    expect(await player.locator('video').count()).toBe(0); // the top page has no video of its own
    const frame = await (async () => {
      const iframe = await player.locator('iframe#kaltura_player_ifp').elementHandle();
      return (await iframe!.contentFrame())!;
    })();
    expect(new URL(frame.url()).origin).toBe(e2e.fixtures.playerOrigin);
    await frame.waitForLoadState();

    await player.screenshot({ path: screenshotPath('fixture-iframe-player.png') });
    const panel = await openSidePanel(e2e, await tabIdOf(e2e, e2e.fixtures.iframePlayerUrl));
    // The video plays: the clip's start must lie between the times read just before and after.
    await seekVideo(frame, 4, { play: true });
    const before = await videoTime(frame);
    const start = await takePlayerTime(panel, 'Start');
    const after = await videoTime(frame);
    expect(start).toBeGreaterThanOrEqual(before - 0.06); // the panel shows one decimal
    expect(start).toBeLessThanOrEqual(after + 0.06);
    expect(start).toBeGreaterThan(3.9);

    await seekVideo(frame, 9.5);
    expect(await takePlayerTime(panel, 'End')).toBeCloseTo(9.5, 1);
    await fillClip(panel, { speaker: 'Mexico', tags: 'diversion', note: 'Asked about arms diversion.' });
    await panel.getByRole('button', { name: 'Save', exact: true }).click();

    const record = await waitForSpeaker(e2e, 'Mexico');
    await waitForOutbox(panel, 'All sent');
    const [mexico, ...more] = interventionsOf(record, 'Mexico');
    expect(more).toHaveLength(0);
    expect(mexico!.start).toBeCloseTo(start, 2);
    expect(mexico!.end).toBeCloseTo(9.5, 1);
    // The earlier clip is still there, and the record is in time order.
    expect(record.interventions.map(speakerName)).toEqual(['Mexico', 'France']);
    await panel.close();
    await player.close();
  });
});
