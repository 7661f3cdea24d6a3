/**
 * The record read (GET /dialogues/{id}/record's service, currentRecord) on a dialogue with many
 * interventions, some merged, split and undone: what each intervention's `undoable` costs. Run:
 * npx tsx tests/worker/record-bench.ts [TURNS]
 *
 * The D1 is wrangler's local one, reached from Node through its platform proxy: every time includes
 * that hop (about as long as SELECT 1), not a deployed D1's network round trip. Merges, splits and
 * undos are made by the Worker's own services, so the revisions are the ones the routes write.
 * Medians of RUNS runs after a first one. A Node script, not a test (see speaker-table-bench.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { getPlatformProxy } from 'wrangler';
import { applyMigrations } from '../../scripts/lib/wrangler.mjs';
import { undoableOf } from '../../shared/review/undo';
import { getDb, type Db } from '../../worker/db/client';
import type { Caller } from '../../worker/env';
import { assembleDialogue } from '../../worker/services/assembly';
import { currentRecord } from '../../worker/services/record';
import { mergeInterventions, splitIntervention } from '../../worker/services/review-structure';
import { undoStructure } from '../../worker/services/review-undo';

const RUNS = 30;
const TURNS = Number(process.argv[2] ?? 400);
const SPEAKERS = ['France', 'Chile', 'Peru', 'Mexico', 'Germany', 'Spain', 'Kenya', 'Japan', 'Brazil', 'Egypt'];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function medianMs(work: () => unknown): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A dialogue of TURNS turns, two clips each, assembled. */
async function seed(d1: D1Database, db: Db, caller: Caller, title: string): Promise<string> {
  const id = crypto.randomUUID();
  await d1
    .prepare(`INSERT INTO dialogues (id, team_id, title, theme, date) VALUES (?, ?, ?, 'bench', '2026-11-30')`)
    .bind(id, caller.team.id, title)
    .run();
  const insert = d1.prepare(
    `INSERT INTO clips (id, team_id, dialogue_id, member_id, kind, clock, "start", "end", speaker, tags, note, channel, captured_at, content_hash)
     VALUES (?, ?, ?, ?, 'webcast', 'recording', ?, ?, ?, '[]', ?, 'floor', '2026-11-30T01:00:00Z', 'bench')`,
  );
  const rows = Array.from({ length: TURNS }, (_, i) => [0, 5].map((late) => {
    const speaker = SPEAKERS[i % SPEAKERS.length]!;
    return insert.bind(crypto.randomUUID(), caller.team.id, id, caller.member.id, i * 100 + late, i * 100 + 60 - late, speaker, `${speaker} ${i}`);
  })).flat();
  for (let i = 0; i < rows.length; i += 200) await d1.batch(rows.slice(i, i + 200));
  await assembleDialogue(db, caller.team.id, id);
  return id;
}

/** Every tenth merged with the next, every tenth (offset 5) split, a third of the merges undone. */
async function restructure(db: Db, caller: Caller, dialogueId: string) {
  const ids = (await currentRecord(db, caller, dialogueId)).interventions.map((iv) => iv.id);
  const find = async (id: string) => (await currentRecord(db, caller, dialogueId)).interventions.find((iv) => iv.id === id)!;
  let merges = 0;
  let splits = 0;
  let undos = 0;
  for (let k = 0; k + 5 < ids.length; k += 10) {
    const [a, b] = [await find(ids[k]!), await find(ids[k + 1]!)];
    if ((await mergeInterventions(db, caller, { ids: [a.id, b.id], baseVersions: [a.version, b.version] })).ok) merges++;
    const c = await find(ids[k + 5]!);
    if ((await splitIntervention(db, caller, c.id, { baseVersion: c.version, at: c.start! + 3 })).ok) splits++;
    if (k % 30 === 0) {
      const merged = await find(a.id);
      if ((await undoStructure(db, caller, a.id, { baseVersion: merged.version })).ok) undos++;
    }
  }
  return { merges, splits, undos };
}

