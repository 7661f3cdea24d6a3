// The server is down when the observer saves: the clip waits in the outbox (also across a browser
// restart), and arrives exactly once when the server is back.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { api, getRecord } from '../../scripts/lib/api.mjs';
import { setupE2e, type E2e } from './harness';
import {
  badgeText,
  configureExtension,
  eventually,
  extensionStorage,
  fillClip,
  interventionsOf,
  openPlayerPage,
  openSidePanel,
  screenshotPath,
  seekVideo,
  takePlayerTime,
  tabIdOf,
  waitForOutbox,
  waitForSpeaker,
} from './helpers';
import type { Page } from 'playwright-core';

let e2e: E2e;

beforeAll(async () => {
  e2e = await setupE2e('offline');
  await configureExtension(e2e);
});
afterEach(({ task }) => {
  if (task.result?.state === 'fail') e2e?.dumpLogs();
});
afterAll(async () => {
  await e2e?.close();
});

/**
 * The observer opens the webcast and the side panel while the server is up (the panel loads the
 * dialogues), then the server goes down, then they capture and save a clip.
 */
async function captureWhileServerDown(speaker: string, from: number, to: number): Promise<{ player: Page; panel: Page }> {
  const player = await openPlayerPage(e2e, e2e.fixtures.inlinePlayerUrl);
  const panel = await openSidePanel(e2e, await tabIdOf(e2e, e2e.fixtures.inlinePlayerUrl));
  await e2e.stopWorker();
  await seekVideo(player, from);
  expect(await takePlayerTime(panel, 'Start')).toBeCloseTo(from, 1);
  await seekVideo(player, to);
  expect(await takePlayerTime(panel, 'End')).toBeCloseTo(to, 1);
  await fillClip(panel, { speaker, tags: 'offline', note: `${speaker} spoke while the server was down.` });
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  return { player, panel };
}

/** The extension's outbox entries, straight from storage.local. */
async function outboxEntries(): Promise<{ clip: { id: string }; state: string; attempts: number }[]> {
  // Only the outbox: recent sent clips are kept under their own key with the same entry shape.
  const { outbox } = await extensionStorage(e2e);
  return (Array.isArray(outbox) ? outbox : []).filter((entry: any) => typeof entry?.clip?.id === 'string');
}

async function outboxClips(): Promise<{ id: string }[]> {
  return (await outboxEntries()).map((entry) => entry.clip);
}

async function clipIdsInRecord(): Promise<string[]> {
  const record = await getRecord(e2e.serverUrl, e2e.token, e2e.dialogue.id);
  return record.interventions.flatMap((i) => i.clipIds);
}

describe('the outbox when the server is down', () => {
  it('keeps the clip, then delivers it exactly once when the server is back', async () => {
    const { player, panel } = await captureWhileServerDown('Brazil', 21, 25);

    await waitForOutbox(panel, '1 waiting');
    await eventually(async () => expect(await badgeText(e2e)).toBe('1'), { what: 'the badge to show 1' });
    const [waiting, ...others] = await outboxClips();
    expect(others).toHaveLength(0);
    // Sending by hand while the server is still down tries again, and loses nothing.
    const [before] = await outboxEntries();
    await panel.getByRole('button', { name: 'Send now' }).click();
    await eventually(
      async () => {
        const [entry, ...rest] = await outboxEntries();
        expect(rest).toHaveLength(0);
        expect(entry).toMatchObject({ clip: { id: waiting!.id }, state: 'waiting' });
        expect(entry!.attempts).toBeGreaterThan(before!.attempts);
      },
      { what: '"Send now" to try again and keep the clip' },
    );
    await waitForOutbox(panel, '1 waiting');
    await panel.screenshot({ path: screenshotPath('sidepanel-offline.png'), fullPage: true });

    await e2e.startWorker();
    await panel.getByRole('button', { name: 'Send now' }).click();
    await waitForOutbox(panel, 'All sent', 30_000);
    await eventually(async () => expect(await badgeText(e2e)).toBe(''), { what: 'the badge to clear' });

    const record = await waitForSpeaker(e2e, 'Brazil');
    const [brazil, ...more] = interventionsOf(record, 'Brazil');
    expect(more).toHaveLength(0);
    expect(brazil!.clipIds).toEqual([waiting!.id]);
    expect(brazil!.start).toBeCloseTo(21, 1);
    expect(brazil!.end).toBeCloseTo(25, 1);

    // Another flush, and a replay of the very same clip (as after a lost answer), add nothing.
    await panel.getByRole('button', { name: 'Send now' }).click();
    await waitForOutbox(panel, 'All sent');
    const replay = await api(e2e.serverUrl, '/clips', { method: 'POST', token: e2e.token, body: { clips: [waiting] } });
    expect(replay.results).toEqual([expect.objectContaining({ index: 0, id: waiting!.id, status: 'stored' })]);
    expect(await clipIdsInRecord()).toEqual([waiting!.id]);
    await panel.close();
    await player.close();
  });

  it('keeps a waiting clip across a browser restart', async () => {
    const { panel } = await captureWhileServerDown('Kenya', 26, 28);
    await waitForOutbox(panel, '1 waiting');
    const [waiting] = await outboxClips();

    await e2e.relaunchBrowser();
    const reopened = await openSidePanel(e2e);
    await waitForOutbox(reopened, '1 waiting');
    await eventually(async () => expect(await badgeText(e2e)).toBe('1'), { what: 'the badge to show 1 again' });
    expect((await outboxClips()).map((c) => c.id)).toEqual([waiting!.id]);

    await e2e.startWorker();
    await reopened.getByRole('button', { name: 'Send now' }).click();
    await waitForOutbox(reopened, 'All sent', 30_000);
    const record = await waitForSpeaker(e2e, 'Kenya');
    expect(interventionsOf(record, 'Kenya').flatMap((i) => i.clipIds)).toEqual([waiting!.id]);
    const ids = await clipIdsInRecord();
    expect(ids).toHaveLength(new Set(ids).size);
    expect(ids).toHaveLength(2);
  });
});
