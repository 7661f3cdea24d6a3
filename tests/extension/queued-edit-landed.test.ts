// @vitest-environment node
/**
 * A queued edit of a sent clip answered 409 (a reviewer locked the clip) is a refusal only when the
 * server does not already hold it: an earlier try may have landed with its answer lost. The
 * background reads the clip back first; when it cannot, the edit stays queued. Against the real
 * HTTP test server, with the answers lost or the read failed by a wrapped client.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createApiClient, type ApiClient } from '../../extension/lib/api-client';
import type { ClipInput } from '../../shared/schemas';
import { useBackgroundHarness } from './helpers/background-harness';
import { outboxEntries, until } from './helpers/fixtures';

/** The PATCH is applied, then its answer is lost. */
let loseAnswer: boolean;
/** GET /clips?dialogueId= cannot reach the server. */
let readFails: boolean;
let reads: string[];

/** The real client, with a PATCH answer lost or a read failed on demand. */
function client(s: Parameters<typeof createApiClient>[0]): ApiClient {
  const real = createApiClient(s);
  return {
    ...real,
    patchClip: async (id, p) => {
      const res = await real.patchClip(id, p);
      return loseAnswer ? { ok: false, error: { kind: 'network', message: 'lost' } } : res;
    },
    listMyClips: async (dialogueId) => {
      reads.push(dialogueId);
      return readFails ? { ok: false, error: { kind: 'network', message: 'offline' } } : real.listMyClips(dialogueId);
    },
  };
}

const bg = useBackgroundHarness();
const { send, sentClip, fireRetryAlarm, stored, patchesOf, recentOf } = bg;
const boot = () => bg.boot({ client });

/** The edit is applied on the server but its answer is lost, so it waits in the outbox; then a reviewer approves. */
async function landedThenLocked(): Promise<ClipInput> {
  await boot();
  const c = await sentClip({ speaker: 'France' });
  loseAnswer = true;
  expect(await send('clips:edit', { id: c.id, patch: { speaker: 'Peru', note: 'twice' } })).toMatchObject({ ok: true, queued: true });
  expect(stored(c.id)).toMatchObject({ speaker: 'Peru', note: 'twice' });
  loseAnswer = false;
  bg.server.reviews.set(c.id, { status: 'approved', lock: 'reviewed' });
  return c;
}

beforeEach(() => {
  loseAnswer = false;
  readFails = false;
  reads = [];
});

describe('a queued edit answered 409 on a retry', () => {
  it('landed before the lock (its answer lost): counted as sent, no refusal, the clip shown as the server holds it', async () => {
    const c = await landedThenLocked();
    await fireRetryAlarm();
    await until(async () => (await outboxEntries()).length === 0, 'the edit to settle');
    // The retry was refused as locked; the read showed the server already holds the edit.
    expect(patchesOf(c.id)).toHaveLength(2);
    expect(reads).toEqual([c.dialogueId]);
    expect(stored(c.id)).toMatchObject({ speaker: 'Peru', note: 'twice' });
    const recent = await recentOf(c.id);
    expect(recent.clip).toMatchObject({ speaker: 'Peru', note: 'twice' });
    expect(recent.review).toMatchObject({ status: 'approved', editable: false, lock: 'reviewed' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('not landed before the lock: refused, kept with its reason, the clip shown locked', async () => {
    await boot();
    const c = await sentClip({ speaker: 'France' });
    await bg.server.down();
    await send('clips:edit', { id: c.id, patch: { speaker: 'Peru' } });
    bg.server.reviews.set(c.id, { status: 'approved', lock: 'locked' });
    await bg.server.up();
    await fireRetryAlarm();
    await until(async () => (await outboxEntries())[0]?.state === 'failed', 'the refusal');
    expect(reads).toEqual([c.dialogueId]);
    expect((await outboxEntries())[0]).toMatchObject({ refusal: 'locked', onServer: true, clip: { speaker: 'Peru' } });
    expect(stored(c.id).speaker).toBe('France');
    expect((await recentOf(c.id)).review).toMatchObject({ editable: false, lock: 'locked' });
  });

  it('landed in part only (another field differs): still refused', async () => {
    const c = await landedThenLocked();
    // The observer changed the note again while offline: the server holds the speaker, not the note.
    await bg.server.down();
    await send('clips:edit', { id: c.id, patch: { note: 'three times' } });
    await bg.server.up();
    await fireRetryAlarm();
    await until(async () => (await outboxEntries())[0]?.state === 'failed', 'the refusal');
    expect((await outboxEntries())[0]).toMatchObject({ refusal: 'reviewed', clip: { speaker: 'Peru', note: 'three times' } });
    expect(stored(c.id).note).toBe('twice');
  });

  it('when the clip cannot be read back, stays queued and is settled by a later retry', async () => {
    const c = await landedThenLocked();
    readFails = true;
    await fireRetryAlarm();
    await until(async () => reads.length === 1 && (await outboxEntries())[0]?.sending === false, 'the failed read');
    const [entry] = await outboxEntries();
    // Not refused on a guess: waiting, backing off, with why.
    expect(entry).toMatchObject({ state: 'waiting', attempts: 2, onServer: true, clip: { speaker: 'Peru' } });
    expect(entry!.refusal).toBeUndefined();
    expect(entry!.lastError).toMatch(/Cannot reach the server/);
    expect(entry!.nextAttemptAt).toBeGreaterThan(bg.clock);
    expect((await recentOf(c.id)).review?.lock ?? null).toBeNull();

    readFails = false;
    await fireRetryAlarm();
    await until(async () => (await outboxEntries()).length === 0, 'the edit to settle');
    expect(reads).toHaveLength(2);
    expect((await recentOf(c.id)).review).toMatchObject({ lock: 'reviewed' });
  });
});
