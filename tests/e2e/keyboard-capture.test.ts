// Keyboard-only capture of three statements in a row, in real Chromium against wrangler dev.
//
// What is driven by keys: everything in the side panel. Alt+N ("next speaker") on an empty draft
// starts the first clip at the player time and puts the focus in Speaker; typing there opens the
// suggestions (↓ and Enter take one); Tab moves on; each further Alt+N ends and saves the clip and
// starts the next one at the same second; Alt+E and Ctrl+Enter end and save the last one.
// What is not: the browser-wide shortcuts (Alt+Shift+S/E/D/N, the commands API) cannot be pressed
// by synthetic key events in headless Chromium. The panel's keys run the very same background
// handler (the `capture:command` message to lib/commands.ts, which the commands API listener also
// calls); that listener itself is covered by tests/extension/capture-commands.test.ts.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setupE2e, type E2e } from './harness';
import {
  configureExtension,
  eventually,
  input,
  interventionsOf,
  openPlayerPage,
  openSidePanel,
  screenshotPath,
  seekVideo,
  speakerName,
  tabIdOf,
  waitForOutbox,
  waitForSpeaker,
} from './helpers';

let e2e: E2e;

beforeAll(async () => {
  e2e = await setupE2e('keyboard');
  await configureExtension(e2e);
});
afterEach(({ task }) => {
  if (task.result?.state === 'fail') e2e?.dumpLogs();
});
afterAll(async () => {
  await e2e?.close();
});

async function focusedId(panel: Page): Promise<string> {
  return panel.evaluate(() => document.activeElement?.id ?? '');
}

/** Waits until the panel's Start field holds `seconds` (the background wrote the new draft). */
async function startIs(panel: Page, seconds: number): Promise<void> {
  await eventually(
    async () => {
      const value = Number.parseFloat(await input(panel, 'Start (s)').inputValue());
      if (Math.abs(value - seconds) > 0.15) throw new Error(`Start holds ${value}`);
    },
    { what: `Start at ${seconds} s` },
  );
}

describe('keyboard-only capture', () => {
  it('captures three statements in a row with the keyboard alone, into the record', async () => {
    const player = await openPlayerPage(e2e, e2e.fixtures.inlinePlayerUrl);
    const panel = await openSidePanel(e2e, await tabIdOf(e2e, e2e.fixtures.inlinePlayerUrl));
    await panel.bringToFront();
    const keys = panel.keyboard;

    // Statement 1: Mexico, found by its Russian name in the suggestions.
    await seekVideo(player, 3);
    await keys.press('Alt+KeyN');
    await startIs(panel, 3);
    await eventually(async () => expect(await focusedId(panel)).toBe('speaker'), { what: 'focus in Speaker' });
    await keys.type('Мекс');
    const mexico = panel.getByRole('option', { name: /^Mexico/ });
    await mexico.waitFor({ timeout: 10_000 }).catch(async (error: Error) => {
      // Say what the panel showed instead.
      const typed = await input(panel, 'Speaker').inputValue();
      const options = await panel.getByRole('option').allTextContents();
      await panel.screenshot({ path: screenshotPath('sidepanel-keyboard-failed.png'), fullPage: true });
      throw new Error(`${error.message}; Speaker holds "${typed}", focus on #${await focusedId(panel)}, options ${JSON.stringify(options.slice(0, 12))}`);
    });
    expect(await input(panel, 'Speaker').getAttribute('aria-expanded')).toBe('true');
    await panel.screenshot({ path: screenshotPath('sidepanel-speaker-suggestions.png'), fullPage: true });
    await keys.press('ArrowDown');
    await keys.press('Enter');
    expect(await input(panel, 'Speaker').inputValue()).toBe('Mexico');
    await keys.press('Tab');
    expect(await focusedId(panel)).toBe('tags');
    await keys.type('diversion');

    // Statement 2: Alt+N ends Mexico at 9 s, saves it, and starts France at 9 s.
    await seekVideo(player, 9);
    await keys.press('Alt+KeyN');
    await startIs(panel, 9);
    expect(await input(panel, 'Speaker').inputValue()).toBe('');
    await eventually(async () => expect(await focusedId(panel)).toBe('speaker'), { what: 'focus back in Speaker' });
    await keys.type('France');
    await keys.press('Escape'); // closes the suggestions; the typed name stays

    // Statement 3: Chile from 15 s, ended with Alt+E at 21 s and saved with Ctrl+Enter.
    await seekVideo(player, 15);
    await keys.press('Alt+KeyN');
    await startIs(panel, 15);
    await keys.type('Chile');
    await keys.press('Escape');
    await seekVideo(player, 21);
    await keys.press('Alt+KeyE');
    await eventually(async () => expect(Number.parseFloat(await input(panel, 'End (s)').inputValue())).toBeCloseTo(21, 1), { what: 'End at 21 s' });
    await keys.press('Control+Enter');
    await eventually(async () => expect(await input(panel, 'Speaker').inputValue()).toBe(''), { what: 'the form cleared after Ctrl+Enter' });

    await waitForSpeaker(e2e, 'Chile');
    const record = await waitForSpeaker(e2e, 'Mexico');
    await waitForOutbox(panel, 'All sent');
    await panel.screenshot({ path: screenshotPath('sidepanel-keyboard-sent.png'), fullPage: true });

    expect(record.interventions.map(speakerName)).toEqual(['Mexico', 'France', 'Chile']);
    const [mx] = interventionsOf(record, 'Mexico');
    const [fr] = interventionsOf(record, 'France');
    const [cl] = interventionsOf(record, 'Chile');
    // A statement ends when the next begins: one instant closes one clip and opens the next.
    expect([mx!.start, mx!.end]).toEqual([expect.closeTo(3, 1), expect.closeTo(9, 1)]);
    expect([fr!.start, fr!.end]).toEqual([expect.closeTo(9, 1), expect.closeTo(15, 1)]);
    expect([cl!.start, cl!.end]).toEqual([expect.closeTo(15, 1), expect.closeTo(21, 1)]);
    expect(mx!.tags).toEqual(['diversion']);
    for (const i of [mx!, fr!, cl!]) expect(i.clipIds).toHaveLength(1);
    await panel.close();
    await player.close();
  });
});
