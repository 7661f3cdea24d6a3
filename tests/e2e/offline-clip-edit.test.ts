// An edit of a sent clip made while the server is down: the editor closes, the clip shows the edit
// waiting to sync (also after the browser restarts), and once the server is back the server's clip
// carries the edit, exactly once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api } from '../../scripts/lib/api.mjs';
import { setupE2e, type E2e } from './harness';
import { badgeText, configureExtension, eventually, expectAccessible, myClips, extensionStorage, interventionsOf, openPlayerPage, openSidePanel, recordingClip, screenshotPath, tabIdOf, waitForOutbox, waitForSpeaker } from './helpers';

let e2e: E2e;
let panel: Page;

beforeAll(async () => {
  e2e = await setupE2e('offline-edit');
  await configureExtension(e2e);
  await openPlayerPage(e2e, e2e.fixtures.inlinePlayerUrl);
  panel = await openSidePanel(e2e, await tabIdOf(e2e, e2e.fixtures.inlinePlayerUrl));
});
afterEach(({ task }) => {
  if (task.result?.state === 'fail') e2e?.dumpLogs();
});
afterAll(async () => {
  await e2e?.close();
});

describe('editing a sent clip while the server is down', () => {
  it('queues the edit, keeps it across a browser restart, and applies it once when the server is back', async () => {
    const sent = recordingClip(e2e, 'Mexico', 40, 52, 'Mexico on victim support.');
    await panel.evaluate((clip) => (globalThis as any).chrome.runtime.sendMessage({ type: 'outbox:add', payload: { clip } }), sent);
    await waitForOutbox(panel, 'All sent');
    const item = panel.getByTestId('recent-clips').locator(`li[data-clip-id="${sent.id}"]`);
    await expect.poll(() => item.count()).toBe(1);

    // The conference Wi-Fi drops; the observer corrects the speaker and the note all the same.
    await e2e.stopWorker();
    await item.getByRole('button', { name: 'Edit the clip Mexico · 40–52' }).click();
    const form = panel.getByRole('form', { name: /^Edit the clip of/ });
    await form.getByLabel('Speaker', { exact: true }).fill('Morocco');
    await form.getByLabel('Note', { exact: true }).fill('Morocco on victim support, not Mexico.');
    await form.getByRole('button', { name: 'Save changes' }).click();

    // The form closes at once; the clip says its edit waits; nothing is lost.
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => panel.getByTestId('recent-message').textContent()).toContain('cannot be reached now');
    await expect.poll(() => item.getAttribute('data-edit-state')).toBe('waiting');
    expect(await item.locator('.badge').textContent()).toBe('Edit waiting to sync');
    expect(await item.locator('.item-line').textContent()).toBe('Morocco · 40–52');
    await waitForOutbox(panel, '1 waiting');
    await eventually(async () => expect(await badgeText(e2e)).toBe('1'), { what: 'the badge to show 1' });
    await item.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: screenshotPath('sidepanel-recent-edit-waiting.png'), fullPage: true });
    await expectAccessible(panel, 'a sent clip with an edit waiting to sync');

    // The browser is closed and opened again, the server still down: the edit still waits.
    await e2e.relaunchBrowser();
    panel = await openSidePanel(e2e);
    await waitForOutbox(panel, '1 waiting');
    const again = panel.getByTestId('recent-clips').locator(`li[data-clip-id="${sent.id}"]`);
    await expect.poll(() => again.getAttribute('data-edit-state')).toBe('waiting');
    const { outbox } = await extensionStorage(e2e);
    expect(outbox).toEqual([expect.objectContaining({ onServer: true, state: 'waiting', clip: expect.objectContaining({ id: sent.id, speaker: 'Morocco' }) })]);

    // The server is back: the edit goes, once.
    await e2e.startWorker();
    await panel.getByRole('button', { name: 'Send now' }).click();
    await waitForOutbox(panel, 'All sent', 30_000);
    await expect.poll(() => again.getAttribute('data-edit-state'), { timeout: 10_000 }).toBeNull();
    expect(await again.locator('.badge').textContent()).toBe('Sent');
    expect(await again.locator('.item-line').textContent()).toBe('Morocco · 40–52');
    await eventually(async () => expect(await badgeText(e2e)).toBe(''), { what: 'the badge to clear' });

    const mine = await myClips(e2e);
    expect(mine.map((c) => c.clip.id)).toEqual([sent.id]);
    expect(mine[0]!.clip).toMatchObject({ speaker: 'Morocco', note: 'Morocco on victim support, not Mexico.', start: 40, end: 52 });
    const record = await waitForSpeaker(e2e, 'Morocco');
    expect(interventionsOf(record, 'Mexico')).toEqual([]);
    const [morocco, ...more] = interventionsOf(record, 'Morocco');
    expect(more).toEqual([]);
    expect(morocco!.clipIds).toEqual([sent.id]);
    expect(morocco!.notes).toEqual(['Morocco on victim support, not Mexico.']);
  });

  it('an edit the server refuses when it arrives (a reviewer got there first) says so; its text can be copied, then discarded', async () => {
    const [clip] = await myClips(e2e);
    const [morocco] = interventionsOf(await waitForSpeaker(e2e, 'Morocco'), 'Morocco');
    // A reviewer approves the intervention; the panel has not asked since, so it still offers Edit.
    await api(e2e.serverUrl, `/interventions/${morocco!.id}`, { method: 'PATCH', token: e2e.token, body: { baseVersion: morocco!.version, status: 'approved' } });
    const item = panel.getByTestId('recent-clips').locator(`li[data-clip-id="${clip!.clip.id}"]`);

    await e2e.stopWorker();
    await item.getByRole('button', { name: 'Edit the clip Morocco · 40–52' }).click();
    const form = panel.getByRole('form', { name: /^Edit the clip of/ });
    await form.getByLabel('Note', { exact: true }).fill('Morocco, on support to victims.');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => item.getAttribute('data-edit-state')).toBe('waiting');

    await e2e.startWorker();
    await panel.getByRole('button', { name: 'Send now' }).click();
    await expect.poll(() => item.getAttribute('data-edit-state'), { timeout: 30_000 }).toBe('failed');
    expect(await item.locator('.badge').textContent()).toBe('Edit refused');
    expect(await item.getByTestId('recent-edit-state').textContent()).toContain('A reviewer got there first: the clip has been reviewed');
    expect(await item.getByRole('button').count()).toBe(0);
    await expect.poll(() => panel.getByTestId('recent-message').textContent()).toBe('');
    await waitForOutbox(panel, 'Nothing waiting, 1 failed');
    const refused = panel.getByTestId('outbox-failed').getByRole('listitem');
    expect(await refused.getByRole('button', { name: /^Send again/ }).count()).toBe(0);
    await panel.getByTestId('outbox-failed').scrollIntoViewIfNeeded();
    await panel.screenshot({ path: screenshotPath('sidepanel-recent-edit-refused.png'), fullPage: true });
    await expectAccessible(panel, 'a sent clip whose edit was refused');

    // Refused for good: another "Send now" sends nothing; the server keeps the clip as approved.
    await panel.getByRole('button', { name: 'Send now' }).click();
    await waitForOutbox(panel, 'Nothing waiting, 1 failed');
    expect((await myClips(e2e))[0]!.clip.note).toBe('Morocco on victim support, not Mexico.');

    // The page may write the clipboard but not read it back: note what it writes on the way.
    await panel.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      const copied: string[] = ((window as any).copied = []);
      navigator.clipboard.writeText = (text: string) => (copied.push(text), write(text));
    });
    await refused.getByRole('button', { name: 'Copy text of the change to Morocco · 40–52' }).click();
    await expect.poll(() => panel.getByTestId('outbox-message').textContent()).toBe('The text of the change is copied.');
    expect(await panel.evaluate(() => (window as any).copied)).toEqual([expect.stringContaining('Note: Morocco, on support to victims.')]);

    await refused.getByRole('button', { name: 'Discard the refused change to Morocco · 40–52' }).click();
    await waitForOutbox(panel, 'All sent');
    await expect.poll(() => item.getAttribute('data-locked')).toBe('true');
    expect(await item.getAttribute('data-edit-state')).toBeNull();
    expect((await myClips(e2e)).map((c) => [c.clip.id, c.clip.note])).toEqual([[clip!.clip.id, 'Morocco on victim support, not Mexico.']]);
  });
});
