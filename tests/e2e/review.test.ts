// A reviewer opens the review page from the side panel, sees two observers disagree on a
// speaker, resolves it, writes a summary, approves with the keyboard, plays the moment in the
// open webcast tab, and reads the history. The API then shows the edit, the approval and the
// revisions. Screenshots of the timeline, the edit form and the history are saved for a human.
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClipInput } from '../../shared/schemas';
import { api, getRecord } from '../../scripts/lib/api.mjs';
import { setupE2e, type E2e } from './harness';
import { configureExtension, eventually, openPlayerPage, openSidePanel, screenshotPath, seekVideo, tabIdOf, videoTime, recordingClip } from './helpers';

let e2e: E2e;
interface Member {
  name: string;
  token: string;
  id: string;
}
let observers: Member[];
let reviewer: Member;
let disputedId: string;

async function addMember(name: string, role: 'observer' | 'reviewer') {
  const res = await api<{ member: { id: string; name: string }; token: string }>(e2e.serverUrl, '/members', {
    method: 'POST',
    token: e2e.token,
    body: { name, role },
  });
  return { name, id: res.member.id, token: res.token };
}

const clip = (speaker: string, start: number, end: number, note: string) => recordingClip(e2e, speaker, start, end, note);

async function sendClips(token: string, clips: ClipInput[]) {
  const res = await api<{ results: { status: string }[] }>(e2e.serverUrl, '/clips', { method: 'POST', token, body: { clips } });
  expect(res.results.map((r) => r.status)).toEqual(clips.map(() => 'stored'));
}

beforeAll(async () => {
  e2e = await setupE2e('review');
  observers = [await addMember('Ana Observer', 'observer'), await addMember('Ben Observer', 'observer'), await addMember('Chen Observer', 'observer')];
  reviewer = await addMember('Rita Reviewer', 'reviewer');
  // All heard the Chair open and Germany later; at 12 s Ana and Chen heard France, Ben heard
  // Mexico: assembly keeps France and shows Ben's clip as dissent, a speaker conflict.
  const [ana, ben, chen] = observers as [Member, Member, Member];
  await sendClips(ana.token, [
    clip('Chair', 2, 8, 'Opens the dialogue.'),
    clip('France', 12, 19, 'Supports a global tracing instrument.'),
    clip('Germany', 22, 28, 'Asks about marking.'),
  ]);
  await sendClips(ben.token, [clip('Chair', 2.2, 8, ''), clip('Mexico', 12.4, 19.2, 'Speaks on tracing.'), clip('Germany', 22.1, 28, '')]);
  await sendClips(chen.token, [clip('France', 11.8, 19, 'Backs the tracing instrument.')]);
  disputedId = await eventually(
    async () => {
      const record = await getRecord(e2e.serverUrl, reviewer.token, e2e.dialogue.id);
      const found = record.interventions.find((i) => i.conflicts.some((c) => c.kind === 'speaker'));
      if (!found) throw new Error(`no speaker conflict in ${JSON.stringify(record.interventions.map((i) => [i.speaker.name, i.conflicts]))}`);
      return found.id;
    },
    { what: 'a speaker conflict in the record' },
  );
  await configureExtension(e2e, { token: reviewer.token });
});
afterEach(({ task }) => {
  if (task.result?.state === 'fail') e2e?.dumpLogs();
});
afterAll(async () => {
  await e2e?.close();
});

const card = (page: Page, id: string): Locator => page.locator(`[id="iv-${id}"]`);

