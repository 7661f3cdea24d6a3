// @vitest-environment node
/**
 * The background's machine-transcript suggestions, against fixture answers: `fetch` is stubbed at
 * the network boundary and serves tests/fixtures/transcripts/ for transcripts.un.org URLs only.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../extension/entrypoints/background/start';
import { sendToBackground } from '../../extension/lib/protocol';
import { settingsItem, transcriptCacheItem, transcriptTestOriginItem, transcriptLookupItem } from '../../extension/lib/storage';
import { createTranscriptService, MAX_STORED } from '../../extension/lib/transcripts';
import { clip, outboxEntries, stubBrowserGaps, until } from './helpers/fixtures';

const WEBCAST = 'https://webtv.un.org/en/asset/k1o/k1o7stmi6p';
const DATA_URL = 'https://transcripts.un.org/en/asset/k1o/k1o7stmi6p.json';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/transcripts/${name}`, import.meta.url), 'utf8');

type Route = { status: number; body: string } | 'offline' | 'hang';
let routes: Map<string, Route>;
let requested: string[];
let clock: number;

function stubFetch() {
  const real = globalThis.fetch;
  const fake = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('https://transcripts.un.org/') && !url.startsWith('http://127.0.0.1:8999/')) return real(input, init);
    requested.push(url);
    const route = routes.get(url) ?? { status: 404, body: fixture('not-found.json') };
    if (route === 'offline') throw new TypeError('Failed to fetch');
    if (route === 'hang') {
      return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    return new Response(route.body, { status: route.status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  });
  vi.stubGlobal('fetch', fake);
}

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps();
  routes = new Map([[DATA_URL, { status: 200, body: fixture('k1o7stmi6p.json') }]]);
  requested = [];
  clock = Date.parse('2026-07-02T10:00:00Z');
  stubFetch();
});
afterEach(() => vi.unstubAllGlobals());

const service = (timeoutMs?: number) => createTranscriptService({ now: () => clock, timeoutMs });

describe('transcript suggestions', () => {
  it('suggests the canonical speaker and the statement at the start second, with a deep link to the moment', async () => {
    expect(await service().suggest({ url: WEBCAST, seconds: 30.4 })).toEqual({
      source: 'https://transcripts.un.org/en/asset/k1o/k1o7stmi6p?t=0:00:24',
      speaker: 'Mexico',
      text: 'Thank you, Co-Chair. Mexico calls for more seats for civil society in the review mechanism.\n\nWe also support a stronger focus on victim identification.',
      at: 24,
    });
    expect(requested).toEqual([DATA_URL]);
  });

  it('finds the same transcript from the Kaltura player URL and from another language page', async () => {
    routes.set('https://transcripts.un.org/fr/asset/k1o/k1o7stmi6p.json', { status: 200, body: fixture('k1o7stmi6p.json') });
    const s = service();
    expect((await s.suggest({ url: 'https://cdnapisec.kaltura.com/p/2503451/embedIframeJs?entry_id=1_o7stmi6p', seconds: 55 }))?.speaker).toBe(
      'Portugal (on behalf of European Union)',
    );
    expect((await s.suggest({ url: 'https://webtv.un.org/fr/asset/k1o/k1o7stmi6p', seconds: 12 }))?.speaker).toBe('Chair');
  });

  it('fetches a webcast once, keeps it in storage, and a restarted background answers from storage', async () => {
    const s = service();
    await Promise.all([s.suggest({ url: WEBCAST, seconds: 30 }), s.suggest({ url: WEBCAST, seconds: 55 })]);
    await s.suggest({ url: WEBCAST, seconds: 81 });
    expect(requested).toHaveLength(1);
    expect((await transcriptCacheItem.getValue()).map((e) => e.key)).toEqual(['en:k1o7stmi6p']);

    expect((await service().suggest({ url: WEBCAST, seconds: 81 }))?.speaker).toBe('Ms. Jane Doe');
    expect(requested).toHaveLength(1);
    // Half a day later the site may have realigned its times: asked again.
    clock += 13 * 60 * 60_000;
    await service().suggest({ url: WEBCAST, seconds: 81 });
    expect(requested).toHaveLength(2);
  });

  it(`keeps at most ${MAX_STORED} webcasts in storage, the most recent`, async () => {
    const ids = ['k1a0000001', 'k1a0000002', 'k1a0000003', 'k1a0000004'];
    for (const id of ids) routes.set(`https://transcripts.un.org/en/asset/k1a/${id}.json`, { status: 200, body: fixture('k1o7stmi6p.json') });
    const s = service();
    for (const id of ids) expect(await s.suggest({ url: `https://webtv.un.org/en/asset/k1a/${id}`, seconds: 30 })).not.toBeNull();
    expect((await transcriptCacheItem.getValue()).map((e) => e.key)).toEqual(['en:k1a0000004', 'en:k1a0000003', 'en:k1a0000002']);
  });

  it.each([
    ['a 404', { status: 404, body: fixture('not-found.json') }],
    ['no transcript yet', { status: 200, body: fixture('no-transcript.json') }],
    ['a transcript still being made', { status: 200, body: fixture('in-progress.json') }],
    ['a malformed transcript', { status: 200, body: fixture('malformed-start.json') }],
    ['a server error', { status: 503, body: 'busy' }],
    ['HTML instead of JSON', { status: 200, body: '<!doctype html><p>Maintenance' }],
  ] as const)('answers null quietly for %s, and stores nothing', async (_, route) => {
    routes.set(DATA_URL, route);
    expect(await service().suggest({ url: WEBCAST, seconds: 30 })).toBeNull();
    expect(await transcriptCacheItem.getValue()).toEqual([]);
  });

  it('answers null offline, and does not ask again for a minute; then it does', async () => {
    routes.set(DATA_URL, 'offline');
    const s = service();
    expect(await s.suggest({ url: WEBCAST, seconds: 30 })).toBeNull();
    expect(await s.suggest({ url: WEBCAST, seconds: 31 })).toBeNull();
    expect(requested).toHaveLength(1);
    routes.set(DATA_URL, { status: 200, body: fixture('k1o7stmi6p.json') });
    clock += 61_000;
    expect((await s.suggest({ url: WEBCAST, seconds: 31 }))?.speaker).toBe('Mexico');
  });

  it('asks nothing at all when the observer turned suggestions off in the options', async () => {
    await transcriptLookupItem.setValue(false);
    expect(await service().suggest({ url: WEBCAST, seconds: 30 })).toBeNull();
    expect(requested).toEqual([]);
    await transcriptLookupItem.setValue(true);
    expect((await service().suggest({ url: WEBCAST, seconds: 30 }))?.speaker).toBe('Mexico');
    expect(requested).toHaveLength(1);
  });

  it('gives up after the timeout', async () => {
    routes.set(DATA_URL, 'hang');
    const started = Date.now();
    expect(await service(50).suggest({ url: WEBCAST, seconds: 30 })).toBeNull();
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('asks nothing for a page that is not a UN webcast, or for a second nobody spoke at', async () => {
    const s = service();
    expect(await s.suggest({ url: 'https://example.org/video', seconds: 30 })).toBeNull();
    expect(await s.suggest({ url: WEBCAST, seconds: -1 })).toBeNull();
    expect(requested).toEqual([]);
    expect(await s.suggest({ url: WEBCAST, seconds: 39 })).toBeNull(); // a pause in the meeting
  });
});

describe('the test-only stand-in for the site', () => {
  it('fetches from a loopback fixture server, which also stands in for UN Web TV', async () => {
    await transcriptTestOriginItem.setValue('http://127.0.0.1:8999');
    routes.set('http://127.0.0.1:8999/en/asset/k1o/k1o7stmi6p.json', { status: 200, body: fixture('k1o7stmi6p.json') });
    const s = service();
    expect(await s.suggest({ url: 'http://127.0.0.1:8999/en/asset/k1o/k1o7stmi6p', seconds: 30 })).toMatchObject({
      speaker: 'Mexico',
      source: 'http://127.0.0.1:8999/en/asset/k1o/k1o7stmi6p?t=0:00:24',
    });
    expect(requested).toEqual(['http://127.0.0.1:8999/en/asset/k1o/k1o7stmi6p.json']);
  });

  it('ignores anything but a loopback origin', async () => {
    await transcriptTestOriginItem.setValue('https://transcripts.example.org');
    expect((await service().suggest({ url: WEBCAST, seconds: 30 }))?.source).toMatch(/^https:\/\/transcripts\.un\.org\//);
    expect(requested).toEqual([DATA_URL]);
    expect(await service().suggest({ url: 'http://127.0.0.1:8999/en/asset/k1o/k1o7stmi6p', seconds: 30 })).toBeNull();
  });
});

describe('transcript:suggest through the background', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('answers the side panel, and offline it answers null while clips are queued as before', async () => {
    await settingsItem.setValue({ serverUrl: 'http://127.0.0.1:9', token: '' });
    stop = startBackground({ now: () => clock });
    expect((await sendToBackground('transcript:suggest', { url: WEBCAST, seconds: 61 }))?.speaker).toBe(
      'United Nations Office on Drugs and Crime',
    );

    routes.set(DATA_URL, 'offline');
    await transcriptCacheItem.setValue([]);
    stop();
    stop = startBackground({ now: () => clock });
    expect(await sendToBackground('transcript:suggest', { url: WEBCAST, seconds: 61 })).toBeNull();
    const c = clip();
    await sendToBackground('outbox:add', { clip: c });
    await until(async () => (await outboxEntries()).some((e) => e.clip.id === c.id), 'the clip in the outbox');
  });
});
