/**
 * The first load of the built-in speaker table in a Worker isolate: the SELECT of speaker_entities
 * from a local D1 (all migrations applied), JSON.parse and checks of its rows, and the index and the
 * prose names built from them. Run: npm run bench:speakers
 *
 * The D1 is wrangler's local one, reached from Node through its platform proxy: the SELECT's time
 * includes that hop, not a deployed D1's network round trip. Each step is timed on its first run
 * (a fresh isolate pays that one: nothing compiled yet) and as the median of RUNS more.
 *
 * A Node script, not a test (vitest runs only *.test.ts here); it sits beside the Worker's tests so it
 * is type-checked with the Workers types the Worker code it imports needs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { getPlatformProxy } from 'wrangler';
import { applyMigrations } from '../../scripts/lib/wrangler.mjs';
import { speakerNames } from '../../shared/export/prose-name';
import { buildSpeakerIndex } from '../../shared/speakers/build-index';
import { getDb } from '../../worker/db/client';
import { speakerEntities } from '../../worker/db/schema';
import { loadSpeakerTable } from '../../worker/repositories/speaker-table';

const RUNS = 20;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function timed<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

const persistTo = mkdtempSync(path.join(os.tmpdir(), 'udc-speaker-bench-'));
try {
  await applyMigrations({ persistTo });
  const proxy = await getPlatformProxy<{ DB: D1Database }>({ persist: { path: path.join(persistTo, 'v3') } });
  try {
    const db = getDb(proxy.env.DB);
    // What a fresh isolate does, in order, each step timed once.
    const load = await timed(() => loadSpeakerTable(db));
    const index = await timed(() => buildSpeakerIndex(load.value));
    const names = await timed(() => speakerNames(load.value));
    const table = load.value;
    const rows = await db.select().from(speakerEntities).orderBy(speakerEntities.position);
    const steps: Record<string, { first: number; work: () => unknown }> = {
      'SELECT 1 (the proxy hop alone)': { first: NaN, work: () => proxy.env.DB.prepare('SELECT 1').first() },
      'SELECT only (rows as text)': { first: NaN, work: () => db.select().from(speakerEntities).orderBy(speakerEntities.position) },
      'JSON.parse of the rows': { first: NaN, work: () => rows.map((r) => JSON.parse(r.entity) as unknown) },
      'loadSpeakerTable (SELECT + JSON.parse + checks)': { first: load.ms, work: () => loadSpeakerTable(db) },
      'buildSpeakerIndex': { first: index.ms, work: () => buildSpeakerIndex(table) },
      'speakerNames (prose)': { first: names.ms, work: () => speakerNames(table) },
    };
    const jsonBytes = rows.reduce((n, r) => n + r.entity.length, 0);
    console.log(`speaker_entities: ${rows.length} rows, ${(jsonBytes / 1024).toFixed(1)} KB of JSON; median of ${RUNS} runs after the first`);
    console.log('| step | first run (ms) | median (ms) |\n| --- | ---: | ---: |');
    for (const [name, { first, work }] of Object.entries(steps)) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push((await timed(work)).ms);
      console.log(`| ${name} | ${Number.isNaN(first) ? '' : first.toFixed(1)} | ${median(times).toFixed(1)} |`);
    }
    console.log(`First load in a fresh isolate (load + index + names): ${(load.ms + index.ms + names.ms).toFixed(1)} ms`);
  } finally {
    await proxy.dispose();
  }
} finally {
  rmSync(persistTo, { recursive: true, force: true });
}
