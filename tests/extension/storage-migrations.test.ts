// @vitest-environment node
// One test per storage migration: a value written by the older version reads as the new shape.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftItem, EMPTY_DRAFT, migrateDraftV1, migrateOutboxV1, outboxItem, type DraftV1, type OutboxEntry } from '../../extension/lib/storage';
import { clip } from './helpers/fixtures';

beforeEach(() => fakeBrowser.reset());

describe('local:draft v1 → v2', () => {
  const v1: DraftV1 = { start: '75.5', end: '1:52', speaker: 'Mexico', tags: 'victims', note: 'on data', url: 'https://webtv.un.org/en/asset/k1o/k1o7stmi6p', notice: null };

  it('keeps what was typed and puts it on the recording clock, floor channel', async () => {
    await fakeBrowser.storage.local.set({ draft: v1, draft$: { v: 1 } });
    // Items migrate when they are defined (at import, here already done); this runs it again on the v1 value.
    await draftItem.migrate();
    const draft = await draftItem.getValue();
    expect(draft).toEqual({ ...EMPTY_DRAFT, ...v1, clock: 'recording', channel: 'floor', machine: null });
    // Written back at the new version, so the migration runs once.
    expect(await fakeBrowser.storage.local.get('draft$')).toEqual({ draft$: { v: 2 } });
  });

  it('turns damaged v1 fields into empty ones instead of failing', () => {
    const damaged = { start: 12, end: null, speaker: ['x'], url: 5 } as unknown as DraftV1;
    expect(migrateDraftV1(damaged)).toEqual(EMPTY_DRAFT);
    expect(migrateDraftV1(null)).toEqual(EMPTY_DRAFT);
  });
});

describe('local:outbox v1 → v2', () => {
  const entry = (over: Partial<OutboxEntry> = {}): OutboxEntry => ({ clip: clip(), state: 'waiting', attempts: 0, lastError: null, nextAttemptAt: 0, ...over });

  it('marks a failed edit of a sent clip as refused for good; clips and waiting edits stay as they were', async () => {
    const waitingClip = entry();
    const refusedClip = entry({ state: 'failed', lastError: 'invalid: start', problems: [{ path: 'start', message: 'must not be negative' }] });
    const waitingEdit = entry({ onServer: true, edited: true, rev: 1 });
    const lockedEdit = entry({ onServer: true, state: 'failed', lastError: 'A reviewer has already reviewed this clip' });
    const invalidEdit = entry({ onServer: true, state: 'failed', lastError: 'The request is not valid', problems: [{ path: 'note', message: 'too long' }] });
    await fakeBrowser.storage.local.set({ outbox: [waitingClip, refusedClip, waitingEdit, lockedEdit, invalidEdit], outbox$: { v: 1 } });
    await outboxItem.migrate();
    expect(await outboxItem.getValue()).toEqual([waitingClip, refusedClip, waitingEdit, { ...lockedEdit, refusal: 'refused' }, { ...invalidEdit, refusal: 'invalid' }]);
    expect(await fakeBrowser.storage.local.get('outbox$')).toEqual({ outbox$: { v: 2 } });
  });

  it('reads a damaged v1 value as an empty outbox', () => {
    expect(migrateOutboxV1(null)).toEqual([]);
    expect(migrateOutboxV1({} as unknown as OutboxEntry[])).toEqual([]);
  });
});
