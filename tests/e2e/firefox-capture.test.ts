// The capture path in real Firefox ESR (WebDriver BiDi): configure the server on the options
// page, seek the fixture webcast, take Start/End in the side panel, fill the speaker, Save, and
// find the clip in the dialogue's record through the API; then the same with the video inside a
// cross-origin player iframe, as on UN Web TV's Kaltura embed.
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getRecord } from '../../scripts/lib/api.mjs';
import { setupFirefoxE2e, type FirefoxE2e } from './firefox';
import { eventually, interventionsOf, speakerName } from './helpers';

let ff: FirefoxE2e;

beforeAll(async () => {
  ff = await setupFirefoxE2e('capture');
});
afterEach(({ task }) => {
  if (task.result?.state === 'fail') ff?.dumpLogs();
});
afterAll(async () => {
  await ff?.close();
});

/** The form control labelled `label` (by <label for> or a wrapping <label>), like getByLabel. */
async function control(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  return eventually(
    async () => {
      const handle = await page.evaluateHandle((label) => {
        const found = [...document.querySelectorAll('label')].find((l) => (l.textContent ?? '').trim() === label);
        return (found?.control ?? null) as HTMLInputElement | null;
      }, label);
      const element = handle.asElement() as ElementHandle<HTMLInputElement> | null;
      if (!element) throw new Error(`no control labelled "${label}"`);
      return element;
    },
    { what: `the control labelled "${label}"` },
  );
}

async function fill(page: Page, label: string, value: string): Promise<void> {
  const input = await control(page, label);
  await input.evaluate((el) => {
    el.value = '';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await input.type(value);
}

async function button(page: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.evaluateHandle((name) => [...document.querySelectorAll('button')].find((b) => (b.textContent ?? '').trim() === name) ?? null, name);
  const element = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  if (!element) throw new Error(`no button "${name}"`);
  return element;
}

function seek(page: Page | Frame, seconds: number): Promise<number> {
  return page.evaluate(async (seconds) => {
    const video = document.querySelector('video')!;
    if (video.readyState < 1) await new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, { once: true }));
    video.pause();
    const seeked = new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
    video.currentTime = seconds;
    await seeked;
    return video.currentTime;
  }, seconds);
}

async function takeTime(panel: Page, which: 'Start' | 'End'): Promise<number> {
  const field = await control(panel, `${which} (s)`);
  await field.evaluate((el) => {
    el.value = '';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await (await button(panel, which)).click();
  return eventually(
    async () => {
      const value = Number.parseFloat(await field.evaluate((el) => el.value));
      if (!Number.isFinite(value)) throw new Error(`"${which} (s)" is empty`);
      return value;
    },
    { what: `"${which} (s)" to take the player's time` },
  );
}

/** Opens the side panel bound to the tab showing `url`, with our dialogue chosen. */
async function openPanelFor(url: string): Promise<Page> {
  const probe = await ff.openExtensionPage('options.html');
  // Without the `tabs` permission an extension page still sees the player tab's URL: we hold host access there.
  const tabId = await probe.evaluate(async (url) => {
    const tabs = await (globalThis as any).browser.tabs.query({});
    return tabs.find((t: { url?: string }) => t.url === url)?.id as number | undefined;
  }, url);
  await probe.close();
  expect(tabId).toBeTypeOf('number');
  const panel = await ff.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  const dialogue = await control(panel, 'Dialogue');
  await eventually(
    async () => {
      const values = await dialogue.evaluate((el) => [...(el as unknown as HTMLSelectElement).options].map((o) => o.value));
      if (!values.includes(ff.dialogue.id)) throw new Error(`options are ${JSON.stringify(values)}`);
    },
    { what: 'our dialogue in the Dialogue list' },
  );
  await dialogue.select(ff.dialogue.id);
  return panel;
}

async function waitForSpeakerIn(speaker: string) {
  return eventually(
    async () => {
      const record = await getRecord(ff.serverUrl, ff.token, ff.dialogue.id);
      if (interventionsOf(record, speaker).length === 0) throw new Error(`record has ${JSON.stringify(record.interventions.map(speakerName))}`);
      return record;
    },
    { timeout: 30_000, interval: 300, what: `an intervention of ${speaker} in the record` },
  );
}

describe('capturing a clip in Firefox ESR', () => {
  it('connects through the options page', async () => {
    const page = await ff.openExtensionPage('options.html');
    await fill(page, 'Server URL', ff.serverUrl);
    await fill(page, 'API token', ff.token);
    await (await button(page, 'Save and check')).click();
    const status = await eventually(
      async () => {
        const text = await page.$eval('[role="status"]', (el) => el.textContent ?? '');
        if (!text.includes('Connected')) throw new Error(`status says "${text}"`);
        return text;
      },
      { what: 'the options page to say "Connected"' },
    );
    expect(status).toContain(ff.team.name);
    await page.close();
  });

  it('clips the webcast <video> into the record', async () => {
    const player = await ff.browser.newPage();
    await player.goto(ff.fixtures.inlinePlayerUrl);
    expect(await seek(player, 12)).toBeCloseTo(12, 1);

    const bound = await openPanelFor(ff.fixtures.inlinePlayerUrl);

    expect(await takeTime(bound, 'Start')).toBeCloseTo(12, 1);
    await seek(player, 19);
    expect(await takeTime(bound, 'End')).toBeCloseTo(19, 1);
    await fill(bound, 'Speaker', 'Kenya');
    await fill(bound, 'Tags', 'tracing');
    await fill(bound, 'Note', 'Asked for help with marking.');
    await (await button(bound, 'Save')).click();

    const record = await waitForSpeakerIn('Kenya');
    const [kenya, ...more] = interventionsOf(record, 'Kenya');
    expect(more).toHaveLength(0);
    expect(kenya!.start).toBeCloseTo(12, 1);
    expect(kenya!.end).toBeCloseTo(19, 1);
    expect(kenya!.tags).toContain('tracing');
    expect(kenya!.notes).toContain('Asked for help with marking.');
    await eventually(
      async () => {
        const text = await bound.$eval('[data-testid="outbox-status"]', (el) => el.textContent ?? '');
        if (!text.includes('All sent')) throw new Error(`outbox status says "${text}"`);
      },
      { what: 'the outbox to say "All sent"' },
    );
  });
  it('clips the <video> inside a cross-origin player iframe', async () => {
    const player = await ff.browser.newPage();
    await player.goto(ff.fixtures.iframePlayerUrl);
    const frame = await eventually(
      async () => {
        const found = player.frames().find((f) => f.url().startsWith(ff.fixtures.playerOrigin));
        if (!found) throw new Error(`frames are ${JSON.stringify(player.frames().map((f) => f.url()))}`);
        return found;
      },
      { what: 'the player iframe' },
    );
    expect(await player.evaluate(() => document.querySelectorAll('video').length)).toBe(0);
    expect(await seek(frame, 3)).toBeCloseTo(3, 1);

    const panel = await openPanelFor(ff.fixtures.iframePlayerUrl);
    expect(await takeTime(panel, 'Start')).toBeCloseTo(3, 1);
    await seek(frame, 8);
    expect(await takeTime(panel, 'End')).toBeCloseTo(8, 1);
    await fill(panel, 'Speaker', 'Brazil');
    await (await button(panel, 'Save')).click();

    const [brazil] = interventionsOf(await waitForSpeakerIn('Brazil'), 'Brazil');
    expect(brazil!.start).toBeCloseTo(3, 1);
    expect(brazil!.end).toBeCloseTo(8, 1);
  });
});
