// Capturing without an archive player, in real Chromium against wrangler dev:
// (a) a live meeting, whose <video> plays a MediaStream: the panel says Live, the clip reaches the
//     server on the live clock with the wall clock of its marks, and once a reviewer sets the
//     observer's offset on the review page its intervention lands on the recording clock;
// (b) a meeting without a webcast: wall-clock mode, Start and End take the time of day, and once
//     an admin sets the dialogue's recording start the clip is placed at the right second.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Dialogue, DialogueRecord } from '../../shared/schemas';
import type { MyClip } from '../../shared/schemas/clip-edit';
import { api, createDialogue, getRecord } from '../../scripts/lib/api.mjs';
import { setupE2e, type E2e } from './harness';
import { configureExtension, eventually, fillClip, input, openPlayerPage, openSidePanel, screenshotPath, tabIdOf, videoTime } from './helpers';

let e2e: E2e;

beforeAll(async () => {
  e2e = await setupE2e('live-wall');
  await configureExtension(e2e);
});
afterEach(({ task }) => {
  if (task.result?.state === 'fail') e2e?.dumpLogs();
});
afterAll(async () => {
  await e2e?.close();
});

/** A dialogue of its own for each case, so the records do not mix. */
async function newDialogue(title: string, recordingStartedAt: string | null): Promise<Dialogue> {
  return createDialogue(e2e.serverUrl, e2e.token, { title, theme: 'firearms', date: '2026-06-03', recordingStartedAt });
}

async function myClips(dialogueId: string): Promise<MyClip[]> {
  return ((await api(e2e.serverUrl, `/clips?dialogueId=${dialogueId}`, { token: e2e.token })) as { clips: MyClip[] }).clips;
}

async function recordWith(dialogueId: string, check: (record: DialogueRecord) => void, what: string): Promise<DialogueRecord> {
  return eventually(
    async () => {
      const record = (await getRecord(e2e.serverUrl, e2e.token, dialogueId)) as DialogueRecord;
      check(record);
      return record;
    },
    { timeout: 30_000, interval: 300, what },
  );
}

async function clockBadge(panel: Page): Promise<string> {
  return ((await panel.getByTestId('clock-mode').textContent()) ?? '').trim();
}

async function openReviewPage(dialogueId: string): Promise<Page> {
  const page = await e2e.context.newPage();
  await page.goto(`chrome-extension://${e2e.extensionId}/review.html?dialogue=${dialogueId}`);
  await page.getByTestId('clock-settings').waitFor();
  return page;
}

