// axe-core on every extension page, rendered in headless Chromium with real data: options, the
// side panel (empty and filled), the review list, a dialogue's timeline and its edit form. No
// serious or critical violations; all of them are printed on failure (rule id, impact, targets).
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../scripts/lib/api.mjs';
import { setupE2e, type E2e } from './harness';
import { configureExtension, fillClip, openSidePanel, recordingClip } from './helpers';

const AXE_SOURCE: string = createRequire(import.meta.url)('axe-core').source;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

let e2e: E2e;

const clip = (speaker: string, start: number, end: number) => recordingClip(e2e, speaker, start, end, `${speaker} spoke.`);

beforeAll(async () => {
  e2e = await setupE2e('a11y');
  const clips = [clip('Chair', 0, 4), clip('France', 5, 11), clip('Mexico', 6, 10), clip('Germany', 12, 18)];
  await api(e2e.serverUrl, '/clips', { method: 'POST', token: e2e.token, body: { clips } });
  await configureExtension(e2e);
});
afterEach(({ task }) => {
  if (task.result?.state === 'fail') e2e?.dumpLogs();
});
afterAll(async () => {
  await e2e?.close();
});

/** Runs axe on the page as it is now; resolves with every violation. */
async function axe(page: Page): Promise<Violation[]> {
  // Extension pages' CSP refuses inline <script> (addScriptTag); evaluate goes through DevTools.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: any) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

function describeViolations(where: string, violations: Violation[]): string {
  if (violations.length === 0) return `${where}: no violations`;
  return [
    `${where}: ${violations.length} violation(s)`,
    ...violations.map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `      ${JSON.stringify(n.target)}`).join('\n')}`),
  ].join('\n');
}

async function expectAccessible(page: Page, where: string) {
  const violations = await axe(page);
  const report = describeViolations(where, violations);
  console.log(report);
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(grave.map((v) => v.id), report).toEqual([]);
}

/** The page's headings in document order as levels (h1 = 1), hidden ones left out. */
async function headingLevels(page: Page): Promise<{ level: number; text: string }[]> {
  return page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((els) =>
    els
      .filter((el) => (el as HTMLElement).getClientRects().length > 0 || el.classList.contains('sr-only'))
      .map((el) => ({ level: Number(el.tagName[1]), text: (el.textContent ?? '').trim().slice(0, 30) })),
  );
}

/** An outline that starts at h1 and never skips a level on the way down (h1 > h2 > h3 > h4). */
async function expectHeadingOutline(page: Page, where: string) {
  const levels = await headingLevels(page);
  const jumps = levels.filter((h, i) => (i === 0 ? h.level !== 1 : h.level > levels[i - 1]!.level + 1));
  expect(jumps, `${where}: ${JSON.stringify(levels)}`).toEqual([]);
  const violations = await axe(page);
  expect(violations.filter((v) => v.id === 'heading-order').map((v) => v.nodes.map((n) => n.target)), where).toEqual([]);
}

/**
 * Tabs through the page from the top and returns what got focus, in order, with whether a focus
 * ring shows (an outline or a box-shadow that the unfocused control lacks).
 */
async function tabThrough(page: Page, steps: number): Promise<{ name: string; ring: boolean }[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: { name: string; ring: boolean }[] = [];
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
      return { name: `${el.tagName.toLowerCase()} "${label.trim().replace(/\s+/g, ' ').slice(0, 40)}"`, ring };
    });
    if (!focused) break;
    seen.push(focused);
  }
  return seen;
}

async function openExtensionPage(file: string, width = 1000): Promise<Page> {
  const page = await e2e.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`chrome-extension://${e2e.extensionId}/${file}`);
  await page.waitForLoadState();
  // Pages render once their words have loaded (setupI18n), which can be after the load event.
  await page.locator('#app > *').first().waitFor({ timeout: 15_000 });
  return page;
}

