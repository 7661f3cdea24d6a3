// `npm run replay` against a server: a team, one observer token per scenario observer, the dialogue,
// every clip through POST /clips as the observers' outboxes would send them, then the record.
// Also starts a throwaway Worker (fresh local D1, free port, random bootstrap secret) when asked.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { api, bootstrapTeam, createDialogue, getRecord } from './api.mjs';
import { idempotencyKey, planBatches, toClipInput, toOutput } from './replay-scenario.mjs';
import { applyMigrations, isHealthy, startWorker } from './wrangler.mjs';

export class ReplayError extends Error {}

/**
 * Replays a checked scenario (see readScenario) through the HTTP API at `apiUrl`.
 * Resolves with { output, stats, dialogueId, adminToken }; rejects with ReplayError (or ApiError for a non-2xx answer).
 */
export async function replayScenario(scenario, { apiUrl, bootstrapToken, flushEvery, flushAfterS, newIds = false, log = () => {} }) {
  const started = performance.now();
  if (!(await isHealthy(apiUrl))) throw new ReplayError(`no server answers at ${apiUrl}/api/v1/health (is it running? is the URL right?)`);
  if (!bootstrapToken) throw new ReplayError('a bootstrap token is needed to create the team: pass --bootstrap-token or set BOOTSTRAP_TOKEN');

  const boot = await bootstrapTeam(apiUrl, bootstrapToken, { teamName: `Replay of ${scenario.name}`, adminName: 'Replay admin' });
  const tokens = new Map();
  const observerOf = new Map();
  for (const observer of scenario.observers) {
    const created = await api(apiUrl, '/members', { method: 'POST', token: boot.token, body: { name: observer.name, role: 'observer' } });
    if (typeof created?.token !== 'string') throw new ReplayError(`POST /members for ${observer.id} gave no token: ${JSON.stringify(created)}`);
    tokens.set(observer.id, created.token);
    if (created.member?.id) observerOf.set(created.member.id, observer.id);
  }
  const d = scenario.dialogue;
  const dialogue = await createDialogue(apiUrl, boot.token, {
    title: d.title,
    theme: d.theme,
    date: d.date,
    webcastUrl: d.webcastUrl ?? null,
    recordingStartedAt: d.recordingStartedAt ?? null,
  });
  log(`team, ${tokens.size} observers and dialogue ${dialogue.id} created`);

  // Clip ids are unique server-wide: a second replay of the same file on the same server needs new ones.
  const sentId = new Map(scenario.clips.map((c) => [c.id, newIds ? randomUUID() : c.id]));
  const batches = planBatches(scenario.clips, { flushEvery, flushAfterS });
  let sent = 0;
  for (const [n, batch] of batches.entries()) {
    const clips = batch.clips.map((c) => ({ ...toClipInput(c, dialogue.id), id: sentId.get(c.id) }));
    const body = JSON.stringify({ clips });
    const answer = await api(apiUrl, '/clips', {
      method: 'POST',
      token: tokens.get(batch.observer),
      body: { clips },
      headers: { 'Idempotency-Key': idempotencyKey(body) },
    });
    checkResults(answer, batch, n);
    sent += clips.length;
  }
  log(`${sent} clips sent in ${batches.length} batches`);

  const record = await getRecord(apiUrl, boot.token, dialogue.id);
  const output = toOutput(scenario, newIds ? restoreIds(record, sentId) : record, observerOf);
  const stats = {
    clips: sent,
    batches: batches.length,
    interventions: output.interventions.length,
    seconds: (performance.now() - started) / 1000,
  };
  // The admin's token and the dialogue, for what the caller does next (exports).
  return { output, stats, dialogueId: dialogue.id, adminToken: boot.token };
}

/** The record with the scenario's own clip ids wherever a replacement id appears. */
function restoreIds(record, sentId) {
  const original = new Map([...sentId].map(([scenarioId, id]) => [id, scenarioId]));
  const walk = (v) => {
    if (typeof v === 'string') return original.get(v) ?? v;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(record);
}

/** Every clip must come back 'stored'; anything else is the replay's failure, with the server's reasons. */
function checkResults(answer, batch, n) {
  const results = Array.isArray(answer?.results) ? answer.results : null;
  const bad = [];
  batch.clips.forEach((clip, index) => {
    const result = results?.find((r) => r.index === index);
    if (result?.status === 'stored') return;
    const why = result
      ? `${result.status}${result.problems?.length ? `: ${result.problems.map((p) => `${p.path || '(clip)'} ${p.message}`).join('; ')}` : ''}`
      : 'no result';
    bad.push(`  clip ${clip.id} (${batch.observer}, ${clip.kind} "${clip.speaker}"): ${why}`);
  });
  if (bad.length) {
    const conflict = results?.some((r) => r.status === 'conflict')
      ? '\n  A conflict means the server already holds a clip with that id, e.g. from an earlier replay of this' +
        ' scenario: replay on a fresh Worker (leave out --api) or pass --new-ids.'
      : '';
    throw new ReplayError(`batch ${n + 1} (${batch.clips.length} clips of ${batch.observer}) was not stored whole:\n${bad.join('\n')}${conflict}`);
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Temporary D1 directories of Workers started here and not yet stopped. */
const tempDirs = new Set();

/** Synchronous, for signal and exit handlers: removes what startOwnWorker left behind. */
export function removeTempDirsNow() {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

/**
 * A Worker of its own: `wrangler dev` on a fresh temporary D1 with the migrations applied, a free port
 * and a random bootstrap secret. stop() stops it and removes the temporary directory.
 */
export async function startOwnWorker({ onOutput } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'udc-replay-'));
  const persistTo = path.join(dir, 'd1');
  tempDirs.add(dir);
  const remove = () => {
    rmSync(dir, { recursive: true, force: true });
    tempDirs.delete(dir);
  };
  try {
    const [, port] = await Promise.all([applyMigrations({ persistTo }), freePort()]);
    const bootstrapToken = randomBytes(24).toString('base64url');
    const worker = await startWorker({ port, persistTo, vars: { BOOTSTRAP_TOKEN: bootstrapToken }, onOutput });
    return {
      url: worker.url,
      bootstrapToken,
      worker,
      stop: async () => {
        await worker.stop();
        remove();
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}
