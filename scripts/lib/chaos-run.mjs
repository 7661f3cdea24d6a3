// The outbox chaos run behind `npm run chaos` (issue 7): observers capture clips through the real
// outbox code while a proxy breaks their requests and their backgrounds are terminated and their
// browsers restarted; then every clip must be in D1 exactly once, and the record must equal that
// of the same clips sent without a single fault to a second Worker.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { api, bootstrapTeam, createDialogue, getRecord } from './api.mjs';
import { createBrowser } from './chaos-browser.mjs';
import { bundleOutbox } from './chaos-bundle.mjs';
import { startProxies } from './chaos-proxy.mjs';
import { FAULT_KINDS, fingerprint, makePlan, seededUuid } from './chaos-schedule.mjs';

const BATCH = 50;

async function setupTeam(url, bootstrapToken, observers, label) {
  const admin = await bootstrapTeam(url, bootstrapToken, { teamName: `${label} ${randomBytes(3).toString('hex')}`, adminName: `${label} admin` });
  const dialogue = await createDialogue(url, admin.token, {
    title: 'Chaos dialogue',
    theme: 'firearms',
    date: '2026-06-03',
    recordingStartedAt: '2026-06-03T13:00:00Z',
  });
  const tokens = [];
  const memberIndex = new Map();
  for (let o = 0; o < observers; o++) {
    const made = await api(url, '/members', { method: 'POST', token: admin.token, body: { name: `Observer ${o + 1}`, role: 'observer' } });
    tokens.push(made.token);
    memberIndex.set(made.member.id, o);
  }
  return { adminToken: admin.token, dialogueId: dialogue.id, tokens, memberIndex };
}

/**
 * The record as compared between the runs: what was said, when, and which clips of whom support
 * it. `clipId` maps the ids a clip was sent under back to the planned ones.
 */
export function comparable(record, memberIndex, clipId = (id) => id) {
  return record.interventions.map((i) => ({
    speaker: i.speaker.name,
    start: i.start,
    end: i.end,
    openEnd: i.openEnd,
    status: i.status,
    clips: i.clips.map((c) => `${clipId(c.id)} ${memberIndex.get(c.memberId)} ${c.role}`).sort(),
  }));
}

function firstDifference(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) return `intervention ${i + 1}: ${JSON.stringify(a[i])} vs fault-free ${JSON.stringify(b[i])}`;
  }
  return null;
}

/**
 * The same clips, each observer's in batches of 50 in capture order, with no fault anywhere. On
 * the chaos run's own Worker (`sameWorker`) they go under new ids, as clip ids are unique server-wide.
 */
async function faultFreeRecord(server, plan, sameWorker) {
  const team = await setupTeam(server.url, server.bootstrapToken, plan.observers, 'Fault-free');
  const sentAs = new Map();
  const planned = new Map();
  for (const [o, p] of plan.perObserver.entries()) {
    p.clips.forEach((c, seq) => {
      const id = sameWorker ? seededUuid(plan.seed, 'fault-free', o, seq) : c.id;
      sentAs.set(c.id, id);
      planned.set(id, c.id);
    });
  }
  for (const [o, p] of plan.perObserver.entries()) {
    for (let i = 0; i < p.clips.length; i += BATCH) {
      const clips = p.clips.slice(i, i + BATCH).map((c) => ({ ...c, id: sentAs.get(c.id), dialogueId: team.dialogueId }));
      const body = { clips };
      const key = createHash('sha256').update(JSON.stringify(body)).digest('hex');
      const answer = await api(server.url, '/clips', { method: 'POST', token: team.tokens[o], body, headers: { 'Idempotency-Key': key } });
      const bad = answer.results.filter((r) => r.status !== 'stored');
      if (bad.length) throw new Error(`the fault-free run was refused clips: ${JSON.stringify(bad.slice(0, 3))}`);
    }
  }
  return comparable(await getRecord(server.url, team.adminToken, team.dialogueId), team.memberIndex, (id) => planned.get(id) ?? id);
}

/**
 * Runs the chaos against `chaos` (a Worker: { url, bootstrapToken }) and the fault-free comparison
 * against `baseline` (another, fresh Worker) or, without one, in another team of the same Worker.
 * Resolves with the figures.
 */