describe('accessibility (axe-core): no serious or critical violations', () => {
  it('on the options page, after a successful check', async () => {
    const page = await openExtensionPage('options.html', 700);
    await page.getByLabel('Server URL').fill(e2e.serverUrl);
    await page.getByLabel('API token').fill(e2e.token);
    await page.getByRole('button', { name: 'Save and check' }).click();
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 15_000 }).toContain('Connected');
    await expectAccessible(page, 'options.html');
    await page.close();
  });

  it('on the options page, when the token is refused', async () => {
    const page = await openExtensionPage('options.html', 700);
    await page.getByLabel('Server URL').fill(e2e.serverUrl);
    await page.getByLabel('API token').fill('udc_not-a-real-token');
    await page.getByRole('button', { name: 'Save and check' }).click();
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 15_000 }).toMatch(/\S/);
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 15_000 }).not.toContain('Connected');
    await expectAccessible(page, 'options.html (refused token)');
    // Put the good token back: the later pages need a connected extension.
    await page.getByLabel('API token').fill(e2e.token);
    await page.getByRole('button', { name: 'Save and check' }).click();
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 15_000 }).toContain('Connected');
    await page.close();
  });

  it('on the options page by keyboard: every control is reached by Tab and shows a focus ring', async () => {
    const page = await openExtensionPage('options.html', 700);
    const seen = await tabThrough(page, 10);
    expect(seen.map((s) => s.name)).toEqual(expect.arrayContaining(['input "Server URL"', 'input "API token"', 'button "Save and check"']));
    expect(seen.filter((s) => !s.ring), JSON.stringify(seen)).toEqual([]);
    await page.close();
  });

  it('on the side panel by keyboard: every control is reached by Tab and shows a focus ring', async () => {
    const panel = await openSidePanel(e2e);
    const seen = await tabThrough(panel, 30);
    const names = seen.map((s) => s.name);
    for (const name of ['select "Dialogue"', 'button "Start"', 'button "End"', 'input "Speaker"', 'button "Save"']) {
      expect(names.some((n) => n.startsWith(name)), `${name} not reached; reached ${JSON.stringify(names)}`).toBe(true);
    }
    expect(seen.filter((s) => !s.ring), JSON.stringify(seen)).toEqual([]);
    await panel.close();
  });

  it('on the side panel, when a clip is saved with missing fields', async () => {
    const panel = await openSidePanel(e2e);
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => panel.getByTestId('capture-message').innerText(), { timeout: 10_000 }).toContain('not saved');
    expect(await panel.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    await expectAccessible(panel, 'sidepanel.html (validation errors)');
    await panel.close();
  });

  it('on the side panel, with a clip being filled in', async () => {
    const panel = await openSidePanel(e2e);
    await expectAccessible(panel, 'sidepanel.html (empty)');
    await fillClip(panel, { speaker: 'France', tags: 'marking', note: 'Supports tracing.' });
    await expectAccessible(panel, 'sidepanel.html (filled)');

    // Right-to-left text (here Arabic) is laid out right to left in the fields that take free text.
    await fillClip(panel, { speaker: 'مصر', tags: 'تتبع', note: 'أيدت مصر صكاً عالمياً للتتبع.' });
    const rtl = (label: string) => panel.getByLabel(label, { exact: true }).evaluate((el) => el.matches(':dir(rtl)'));
    expect([await rtl('Speaker'), await rtl('Tags'), await rtl('Note')]).toEqual([true, true, true]);
    expect(await rtl('Start (s)')).toBe(false);
    await expectAccessible(panel, 'sidepanel.html (Arabic text)');
    await panel.close();
  });

  it('on the review page: the list, a dialogue timeline and its edit form', async () => {
    const page = await openExtensionPage('review.html');
    await page.getByText(e2e.dialogue.title).first().waitFor({ timeout: 15_000 });
    await expectAccessible(page, 'review.html (dialogue list)');

    await page.goto(`chrome-extension://${e2e.extensionId}/review.html?dialogue=${e2e.dialogue.id}`);
    await expect.poll(() => page.getByTestId('intervention').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    await expectAccessible(page, 'review.html (timeline)');
    // The outline: h1 dialogue, h2 Interventions (visually hidden) > h3 each card, h2 Share links, h2 Clocks > h3.
    await expectHeadingOutline(page, 'review.html (timeline)');

    const first = page.getByTestId('intervention').first();
    await first.getByRole('button', { name: 'History', exact: true }).click();
    await first.locator('h4').waitFor();
    await expectHeadingOutline(page, 'review.html (a card\'s history open)');

    await first.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Summary', { exact: true }).waitFor();
    await expectAccessible(page, 'review.html (edit form)');
    await page.close();
  });

  it('on the review page by keyboard: each card\'s actions are Tab stops with a visible focus ring', async () => {
    // A page of its own: a same-URL goto on the page above could let the waits below see the
    // old document (team loaded) while the walk ran on the new one (team not yet loaded).
    const page = await openExtensionPage(`review.html?dialogue=${e2e.dialogue.id}`);
    const cards = page.getByTestId('intervention');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    // The page settles in steps: the record, then the team (role: the reviewer's actions and the
    // share links), then the dialogue list (title, recording start: the Clocks box folds). Walk
    // only once every card offers its actions and the page around them is complete.
    await expect.poll(() => page.locator('#page-heading').innerText(), { timeout: 15_000 }).toContain(e2e.dialogue.title);
    await page.getByRole('button', { name: 'Create share link' }).waitFor({ timeout: 15_000 });
    const count = await cards.count();
    await expect.poll(() => cards.getByRole('button', { name: 'Edit', exact: true }).count(), { timeout: 15_000 }).toBe(count);
    await expect.poll(() => page.getByTestId('clock-settings').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);

    const seen = await tabThrough(page, 80);
    const names = seen.map((s) => s.name);
    for (const name of ['button "Play from', 'button "Edit"', 'button "Approve"', 'button "History"', 'button "Create share link"']) {
      expect(names.some((n) => n.startsWith(name)), `${name} not reached; reached ${JSON.stringify(names)}`).toBe(true);
    }
    expect(names.filter((n) => n === 'button "Edit"').length, JSON.stringify(names)).toBeGreaterThanOrEqual(count);
    expect(seen.filter((s) => !s.ring), JSON.stringify(seen)).toEqual([]);
    await page.close();
  });
});
