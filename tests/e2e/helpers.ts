// Steps the e2e tests share: wait for a condition, drive the fixture video, drive the extension's
// pages the way an observer would (by their labels), and read the record back through the API.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { ClipInput, DialogueRecord, Intervention, MyClip } from '../../shared/schemas';
import { api, getRecord } from '../../scripts/lib/api.mjs';
import { SCREENSHOT_DIR, type E2e } from './harness';

/** Retries `check` until it stops throwing; fails with its last error after `timeout` ms. */
export async function eventually<T>(check: () => Promise<T> | T, { timeout = 15_000, interval = 150, what = 'condition' } = {}): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError instanceof Error ? lastError.message : String(lastError);
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}: ${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Seeks the frame's <video> and resolves with its time once the seek is done. */
export function seekVideo(frame: Frame | Page, seconds: number, { play = false } = {}): Promise<number> {
  return frame.evaluate(
    async ({ seconds, play }) => {
      const video = document.querySelector('video');
      if (!video) throw new Error('no <video> in this frame');
      // HAVE_METADATA or more: seeking works now; otherwise wait for the metadata first.
      if (video.readyState < 1) await new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, { once: true }));
      if (!play) video.pause();
      const seeked = new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
      video.currentTime = seconds;
      await seeked;
      if (play) await video.play();
      return video.currentTime;
    },
    { seconds, play },
  );
}

export function videoTime(frame: Frame | Page): Promise<number> {
  return frame.evaluate(() => document.querySelector('video')!.currentTime);
}

/** The extension's tab id of the page at `url`, asked from its service worker. */
export async function tabIdOf(e2e: E2e, url: string): Promise<number> {
  const worker = await e2e.backgroundWorker();
  const id = await worker.evaluate(async (url) => {
    const tabs: { id?: number; url?: string }[] = await (globalThis as any).chrome.tabs.query({});
    // The newest tab (highest id) if the page is open more than once.
    return Math.max(-1, ...tabs.filter((tab) => tab.url === url).map((tab) => tab.id ?? -1));
  }, url);
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}

export async function badgeText(e2e: E2e): Promise<string> {
  const worker = await e2e.backgroundWorker();
  return worker.evaluate(() => (globalThis as any).chrome.action.getBadgeText({}));
}

/** Everything the extension keeps in storage.local, to look at its outbox. */
export async function extensionStorage(e2e: E2e): Promise<Record<string, unknown>> {
  const worker = await e2e.backgroundWorker();
  return worker.evaluate(() => (globalThis as any).chrome.storage.local.get(null));
}

export async function openPlayerPage(e2e: E2e, url: string): Promise<Page> {
  const page = await e2e.context.newPage();
  await page.goto(url);
  return page;
}

/** Fills the options page like an observer (or with `token`, as another member) and waits for the check's result. */
export async function configureExtension(e2e: E2e, { screenshot, token = e2e.token }: { screenshot?: string; token?: string } = {}): Promise<string> {
  const page = await e2e.context.newPage();
  await page.goto(`chrome-extension://${e2e.extensionId}/options.html`);
  await page.getByLabel('Server URL').fill(e2e.serverUrl);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Save and check' }).click();
  const status = page.getByRole('status');
  const text = await eventually(
    async () => {
      const text = (await status.textContent({ timeout: 1_000 })) ?? '';
      if (!text.includes('Connected')) throw new Error(`status says "${text}"`);
      return text;
    },
    { what: 'the options page to say "Connected"' },
  );
  if (screenshot) await page.screenshot({ path: path.join(SCREENSHOT_DIR, screenshot), fullPage: true });
  await page.close();
  return text;
}

/** Opens the side panel as a tab (bound to the player tab when given), with the dialogue chosen. */
export async function openSidePanel(e2e: E2e, playerTabId?: number): Promise<Page> {
  const panel = await e2e.context.newPage();
  // About the width Chromium gives a side panel, so the screenshots show what observers see.
  await panel.setViewportSize({ width: 400, height: 860 });
  const query = playerTabId === undefined ? '' : `?tabId=${playerTabId}`;
  await panel.goto(`chrome-extension://${e2e.extensionId}/sidepanel.html${query}`);
  const select = panel.getByLabel('Dialogue');
  // The dialogues arrive from the server; pick ours by its id (the option's value) or its title.
  const index = await eventually(
    async () => {
      const options = await select.locator('option').evaluateAll((els) =>
        els.map((el) => ({ value: (el as HTMLOptionElement).value, text: el.textContent ?? '' })),
      );
      const i = options.findIndex((o) => o.value === e2e.dialogue.id || o.text.includes(e2e.dialogue.title));
      if (i < 0) throw new Error(`options are ${JSON.stringify(options)}`);
      return i;
    },
    { what: `the dialogue "${e2e.dialogue.title}" in the Dialogue list` },
  );
  await select.selectOption({ index });
  return panel;
}