describe('live and wall-clock capture', () => {
  it('(a) clips a live player on the live clock, and a reviewer’s offset puts it on the recording', async () => {
    // The recording began ten minutes ago: the wall clock of the marks already places the clip near 600 s.
    const startedMs = Date.now() - 600_000;
    const dialogue = await newDialogue('Constructive Dialogue on Firearms (live e2e)', new Date(startedMs).toISOString());
    const player = await openPlayerPage(e2e, e2e.fixtures.livePlayerUrl);
    await eventually(async () => expect(await videoTime(player)).toBeGreaterThan(0.5), { what: 'the live video to play' });
    expect(await player.evaluate(() => document.querySelector('video')!.duration)).toBe(Infinity);

    const panel = await openSidePanel({ ...e2e, dialogue }, await tabIdOf(e2e, e2e.fixtures.livePlayerUrl));
    await eventually(async () => expect(await clockBadge(panel)).toBe('Live'), { what: 'the panel to say Live' });
    expect(await panel.locator('.clock-mode .hint').textContent()).toBe('Times will be aligned to the recording.');

    await panel.getByRole('button', { name: 'Start', exact: true }).click();
    const start = await eventually(async () => {
      const v = Number.parseFloat(await input(panel, 'Start (s)').inputValue());
      expect(v).toBeGreaterThan(0);
      return v;
    }, { what: 'Start to take the live time' });
    await panel.waitForTimeout(1_500);
    await panel.getByRole('button', { name: 'End', exact: true }).click();
    const end = await eventually(async () => {
      const v = Number.parseFloat(await input(panel, 'End (s)').inputValue());
      expect(v).toBeGreaterThan(start);
      return v;
    }, { what: 'End to take the live time' });
    await fillClip(panel, { speaker: 'Chile', tags: 'marking', note: 'Spoke live.' });
    await panel.screenshot({ path: screenshotPath('sidepanel-live.png'), fullPage: true });
    await panel.getByRole('button', { name: 'Save', exact: true }).click();

    // On the server: the live clock, the player's seconds, and the wall clock of both marks.
    const [mine] = await eventually(async () => {
      const clips = await myClips(dialogue.id);
      expect(clips).toHaveLength(1);
      return clips;
    }, { timeout: 20_000, what: 'the clip on the server' });
    const clip = mine!.clip;
    expect(clip).toMatchObject({ kind: 'webcast', clock: 'live', speaker: 'Chile' });
    if (clip.kind !== 'webcast') throw new Error('not a webcast clip');
    expect(clip.start).toBeCloseTo(start, 1);
    expect(clip.end).toBeCloseTo(end, 1);
    const marks = clip.markedAt!;
    expect(Date.parse(marks.end!) - Date.parse(marks.start)).toBeGreaterThanOrEqual(1_400);
    expect(Math.abs(Date.parse(marks.start) - Date.now())).toBeLessThan(60_000);

    // Without other observers, the marks' wall clock estimates the offset: about 600 s into the recording.
    const estimated = await recordWith(dialogue.id, (r) => expect(r.interventions).toHaveLength(1), 'the live clip in the record');
    const memberId = Object.keys(estimated.offsets)[0]!;
    expect(estimated.offsets[memberId]!.source).toBe('wall-marks');
    const expectedStart = (Date.parse(marks.start) - startedMs) / 1000;
    // Within the time a message takes to reach the player (a loaded machine can add a second).
    expect(Math.abs(estimated.interventions[0]!.start! - expectedStart)).toBeLessThan(1.5);

    // A reviewer knows better (say the archive shows Chile at 1234 s) and sets the offset on the review page.
    const review = await openReviewPage(dialogue.id);
    const offsetInput = review.locator(`form.live-offset[data-member="${memberId}"] input`);
    await offsetInput.fill(String(Math.round((clip.start - 1234) * 10) / 10));
    await review.locator(`form.live-offset[data-member="${memberId}"]`).getByRole('button', { name: 'Set offset' }).click();
    await eventually(async () => expect(await review.getByTestId('review-live').textContent()).toContain('Offset saved'), { what: 'the offset to be saved' });
    const placed = await recordWith(
      dialogue.id,
      (r) => expect(r.interventions[0]!.start).toBeCloseTo(1234, 0),
      'the intervention at 1234 s on the recording clock',
    );
    expect(placed.offsets[memberId]).toMatchObject({ source: 'manual' });
    expect(placed.interventions[0]!.end).toBeCloseTo(1234 + (clip.end! - clip.start), 0);
    await eventually(async () => expect(await review.getByTestId('offset-now').textContent()).toContain('set by a reviewer'), {
      what: 'the review page to show the manual offset',
    });
    // The timeline shows it there once reloaded: 1234 s is 0:20:34.
    await review.getByRole('button', { name: 'Reload the record' }).click();
    await eventually(async () => expect(await review.locator('main').textContent()).toContain('0:20:34'), { what: 'the card at 0:20:34' });
    await review.screenshot({ path: screenshotPath('review-clock-settings.png'), fullPage: true });
    await review.close();
    await panel.close();
    await player.close();
  });

  it('(b) takes Start and End by the wall clock, and places the clip once the recording start is set', async () => {
    const dialogue = await newDialogue('Constructive Dialogue on Firearms (no webcast e2e)', null);
    const panel = await openSidePanel({ ...e2e, dialogue });
    await panel.getByLabel('The wall clock (no webcast)').check();
    await eventually(async () => expect(await clockBadge(panel)).toBe('Wall clock'), { what: 'the panel to say Wall clock' });
    await eventually(
      async () => expect(await panel.getByTestId('clock-recording-start').textContent()).toMatch(/no recording start time yet/),
      { what: 'the warning that the dialogue has no start time' },
    );

    await panel.getByRole('button', { name: 'Start', exact: true }).click();
    const startText = await eventually(async () => {
      const v = await input(panel, 'Start (clock)').inputValue();
      expect(v).toMatch(/^\d{2}:\d{2}:\d{2}$/);
      return v;
    }, { what: 'Start to take the time of day' });
    await panel.waitForTimeout(2_100);
    await panel.getByRole('button', { name: 'End', exact: true }).click();
    await eventually(async () => expect(await input(panel, 'End (clock)').inputValue()).toMatch(/^\d{2}:\d{2}:\d{2}$/), {
      what: 'End to take the time of day',
    });
    await fillClip(panel, { speaker: 'Peru', tags: 'stockpiles', note: 'In the room, no webcast.' });
    await panel.screenshot({ path: screenshotPath('sidepanel-wall.png'), fullPage: true });
    await panel.getByRole('button', { name: 'Save', exact: true }).click();

    const [mine] = await eventually(async () => {
      const clips = await myClips(dialogue.id);
      expect(clips).toHaveLength(1);
      return clips;
    }, { timeout: 20_000, what: 'the wall-clock clip on the server' });
    const clip = mine!.clip;
    if (clip.kind !== 'webcast') throw new Error('not a webcast clip');
    expect(clip.clock).toBe('wall');
    // Unix seconds of the time of day shown in the panel, today.
    expect(await panel.evaluate((s) => new Date(s * 1000).toTimeString().slice(0, 8), clip.start)).toBe(startText);
    expect(clip.end! - clip.start).toBeGreaterThanOrEqual(2);
    expect(Math.abs(clip.start - Date.now() / 1000)).toBeLessThan(120);
    // No recording start yet: the clip waits, unplaced.
    await recordWith(
      dialogue.id,
      (r) => expect(r.interventions.map((i) => [i.start, i.conflicts.map((c) => c.kind)])).toEqual([[null, ['unplaced']]]),
      'the clip waiting unplaced',
    );

    // The admin sets the recording's start on the review page: 5 minutes and 7 seconds before Start.
    const startedAt = (clip.start - 307) * 1000;
    const review = await openReviewPage(dialogue.id);
    const local = await review.evaluate((ms) => {
      const d = new Date(ms);
      const two = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
    }, startedAt);
    await review.getByLabel('Recording started at (your local time)').fill(local);
    await review.getByRole('button', { name: 'Save start time' }).click();
    await eventually(async () => expect(await review.getByTestId('review-live').textContent()).toContain('Start time saved'), { what: 'the start time to be saved' });

    const placed = await recordWith(dialogue.id, (r) => expect(r.interventions[0]?.start).toBe(307), 'the clip placed at 307 s');
    expect(placed.interventions[0]!.end).toBe(307 + (clip.end! - clip.start));
    await review.getByRole('button', { name: 'Reload the record' }).click();
    await eventually(async () => expect(await review.locator('main').textContent()).toContain('0:05:07'), { what: 'the card at 0:05:07' });
    await review.screenshot({ path: screenshotPath('review-wall-placed.png'), fullPage: true });
    // The panel now shows the start time instead of the warning (after the dialogue list reloads).
    await panel.reload();
    await eventually(async () => expect(await panel.getByTestId('clock-recording-start').textContent()).toMatch(/recording started at/), {
      what: 'the panel to show the recording start',
    });
    await panel.screenshot({ path: screenshotPath('sidepanel-wall-started.png'), fullPage: true });
    await review.close();
    await panel.close();
  });
});