describe('reviewing the record', () => {
  let page: Page;

  it('opens from the side panel on the chosen dialogue and shows the conflict', async () => {
    const panel = await openSidePanel(e2e);
    const [opened] = await Promise.all([e2e.context.waitForEvent('page'), panel.getByRole('button', { name: 'Review', exact: true }).click()]);
    page = opened;
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe('/review.html');
    expect(new URL(page.url()).searchParams.get('dialogue')).toBe(e2e.dialogue.id);
    await panel.close();

    const disputed = card(page, disputedId);
    await disputed.getByTestId('conflict-badge').waitFor({ timeout: 15_000 });
    // Three turns (Chair, France, Germany); only France's is disputed.
    await expect.poll(() => page.getByTestId('intervention').count()).toBe(3);
    await expect.poll(() => page.getByTestId('conflict-badge').count()).toBe(1);
    const text = await disputed.innerText();
    expect(text).toMatch(/^\d\. France \(FRA\)/);
    expect(text).toMatch(/Observers disagree on the speaker: 1 clip names Mexico instead of France/);
    expect(text).toMatch(/Dissent: named another speaker/);
    await disputed.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('review-timeline-conflict.png'), fullPage: true });
  });

  it('resolves the conflict, edits the summary and approves with the keyboard', async () => {
    const disputed = card(page, disputedId);
    await disputed.getByRole('button', { name: 'Keep France' }).click();
    await expect.poll(() => disputed.locator('h3').innerText(), { timeout: 30_000 }).toMatch(/France/);
    await expect.poll(() => page.getByTestId('review-live').innerText()).toMatch(/Saved #\d France/);
    // A locked speaker whose clips the reviewer saw is no longer in dispute.
    await expect.poll(() => disputed.getByTestId('conflict-badge').count()).toBe(0);

    await disputed.getByRole('button', { name: 'Edit' }).click();
    const summary = disputed.getByLabel('Summary', { exact: true });
    await summary.fill('France called for a global instrument on marking and tracing.');
    await page.screenshot({ path: screenshotPath('review-edit-form.png'), fullPage: true });
    await disputed.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => disputed.getByTestId('summary').innerText(), { timeout: 30_000 }).toBe(
      'France called for a global instrument on marking and tracing.',
    );

    await disputed.focus();
    await page.keyboard.press('a');
    await expect.poll(() => disputed.getByTestId('status').innerText(), { timeout: 30_000 }).toContain('Approved');
  });

  it('plays the moment in the webcast tab that is already open', async () => {
    const player = await openPlayerPage(e2e, e2e.fixtures.inlinePlayerUrl);
    await seekVideo(player, 3);
    await page.bringToFront();
    await card(page, disputedId).getByRole('button', { name: /^Play from/ }).click();
    await expect.poll(() => page.getByTestId('review-live').innerText(), { timeout: 15_000 }).toMatch(/in the webcast tab that was open/);
    // Assembly may move the turn's start a little from the clips' (it grows into a short gap).
    const record = await getRecord(e2e.serverUrl, reviewer.token, e2e.dialogue.id);
    const start = record.interventions.find((i) => i.id === disputedId)!.start!;
    const seconds = await videoTime(player);
    expect(seconds).toBeGreaterThanOrEqual(Math.floor(start) - 0.1);
    expect(seconds).toBeLessThan(Math.floor(start) + 3); // it plays on after the seek
    expect(await tabIdOf(e2e, e2e.fixtures.inlinePlayerUrl)).toBeGreaterThan(0); // not navigated away
    await player.close();
  });

  it('shows the history and the API has the edit, the approval and the revisions', async () => {
    await page.bringToFront();
    const disputed = card(page, disputedId);
    await disputed.getByRole('button', { name: 'History' }).click();
    const history = disputed.getByTestId('history');
    await expect.poll(() => history.getByTestId('revision').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
    const latest = await history.getByTestId('revision').first().innerText();
    expect(latest).toMatch(/by Rita Reviewer/);
    expect(latest).toMatch(/Status: .* → Approved/);
    await history.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('review-history.png'), fullPage: true });

    const record = await getRecord(e2e.serverUrl, reviewer.token, e2e.dialogue.id);
    const iv = record.interventions.find((i) => i.id === disputedId) as unknown as {
      speaker: { name: string };
      summary: string;
      status: string;
      locked: string[];
    };
    expect(iv.speaker.name).toBe('France');
    expect(iv.summary).toBe('France called for a global instrument on marking and tracing.');
    expect(iv.status).toBe('approved');
    expect(iv.locked).toEqual(expect.arrayContaining(['speaker', 'summary', 'status']));

    const { revisions } = await api<{ revisions: { version: number; by: { name: string } | null; action: string; changes: Record<string, unknown> }[] }>(
      e2e.serverUrl,
      `/interventions/${disputedId}/revisions`,
      { token: reviewer.token },
    );
    const mine = revisions.filter((r) => r.by?.name === 'Rita Reviewer');
    // Newest first: the approval, the summary, the speaker kept (which locks it).
    expect(mine.map((r) => r.action)).toEqual(['status', 'edit', 'edit']);
    expect(Object.keys(mine[0]!.changes)).toEqual(['status']);
    expect(Object.keys(mine[1]!.changes)).toEqual(['summary']);
    expect(revisions.map((r) => r.version)).toEqual([...revisions.map((r) => r.version)].sort((a, b) => b - a));
  });

  it('shows a stale edit with the current state, and re-applies it on the new version', async () => {
    const record = await getRecord(e2e.serverUrl, reviewer.token, e2e.dialogue.id);
    const germany = record.interventions.find((i) => i.speaker.name === 'Germany')!;
    const germanyCard = card(page, germany.id);
    await germanyCard.getByRole('button', { name: 'Edit' }).click();
    // Meanwhile the admin tags it, from another browser: the page still holds the older version.
    await api(e2e.serverUrl, `/interventions/${germany.id}`, { method: 'PATCH', token: e2e.token, body: { baseVersion: germany.version, tags: ['marking'] } });
    await germanyCard.getByLabel('Summary', { exact: true }).fill('Germany asked how marking would be verified.');
    await germanyCard.getByRole('button', { name: 'Save changes' }).click();

    const stale = germanyCard.getByTestId('stale');
    await stale.waitFor({ timeout: 30_000 });
    expect(await stale.innerText()).toMatch(/Someone else changed this intervention[\s\S]*Tags\s*marking[\s\S]*Changed by\s*E2E Admin/);
    await page.screenshot({ path: screenshotPath('review-stale.png'), fullPage: true });
    await stale.getByRole('button', { name: 'Re-apply my change' }).click();
    await expect.poll(() => germanyCard.getByTestId('summary').innerText(), { timeout: 30_000 }).toBe('Germany asked how marking would be verified.');

    const after = (await getRecord(e2e.serverUrl, reviewer.token, e2e.dialogue.id)).interventions.find((i) => i.id === germany.id)!;
    expect(after).toMatchObject({ summary: 'Germany asked how marking would be verified.', tags: ['marking'], version: germany.version + 2 });
  });
  it('lists the dialogue with its interventions counted by status, and comes back to it by its URL', async () => {
    await page.getByRole('link', { name: 'All dialogues' }).click();
    const row = page.getByTestId('dialogue-row').filter({ hasText: e2e.dialogue.title });
    const count = (status: string) => row.locator(`[data-status="${status}"]`).innerText();
    await expect.poll(() => count('approved'), { timeout: 30_000 }).toBe('1');
    expect(await count('draft')).toBe('2');
    expect(await count('rejected')).toBe('0');
    await page.screenshot({ path: screenshotPath('review-dialogues.png') });

    await page.goBack();
    expect(new URL(page.url()).searchParams.get('dialogue')).toBe(e2e.dialogue.id);
    await expect.poll(() => page.getByTestId('intervention').count()).toBe(3);
    await page.reload();
    await expect.poll(() => page.getByTestId('intervention').count(), { timeout: 30_000 }).toBe(3);
  });
});