const persistTo = mkdtempSync(path.join(os.tmpdir(), 'udc-record-bench-'));
try {
  await applyMigrations({ persistTo });
  const proxy = await getPlatformProxy<{ DB: D1Database }>({ persist: { path: path.join(persistTo, 'v3') } });
  try {
    const d1 = proxy.env.DB;
    const db = getDb(d1);
    const teamId = crypto.randomUUID();
    const memberId = crypto.randomUUID();
    await d1.batch([
      d1.prepare(`INSERT INTO teams (id, name) VALUES (?, 'Bench')`).bind(teamId),
      d1.prepare(`INSERT INTO members (id, team_id, name, role) VALUES (?, ?, 'Bench reviewer', 'reviewer')`).bind(memberId, teamId),
    ]);
    const caller: Caller = { tokenId: 'bench', team: { id: teamId, name: 'Bench' }, member: { id: memberId, name: 'Bench reviewer', role: 'reviewer' }, role: 'reviewer' };

    const untouched = await seed(d1, db, caller, 'untouched');
    const reviewed = await seed(d1, db, caller, 'reviewed');
    const made = await restructure(db, caller, reviewed);
    const record = await currentRecord(db, caller, reviewed);
    const offered = record.interventions.filter((iv) => iv.undoable).length;
    const structural = await d1
      .prepare(
        `SELECT r.intervention_id AS interventionId, r.version, r.at, r.action, r.changes FROM revisions r
         JOIN interventions i ON i.id = r.intervention_id
         WHERE i.team_id = ? AND i.dialogue_id = ? AND i.merged_into IS NULL AND r.action IN ('merge', 'split', 'undo-merge', 'undo-split')
         ORDER BY r.intervention_id, r.version DESC`,
      )
      .bind(teamId, reviewed);
    const projected = d1
      .prepare(
        `SELECT r.intervention_id AS interventionId, r.version, r.at, r.action, json_extract(r.changes, '$.mergedFrom.to') AS m,
           json_extract(r.changes, '$.splitFrom.to') AS s FROM revisions r
         JOIN interventions i ON i.id = r.intervention_id
         WHERE i.team_id = ? AND i.dialogue_id = ? AND i.merged_into IS NULL AND r.action IN ('merge', 'split', 'undo-merge', 'undo-split')
         ORDER BY r.intervention_id, r.version DESC`,
      )
      .bind(teamId, reviewed);
    const bytes = (await structural.all<{ changes: string }>()).results.reduce((n, r) => n + r.changes.length, 0);
    console.log(`structural revisions' changes: ${(bytes / 1024).toFixed(1)} KB`);
    const rows = (await structural.all<{ interventionId: string; version: number; at: string; action: string; changes: string }>()).results;
    const histories = new Map<string, { version: number; at: string; action: string; changes: Record<string, { from: unknown; to: unknown }> }[]>();
    for (const r of rows) {
      const list = histories.get(r.interventionId) ?? [];
      list.push({ ...r, changes: JSON.parse(r.changes) });
      histories.set(r.interventionId, list);
    }

    console.log(
      `${TURNS} turns; reviewed dialogue: ${record.interventions.length} interventions shown after ${made.merges} merges, ` +
        `${made.splits} splits, ${made.undos} undos (${rows.length} structural revisions, ${offered} offered an undo); median of ${RUNS} runs`,
    );
    console.log('| step | median (ms) |\n| --- | ---: |');
    const steps: Record<string, () => unknown> = {
      'SELECT 1 (the proxy hop alone)': () => d1.prepare('SELECT 1').first(),
      'currentRecord, dialogue nobody reviewed': () => currentRecord(db, caller, untouched),
      'currentRecord, reviewed dialogue': () => currentRecord(db, caller, reviewed),
      'its structural-revisions SELECT alone': () => structural.all(),
      'the same, changes cut to what undo reads': () => projected.all(),
      'undoableOf for every intervention (JS)': () => record.interventions.map((iv) => undoableOf(iv.id, histories.get(iv.id) ?? [])),
    };
    for (const [name, work] of Object.entries(steps)) console.log(`| ${name} | ${(await medianMs(work)).toFixed(2)} |`);
  } finally {
    await proxy.dispose();
  }
} finally {
  rmSync(persistTo, { recursive: true, force: true });
}
