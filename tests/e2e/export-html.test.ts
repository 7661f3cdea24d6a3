/**
 * The HTML summary as a reader gets it: opened from a file in real Chromium, it loads nothing, runs
 * nothing, logs no error, passes axe-core, and is screenshotted on screen and in print.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderExport } from '../../shared/export';
import { goldenInput } from '../unit/__golden__/export/dialogue.fixture';
import { hostileInput } from '../unit/__golden__/export/hostile.fixture';

const SCREENSHOTS = path.join(import.meta.dirname, 'screenshots');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('HTML export in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let fileUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'export-html-'));
    const file = path.join(dir, 'summary.html');
    writeFileSync(file, renderExport('html', goldenInput('all')).body);
    fileUrl = pathToFileURL(file).href;
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads nothing, logs no error, and shows the record on screen and in print', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => { if (r.url() !== fileUrl) requests.push(r.url()); });
    await page.goto(fileUrl, { waitUntil: 'load' });

    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Constructive Dialogue on Firearms');
    expect(await page.locator('article').count()).toBe(7);
    expect(await page.locator('article.not-approved .status').allTextContents()).toEqual(['Draft', 'Needs review']);
    const moment = page.locator('#intervention-2 .meta a');
    expect(await moment.getAttribute('href')).toBe('https://webtv.un.org/en/asset/k1o/k1o7stmi6p#t=230');
    expect(await moment.textContent()).toBe('0:03:50–0:08:18');
    expect(await page.locator('#intervention-2').textContent()).toContain('The representative of Portugal, speaking on behalf of the European Union, said:');
    expect(await page.locator('.tag-index a').first().getAttribute('href')).toBe('#intervention-4');
    // In-page links work without scripts.
    await page.locator('.tag-index a', { hasText: '6' }).click();
    expect(await page.evaluate(() => location.hash)).toBe('#intervention-6');
    await page.evaluate(() => window.scrollTo(0, 0));

    await page.screenshot({ path: path.join(SCREENSHOTS, 'export-summary.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    // Print hides link colours; the status stays visible as a bordered badge.
    expect(await page.locator('.status').first().evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'export-summary-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    expect(errors).toEqual([]);
    expect(requests).toEqual([]);

    // Checked last: injecting axe is our script, not the page's.
    await page.addScriptTag({ content: readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
      const result = await axe.run();
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('shows hostile text as text: nothing runs, Arabic reads right to left, long text wraps', async () => {
    const file = path.join(dir, 'hostile.html');
    writeFileSync(file, renderExport('html', hostileInput()).body);
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('request', (r) => { if (r.url() !== pathToFileURL(file).href) requests.push(r.url()); });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    expect(await page.locator('script, img').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toContain('<script>alert(1)</script>');
    const arabic = page.locator('.speaker [dir="auto"]', { hasText: 'ممثل مصر' }).first();
    expect(await arabic.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // Nothing sticks out sideways, however long the text.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'export-summary-hostile.png') });
    await page.locator('article', { has: arabic }).screenshot({ path: path.join(SCREENSHOTS, 'export-summary-hostile-rtl.png') });
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