export async function runChaos({
  chaos,
  baseline,
  clips = 10_000,
  observers = 20,
  seed = 'chaos',
  faultRate = 0.1,
  terminationsPerObserver = 3,
  restartsPerObserver = 1,
  gapMs = 40,
  speed = 30,
  timeoutMs = 30 * 60_000,
  log = () => {},
}) {
  const plan = makePlan({ seed, clips, observers, faultRate, terminationsPerObserver, restartsPerObserver, gapMs });
  const schedule = fingerprint(plan);
  log(`seed ${plan.seed} (schedule ${schedule}): ${clips} clips from ${observers} observers, ${Math.round(faultRate * 100)}% of requests faulted`);
  const team = await setupTeam(chaos.url, chaos.bootstrapToken, observers, 'Chaos');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'udc-chaos-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeDir);
  const counts = {
    requests: 0,
    faults: Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])),
    terminations: {},
    restarts: 0,
    boots: 0,
    attempts: 0,
    clipSends: 0,
    panelResaves: 0,
    throttled: 0,
    inFlight409: 0,
    upstreamErrors: 0,
  };
  const errors = [];
  const onError = (message) => {
    errors.push(message);
    if (process.env.CHAOS_DEBUG) console.error(message);
  };
  const started = performance.now();
  let leftovers;
  let proxies;
  try {
    const bundle = await bundleOutbox(path.join(dir, 'bundle'));
    const browsers = [];
    proxies = await startProxies({ plan, targetUrl: chaos.url, browsers, counts, onError });
    const clock = { t0: Date.now(), r0: Date.now(), speed };
    const now = () => clock.t0 + (Date.now() - clock.r0) * speed;
    proxies.urls.forEach((serverUrl, o) =>
      browsers.push(
        createBrowser({
          index: o,
          bundle,
          storageFile: path.join(dir, `observer-${o + 1}.json`),
          settings: { serverUrl, token: team.tokens[o] },
          clock,
          seed: plan.seed,
          counts,
          onError,
        }),
      ),
    );
    const deadline = Date.now() + timeoutMs;
    // A Worker that dies mid-run would leave every outbox retrying until the deadline.
    let abort;
    const aborted = new Promise((_, reject) => (abort = reject));
    aborted.catch(() => {});
    chaos.worker?.exited?.then(({ code, signal }) =>
      abort(new Error(`the Worker exited (${signal ?? `code ${code}`}) during the run:\n${chaos.worker.output.slice(-2_000)}`)),
    );
    const runs = browsers.map((b, o) => {
      const p = plan.perObserver[o];
      return b.run({ ...p, clips: p.clips.map((c) => ({ ...c, dialogueId: team.dialogueId })) }, now, deadline);
    });
    try {
      leftovers = await Promise.race([Promise.all(runs), aborted]);
    } finally {
      await Promise.all(browsers.map((b) => b.stop()));
    }
  } finally {
    await proxies?.close();
    removeDir();
    process.off('exit', removeDir);
  }
  const durationS = (performance.now() - started) / 1000;
  log(`chaos phase done in ${durationS.toFixed(1)} s; checking the database`);

  // What D1 holds: every clip row of the dialogue (the backup), and the assembled record.
  const backup = await api(chaos.url, '/backup', { token: team.adminToken });
  const rows = backup.clips.filter((c) => c.dialogueId === team.dialogueId);
  const record = await getRecord(chaos.url, team.adminToken, team.dialogueId);
  const planned = new Set(plan.perObserver.flatMap((p) => p.clips.map((c) => c.id)));
  const stored = new Set(rows.map((r) => r.id));
  const notes = new Set(rows.map((r) => r.note));
  const inRecord = record.interventions.flatMap((i) => i.clipIds);
  const lost = [...planned].filter((id) => !stored.has(id));
  const duplicated = rows.length - stored.size + (stored.size - notes.size) + (inRecord.length - new Set(inRecord).size);
  const unplanned = [...stored].filter((id) => !planned.has(id));
  const recorded = new Set(inRecord);
  const notInRecord = [...planned].filter((id) => !recorded.has(id)).length;

  log(`sending the same clips without faults to ${baseline ? 'a second Worker' : 'another team'}`);
  const expected = await faultFreeRecord(baseline ?? chaos, plan, !baseline);
  const actual = comparable(record, team.memberIndex);
  const difference = firstDifference(actual, expected);

  return {
    seed: plan.seed,
    schedule,
    clips,
    observers,
    faultRate,
    durationS,
    requests: counts.requests,
    faults: counts.faults,
    faultsTotal: Object.values(counts.faults).reduce((a, b) => a + b, 0),
    terminations: counts.terminations,
    terminationsTotal: Object.values(counts.terminations).reduce((a, b) => a + b, 0),
    restarts: counts.restarts,
    boots: counts.boots,
    attempts: counts.attempts,
    retries: counts.clipSends - planned.size,
    panelResaves: counts.panelResaves,
    throttled: counts.throttled,
    inFlight409: counts.inFlight409,
    upstreamErrors: counts.upstreamErrors,
    stored: stored.size,
    lost: lost.length,
    lostSamples: lost.slice(0, 5),
    duplicated,
    unplanned: unplanned.length,
    notInRecord,
    leftInOutboxes: leftovers.reduce((n, l) => n + l.length, 0),
    failedInOutboxes: leftovers.flat().filter((e) => e.state === 'failed').map((e) => `${e.clip.id}: ${e.lastError}`).slice(0, 5),
    interventions: actual.length,
    recordEqual: difference === null,
    recordDifference: difference,
    errors,
  };
}

export function formatChaos(r) {
  const kinds = (o) => Object.entries(o).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  return [
    `seed ${r.seed} (schedule ${r.schedule}); ${r.clips} clips from ${r.observers} observers; ran ${r.durationS.toFixed(1)} s`,
    `requests reaching the proxy ${r.requests}; faults injected ${r.faultsTotal}: ${kinds(r.faults)}`,
    `terminations ${r.terminationsTotal} (${kinds(r.terminations)}); browser restarts ${r.restarts}; background starts ${r.boots}`,
    `send attempts ${r.attempts}; clips re-sent (retries) ${r.retries}; panel re-saves ${r.panelResaves}; real 429s ${r.throttled}, 409s ${r.inFlight409}, Worker connection errors ${r.upstreamErrors}`,
    `stored ${r.stored} of ${r.clips}: lost ${r.lost}, duplicated ${r.duplicated}, not planned ${r.unplanned}, missing from the record ${r.notInRecord}, left in outboxes ${r.leftInOutboxes}`,
    `record (${r.interventions} interventions) equal to the fault-free run's: ${r.recordEqual ? 'yes' : `NO (${r.recordDifference})`}`,
    ...(r.errors.length ? [`errors ${r.errors.length}: ${r.errors.slice(0, 3).join(' | ')}`] : []),
  ].join('\n');
}
