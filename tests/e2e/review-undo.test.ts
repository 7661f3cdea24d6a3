// A reviewer merges France's statement into Mexico's by mistake, comes back to it on a fresh page and
// undoes it from the card, with the keyboard; splits Germany's and, after a reload, finds the undo on
// both halves and undoes it from the history; then tries to undo a merge
// another reviewer has built on since, and reads why it cannot be. axe checks the page with the
// undo offered; screenshots of each step are saved for a human.
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Intervention } from '../../shared/schemas';
import { api, getRecord } from '../../scripts/lib/api.mjs';
import { setupE2e, type E2e } from './harness';
import { configureExtension, recordingClip, screenshotPath, seriousViolations } from './helpers';

let e2e: E2e;
let page: Page;

beforeAll(async () => {
  e2e = await setupE2e('undo');
  const clips = [
    recordingClip(e2e, 'France', 12, 19, 'France backs a tracing instrument.'),
    recordingClip(e2e, 'Mexico', 21, 28, 'Mexico asks about marking.'),
    recordingClip(e2e, 'Germany', 30, 40, 'Germany on verification.'),
  ];
  await api(e2e.serverUrl, '/clips', { method: 'POST', token: e2e.token, body: { clips } });
  await configureExtension(e2e);
});
afterEach(({ task }) => {
  if (task.result?.state === 'fail') e2e?.dumpLogs();
});
afterAll(async () => {
  await e2e?.close();
});

const cards = () => page.getByTestId('intervention');
const card = (n: number): Locator => cards().nth(n);
const live = () => page.getByTestId('review-live').innerText();
const speakers = async () => (await getRecord(e2e.serverUrl, e2e.token, e2e.dialogue.id)).interventions.map((i: Intervention) => i.speaker.name);

describe('undoing a merge or a split on the review page', () => {
  it('undoes a mistaken merge from the card after a reload, by keyboard, and both come back', async () => {
    page = await e2e.context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`chrome-extension://${e2e.extensionId}/review.html?dialogue=${e2e.dialogue.id}`);
    await expect.poll(() => cards().count(), { timeout: 30_000 }).toBe(3);
    await card(0).getByRole('button', { name: 'Merge with next' }).waitFor({ timeout: 15_000 });
    await card(0).getByRole('button', { name: 'Merge with next' }).click();
    await expect.poll(() => cards().count(), { timeout: 30_000 }).toBe(2);
    expect(await speakers()).toEqual(['France', 'Germany']);

    await card(0).getByRole('button', { name: 'Undo merge (intervention 1)' }).waitFor({ timeout: 15_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('review-undo-offered.png'), fullPage: true });

    // A fresh page, as the next day: the record itself says what the card's undo takes back.
    await page.reload();
    await expect.poll(() => cards().count(), { timeout: 30_000 }).toBe(2);
    const undo = card(0).getByRole('button', { name: 'Undo merge (intervention 1)' });
    await undo.waitFor({ timeout: 15_000 });
    expect(await card(1).getByTestId('undo').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('review-undo-after-reload.png'), fullPage: true });

    await undo.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cards().count(), { timeout: 30_000 }).toBe(3);
    await expect.poll(live).toMatch(/Merge undone: #1 France and #2 Mexico are separate again/);
    expect(await speakers()).toEqual(['France', 'Mexico', 'Germany']);
    expect(await card(1).innerText()).toMatch(/Mexico asks about marking\./);
    expect(await card(0).innerText()).not.toMatch(/Mexico asks about marking\./);
    await page.screenshot({ path: screenshotPath('review-undo-done.png'), fullPage: true });
  });

  it('undoes a split from the history, which names the undo', async () => {
    await card(2).getByRole('button', { name: 'Split…' }).click();
    await page.getByRole('button', { name: 'Split here' }).click();
    await expect.poll(() => cards().count(), { timeout: 30_000 }).toBe(4);
    // A fresh page: both halves still offer to rejoin, on their cards and in the history.
    await page.reload();
    await expect.poll(() => cards().count(), { timeout: 30_000 }).toBe(4);
    await card(3).getByRole('button', { name: 'Undo split (intervention 4)' }).waitFor({ timeout: 15_000 });
    await card(2).getByRole('button', { name: 'Undo split (intervention 3)' }).waitFor({ timeout: 15_000 });
    expect(await card(0).getByTestId('undo').count()).toBe(0);
    expect(await card(1).getByTestId('undo').count()).toBe(0);
    await card(3).getByRole('button', { name: 'History' }).click();
    const history = card(3).getByTestId('history');
    const undo = history.getByRole('button', { name: /^Undo split \(intervention 4, version 1\)$/ });
    await undo.waitFor({ timeout: 15_000 });
    await undo.click();
    await expect.poll(() => cards().count(), { timeout: 30_000 }).toBe(3);
    await expect.poll(live).toMatch(/Split undone: #4 Germany is one intervention again/);
    expect(await speakers()).toEqual(['France', 'Mexico', 'Germany']);

    await card(2).getByRole('button', { name: 'History' }).click();
    const rejoined = card(2).getByTestId('history');
    await expect.poll(() => rejoined.getByTestId('revision').first().innerText(), { timeout: 15_000 }).toMatch(/split undone by E2E Admin/);
    expect(await rejoined.getByTestId('revision').first().innerText()).toMatch(/Split into: intervention [0-9a-f]{8}… → \(none\)/);
    expect(await rejoined.getByTestId('revision').nth(1).innerText()).toMatch(/Split at: \(none\) → 0:00:35/);
    await rejoined.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('review-undo-history.png'), fullPage: true });
  });

  it('says in words why a merge another reviewer has built on cannot be undone', async () => {
    await card(0).getByRole('button', { name: 'Merge with next' }).click();
    await expect.poll(() => cards().count(), { timeout: 30_000 }).toBe(2);
    const offered = card(0).getByRole('button', { name: 'Undo merge (intervention 1)' });
    await offered.waitFor({ timeout: 15_000 });
    // Meanwhile, from another browser: the merged one is split, and its second half merged into Germany.
    const { interventions } = await getRecord(e2e.serverUrl, e2e.token, e2e.dialogue.id);
    const [merged, germany] = interventions as Intervention[];
    const split = await api<{ interventions: Intervention[] }>(e2e.serverUrl, `/interventions/${merged!.id}/split`, {
      method: 'POST',
      token: e2e.token,
      body: { baseVersion: merged!.version, at: 20 },
    });
    await api(e2e.serverUrl, '/interventions/merge', {
      method: 'POST',
      token: e2e.token,
      body: { ids: [split.interventions[1]!.id, germany!.id], baseVersions: [1, germany!.version] },
    });

    await offered.click();
    const stale = card(0).getByTestId('stale');
    await stale.waitFor({ timeout: 30_000 });
    expect(await stale.innerText()).toMatch(/undo its last merge/);
    await stale.getByRole('button', { name: 'Re-apply my change' }).click();
    await expect.poll(live, { timeout: 30_000 }).toMatch(
      /Cannot undo: the other intervention of that merge or split has been merged or split since\. Undo that change first, or correct the record by hand\./,
    );
    expect(await speakers()).toEqual(['France', 'France']);
    // The answer settles it: no change is left to re-apply, and the page shows the record as it is now.
    await expect.poll(() => card(0).getByTestId('stale').count()).toBe(0);
    await expect.poll(() => card(1).locator('h3').innerText()).toMatch(/France/);
    // What was just refused is not offered again on the card.
    expect(await card(0).getByTestId('undo').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('review-undo-refused.png'), fullPage: true });
  });
});
