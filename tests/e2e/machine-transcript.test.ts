// The UN's machine transcript in real Chromium with the built extension: the fixture server stands
// in for transcripts.un.org (the test-only local:transcriptTestOrigin, loopback only) and serves the
// recorded answer for the asset. Start on the webcast fills the speaker and note, marked machine-made;
// the clip reaches the record with the marker. Screenshots in English and Arabic.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupE2e, type E2e } from './harness';
import { configureExtension, eventually, input, interventionsOf, openPlayerPage, openSidePanel, screenshotPath, seekVideo, seriousViolations, takePlayerTime, tabIdOf, waitForSpeaker } from './helpers';

let e2e: E2e;
async function setStorage(values: Record<string, unknown>): Promise<void> {
  const worker = await e2e.backgroundWorker();
  await worker.evaluate((values) => (globalThis as any).chrome.storage.local.set(values), values);
}

beforeAll(async () => {
  e2e = await setupE2e('transcripts');
  await configureExtension(e2e);
  await setStorage({ transcriptTestOrigin: `http://127.0.0.1:${e2e.fixtures.port}`, uiLanguage: 'en' });
});
afterEach(({ task }) => {
  if (task.result?.state === 'fail') e2e?.dumpLogs();
});
afterAll(async () => {
  await e2e?.close();
});

describe('machine transcript suggestions', () => {
  it('fills the speaker and note at Start, shows they are machine-made, and the saved clip keeps the mark', async () => {
    const player = await openPlayerPage(e2e, e2e.fixtures.inlinePlayerUrl);
    expect(await seekVideo(player, 25)).toBeCloseTo(25, 1);
    const panel = await openSidePanel(e2e, await tabIdOf(e2e, e2e.fixtures.inlinePlayerUrl));
    expect(await takePlayerTime(panel, 'Start')).toBeCloseTo(25, 1);

    await eventually(async () => {
      const speaker = await input(panel, 'Speaker').inputValue();
      if (speaker !== 'Mexico') throw new Error(`Speaker holds "${speaker}"`);
    }, { what: 'the machine transcript to fill the speaker' });
    expect(await input(panel, 'Note').inputValue()).toMatch(/^\[Machine transcript\] Thank you, Co-Chair\. Mexico calls for more seats/);
    const box = panel.getByRole('region', { name: 'Machine transcript — not an official record' });
    expect(await box.isVisible()).toBe(true);
    await panel.screenshot({ path: screenshotPath('sidepanel-machine-transcript.png'), fullPage: true });
    expect(await seriousViolations(panel)).toEqual([]);

    await setStorage({ uiLanguage: 'ar' });
    await panel.reload();
    await panel.getByRole('region', { name: 'نص مُفرَّغ آليًا — ليس وثيقة رسمية' }).waitFor();
    expect(await panel.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await panel.screenshot({ path: screenshotPath('sidepanel-machine-transcript-ar.png'), fullPage: true });
    expect(await seriousViolations(panel)).toEqual([]);
    await setStorage({ uiLanguage: 'en' });
    await panel.reload();
    await eventually(() => panel.getByLabel('Dialogue').selectOption(e2e.dialogue.id, { timeout: 1_000 }), { what: 'the dialogue to be chosen again' });

    await seekVideo(player, 29);
    await takePlayerTime(panel, 'End');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    const record = await waitForSpeaker(e2e, 'Mexico');
    const [mexico] = interventionsOf(record, 'Mexico');
    expect(mexico!.start).toBeCloseTo(25, 1);
    expect(mexico!.notes.join('\n')).toMatch(/^\[Machine transcript\] Thank you, Co-Chair\./);
    await panel.close();
    await player.close();
  });
});
