// The load run behind `npm run load`: observers posting clips at a steady rate, as the extension
// does when every save flushes the outbox, against a running Worker.
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { api, ApiError, bootstrapTeam, createDialogue, getRecord } from './api.mjs';
import { sleep } from './wrangler.mjs';

const SPEAKERS = ['Chair', 'France', 'Brazil', 'UNODC', 'Japan', 'Mexico', 'Kenya', 'Italy', 'India', 'Egypt', 'EU', 'ACUNS'];

/** p-th percentile (0-100) of sorted values, nearest rank. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * An observer's `seq`-th clip: the recording runs 45 s per clip saved, in turns of about 90 s, so
 * every observer clips every other turn of the same meeting, a little late.
 */
function clipAt(observer, dialogueId, t, seq) {
  const turn = seq + (observer % 2);
  const start = turn * 90 + ((observer * 7 + seq) % 8);
  return {
    id: randomUUID(),
    dialogueId,
    kind: 'webcast',
    clock: 'recording',
    start,
    end: start + 60 + (seq % 25),
    speaker: SPEAKERS[turn % SPEAKERS.length],
    tags: ['load'],
    note: `observer ${observer}, clip ${seq}`,
    channel: 'floor',
    capturedAt: new Date(Date.UTC(2026, 5, 3, 13, 0, 0) + t * 1000).toISOString(),
  };
}

/**
 * Sets up a team, one token per observer and a dialogue, then has every observer post
 * `ratePerObserver` clips per second for `durationS` seconds, one clip per request. Resolves with
 * the figures: throughput, latency percentiles, errors, and whether the record holds every clip once.
 */
export async function runLoad({ apiUrl, bootstrapToken, observers = 20, ratePerObserver = 2, durationS = 60, log = () => {} }) {
  const admin = await bootstrapTeam(apiUrl, bootstrapToken, { teamName: `Load ${randomBytes(3).toString('hex')}`, adminName: 'Load admin' });
  const dialogue = await createDialogue(apiUrl, admin.token, {
    title: 'Load test dialogue',
    theme: 'firearms',
    date: '2026-06-03',
    recordingStartedAt: '2026-06-03T13:00:00Z',
  });
  const tokens = [];
  for (let o = 0; o < observers; o++) {
    const made = await api(apiUrl, '/members', { method: 'POST', token: admin.token, body: { name: `Observer ${o + 1}`, role: 'observer' } });
    tokens.push(made.token);
  }

  const latencies = [];
  const errors = [];
  const sent = [];
  const stored = [];
  const interval = 1000 / ratePerObserver;
  const started = performance.now();
  log(`${observers} observers × ${ratePerObserver} clips/s for ${durationS} s against ${apiUrl}`);

  await Promise.all(
    tokens.map(async (token, o) => {
      // Spread the observers over one interval so requests do not arrive in lockstep.
      await sleep((o * interval) / observers);
      for (let seq = 0; ; seq++) {
        // Compared as an offset: started + x - started is not always x in floating point.
        const offset = (o * interval) / observers + seq * interval;
        if (offset >= durationS * 1000) break;
        const wait = started + offset - performance.now();
        if (wait > 0) await sleep(wait);
        const clip = clipAt(o, dialogue.id, (performance.now() - started) / 1000, seq);
        const t0 = performance.now();
        // Every clip counts as sent: one whose answer was lost may still have been stored.
        sent.push(clip.id);
        try {
          const answer = await api(apiUrl, '/clips', { method: 'POST', token, body: { clips: [clip] } });
          latencies.push(performance.now() - t0);
          if (answer.results?.[0]?.status === 'stored') stored.push(clip.id);
          else errors.push(`${clip.id}: ${JSON.stringify(answer.results?.[0])}`);
        } catch (error) {
          latencies.push(performance.now() - t0);
          errors.push(error instanceof ApiError ? `${error.status} ${error.message}` : String(error));
        }
      }
    }),
  );
  const elapsedS = (performance.now() - started) / 1000;

  // The record is assembled after each answer; give the last assembly a moment, then check.
  const settle = performance.now();
  let record = await getRecord(apiUrl, admin.token, dialogue.id);
  const counted = () => record.interventions.flatMap((i) => i.clipIds);
  while (counted().length < stored.length && performance.now() - settle < 10_000) {
    await sleep(250);
    record = await getRecord(apiUrl, admin.token, dialogue.id);
  }
  const ids = counted();
  const unique = new Set(ids);
  // Complete: every acknowledged clip is there once, and nothing that was never sent.
  const sentIds = new Set(sent);
  const complete = ids.length === unique.size && stored.every((id) => unique.has(id)) && ids.every((id) => sentIds.has(id));

  latencies.sort((a, b) => a - b);
  return {
    observers,
    ratePerObserver,
    durationS,
    elapsedS,
    requests: latencies.length,
    clipsSent: sent.length,
    clipsStored: stored.length,
    throughputPerS: stored.length / elapsedS,
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies.at(-1) ?? null },
    errors: errors.length,
    errorSamples: errors.slice(0, 5),
    interventions: record.interventions.length,
    recordClips: ids.length,
    duplicatesInRecord: ids.length - unique.size,
    complete,
  };
}

export function formatLoad(r) {
  const ms = (x) => (x === null ? '-' : `${x.toFixed(1)} ms`);
  return [
    `observers ${r.observers} × ${r.ratePerObserver} clips/s for ${r.durationS} s (ran ${r.elapsedS.toFixed(1)} s)`,
    `requests ${r.requests}, clips acknowledged ${r.clipsStored} of ${r.clipsSent}, throughput ${r.throughputPerS.toFixed(1)} clips/s`,
    `latency p50 ${ms(r.latencyMs.p50)}, p95 ${ms(r.latencyMs.p95)}, p99 ${ms(r.latencyMs.p99)}, max ${ms(r.latencyMs.max)}`,
    `errors ${r.errors}${r.errorSamples.length ? ` (e.g. ${r.errorSamples[0]})` : ''}`,
    `record: ${r.interventions} interventions holding ${r.recordClips} clips, ${r.duplicatesInRecord} duplicated, ${r.complete ? 'complete (every acknowledged clip once, nothing unsent)' : 'INCOMPLETE'}`,
  ].join('\n');
}