export function input(panel: Page, label: string): Locator {
  return panel.getByLabel(label, { exact: true });
}

export async function numberIn(locator: Locator): Promise<number> {
  return Number.parseFloat(await locator.inputValue());
}

/** Clicks "Start" or "End" and resolves with the seconds it put into "Start (s)" / "End (s)". */
export async function takePlayerTime(panel: Page, which: 'Start' | 'End'): Promise<number> {
  const field = input(panel, `${which} (s)`);
  await field.fill('');
  await panel.getByRole('button', { name: which, exact: true }).click();
  return eventually(
    async () => {
      const value = await numberIn(field);
      if (!Number.isFinite(value)) throw new Error(`"${which} (s)" holds "${await field.inputValue()}"`);
      return value;
    },
    { what: `"${which} (s)" to take the player's time` },
  );
}

export async function fillClip(panel: Page, clip: { speaker: string; tags: string; note: string }): Promise<void> {
  await input(panel, 'Speaker').fill(clip.speaker);
  await input(panel, 'Tags').fill(clip.tags);
  await input(panel, 'Note').fill(clip.note);
}

export async function outboxStatus(panel: Page): Promise<string> {
  return ((await panel.getByTestId('outbox-status').textContent({ timeout: 2_000 })) ?? '').trim();
}

export async function waitForOutbox(panel: Page, expected: string | RegExp, timeout = 20_000): Promise<string> {
  return eventually(
    async () => {
      const text = await outboxStatus(panel);
      const ok = typeof expected === 'string' ? text.includes(expected) : expected.test(text);
      if (!ok) throw new Error(`outbox status says "${text}"`);
      return text;
    },
    { timeout, what: `outbox status ${expected}` },
  );
}

/** The record names a speaker by an object ({ name, code, ... }); older records used a plain string. */
export function speakerName(intervention: Intervention): string {
  const speaker = intervention.speaker as unknown;
  return typeof speaker === 'string' ? speaker : (speaker as { name: string }).name;
}

export function interventionsOf(record: DialogueRecord, speaker: string): Intervention[] {
  return record.interventions.filter((i) => speakerName(i) === speaker);
}

/** Polls the dialogue's record until `speaker` has an intervention; resolves with the record. */
export async function waitForSpeaker(e2e: E2e, speaker: string, timeout = 30_000): Promise<DialogueRecord> {
  return eventually(
    async () => {
      const record = await getRecord(e2e.serverUrl, e2e.token, e2e.dialogue.id);
      if (interventionsOf(record, speaker).length === 0) {
        throw new Error(`record has ${JSON.stringify(record.interventions.map(speakerName))}`);
      }
      return record;
    },
    { timeout, interval: 300, what: `an intervention of ${speaker} in the record` },
  );
}

export const screenshotPath = (name: string) => path.join(SCREENSHOT_DIR, name);

/** A recording-clock clip of the e2e dialogue on the inline player page, as an observer's batch carries it. */
export function recordingClip(e2e: E2e, speaker: string, start: number, end: number, note: string): ClipInput {
  return {
    id: randomUUID(),
    kind: 'webcast',
    dialogueId: e2e.dialogue.id,
    clock: 'recording',
    start,
    end,
    speaker,
    tags: ['tracing'],
    note,
    channel: 'floor',
    capturedAt: '2026-06-03T13:05:00Z',
    url: e2e.fixtures.inlinePlayerUrl,
  };
}

const AXE_SOURCE: string = createRequire(import.meta.url)('axe-core').source;

/** axe-core's serious and critical violations on the page as it is now: each rule id with its targets. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Extension pages' CSP refuses inline <script> (addScriptTag); evaluate goes through DevTools.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => `${v.id}: ${v.nodes.map((n: any) => JSON.stringify(n.target)).join(' ')}`);
  });
}

/** Fails, naming `where`, if axe finds a serious or critical violation on the page. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  expect(await seriousViolations(page), where).toEqual([]);
}

/** The test author's clips in the e2e dialogue, as the server holds them. */
export async function myClips(e2e: E2e): Promise<MyClip[]> {
  return (await api(e2e.serverUrl, `/clips?dialogueId=${e2e.dialogue.id}`, { token: e2e.token })).clips;
}
