// The UI in other languages, in real Chromium with the built extension: the observer's language
// choice (the options' uiLanguage item) turns the side panel, the options and the review page into
// French or Arabic, Arabic right to left. Saves screenshots of each to look at.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../scripts/lib/api.mjs';
import { setupE2e, type E2e } from './harness';
import { configureExtension, eventually, fillClip, openSidePanel, screenshotPath, recordingClip } from './helpers';

let e2e: E2e;

const clip = (speaker: string, start: number, end: number, note: string) => recordingClip(e2e, speaker, start, end, note);

beforeAll(async () => {
  e2e = await setupE2e('i18n');
  const clips = [clip('Chair', 0, 4, 'Opened the dialogue.'), clip('France', 5, 11, 'Supports tracing.'), clip('Mexico', 6, 10, 'Asked about diversion.')];
  await api(e2e.serverUrl, '/clips', { method: 'POST', token: e2e.token, body: { clips } });
  await configureExtension(e2e);
});
afterEach(({ task }) => {
  if (task.result?.state === 'fail') e2e?.dumpLogs();
});
afterAll(async () => {
  await e2e?.close();
});

/** What the options' Language chooser saves (WXT keeps `local:uiLanguage` as `uiLanguage`). */
async function chooseLanguage(language: string): Promise<void> {
  const worker = await e2e.backgroundWorker();
  await worker.evaluate((language) => (globalThis as any).chrome.storage.local.set({ uiLanguage: language }), language);
}

async function documentLanguage(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

/** Elements whose content is cut off horizontally (wider than their box, and not meant to scroll). */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, label, h1, h2, legend, .badge, th')]
      .filter((el) => el.offsetParent !== null && !el.closest('.sr-only') && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto')
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`),
  );
}

describe('the UI in the observer’s language', () => {
  let panel: Page;

  it('shows the side panel in English, French and Arabic (right to left), with the draft kept', async () => {
    await chooseLanguage('en');
    panel = await openSidePanel(e2e);
    await fillClip(panel, { speaker: 'France', tags: 'marking, tracing', note: 'Supports a global tracing instrument.' });
    // The draft is kept in storage as it is typed; it comes back in every language.
    await eventually(async () => {
      const stored = await (await e2e.backgroundWorker()).evaluate(() => (globalThis as any).chrome.storage.local.get('draft'));
      if (!JSON.stringify(stored).includes('Supports a global tracing instrument.')) throw new Error('draft not saved yet');
    });
    expect(await documentLanguage(panel)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await panel.getByRole('button', { name: 'Save', exact: true }).count()).toBe(1);
    await panel.screenshot({ path: screenshotPath('sidepanel-en.png'), fullPage: true });

    // The open panel follows the choice at once, without a reload.
    await chooseLanguage('fr');
    await panel.getByRole('button', { name: 'Enregistrer', exact: true }).waitFor({ timeout: 15_000 });
    expect(await documentLanguage(panel)).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(await panel.locator('textarea, input').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))).toContain(
      'Supports a global tracing instrument.',
    );
    expect(await clipped(panel)).toEqual([]);
    await panel.screenshot({ path: screenshotPath('sidepanel-fr.png'), fullPage: true });

    // A reload keeps the choice.
    await chooseLanguage('ar');
    await panel.reload();
    await panel.getByRole('button', { name: 'حفظ', exact: true }).waitFor({ timeout: 15_000 });
    expect(await documentLanguage(panel)).toEqual({ lang: 'ar', dir: 'rtl' });
    // Mirrored: the page's start edge is on the right, so the heading sits right of the page's middle.
    const heading = await panel.locator('h1').first().boundingBox();
    expect(heading!.x + heading!.width).toBeGreaterThan(300);
    expect(await clipped(panel)).toEqual([]);
    await panel.screenshot({ path: screenshotPath('sidepanel-ar.png'), fullPage: true });
    await panel.close();
  });

  it('shows the options page in Arabic, right to left, and its chooser switches back at once', async () => {
    await chooseLanguage('ar');
    const page = await e2e.context.newPage();
    await page.setViewportSize({ width: 700, height: 700 });
    await page.goto(`chrome-extension://${e2e.extensionId}/options.html`);
    await page.getByRole('button', { name: 'حفظ وتحقق' }).waitFor({ timeout: 15_000 });
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.title()).toBe('UN Dialogue Capture: الإعدادات');
    // The server URL keeps its left-to-right address in a right-to-left page.
    expect(await page.getByLabel('عنوان URL للخادم').inputValue()).toBe(e2e.serverUrl);
    expect(await clipped(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('options-ar.png'), fullPage: true });

    await page.getByLabel('اللغة').selectOption('fr');
    await page.getByRole('button', { name: 'Enregistrer et vérifier' }).waitFor({ timeout: 10_000 });
    expect(await documentLanguage(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    await page.close();
  });

  it('shows the review page in Arabic, right to left', async () => {
    await chooseLanguage('ar');
    const page = await e2e.context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`chrome-extension://${e2e.extensionId}/review.html`);
    await page.getByRole('heading', { name: 'مراجعة الحوارات' }).waitFor({ timeout: 15_000 });
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.getByTestId('dialogue-row').first().waitFor({ timeout: 15_000 });
    expect(await page.getByRole('columnheader', { name: 'بحاجة إلى مراجعة' }).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('review-list-ar.png'), fullPage: true });

    await page.goto(`chrome-extension://${e2e.extensionId}/review.html?dialogue=${e2e.dialogue.id}`);
    await expect.poll(() => page.getByTestId('intervention').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    // The dialogue's title and the admin's actions arrive with the list and the team.
    await page.getByRole('heading', { level: 1, name: e2e.dialogue.title }).waitFor({ timeout: 15_000 });
    await page.getByTestId('intervention').first().getByRole('button', { name: 'اعتماد' }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('button', { name: /^تشغيل من/ }).count()).toBeGreaterThanOrEqual(2);
    // Times read left to right inside the right-to-left card.
    const times = page.getByTestId('intervention').first().locator('.times [dir="ltr"]');
    expect(await times.innerText()).toMatch(/^\d+:\d\d:\d\d–\d+:\d\d:\d\d$/);
    // The card's thick start border is on the right in Arabic.
    const border = await page
      .getByTestId('intervention')
      .first()
      .evaluate((el) => [getComputedStyle(el).borderRightWidth, getComputedStyle(el).borderLeftWidth]);
    expect(parseFloat(border[0]!)).toBeGreaterThan(parseFloat(border[1]!));
    expect(await clipped(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('review-ar.png'), fullPage: true });
    await page.close();
    await chooseLanguage('auto');
  });
});
