// The small version of `npm run chaos`: 400 clips from 4 observers through the real outbox code,
// every fault kind at least once (observer 1's first five requests), terminations and browser
// restarts at fixed captures, against wrangler dev; then nothing lost, nothing twice, and the same
// record as a fault-free run. Nothing here depends on timing: the schedule is keyed by request and
// capture numbers, and every figure asserted is a count the schedule guarantees.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatChaos, runChaos } from '../../scripts/lib/chaos-run.mjs';
import { startWorkers, type ChaosWorker } from '../../scripts/lib/chaos-worker.mjs';

let worker: ChaosWorker | undefined;

beforeAll(async () => {
  [worker] = await startWorkers(1);
}, 300_000);

afterAll(async () => {
  await worker?.stop();
}, 60_000);

it('loses and duplicates no clip of 400 through faults, terminations and restarts, and assembles the fault-free record', async () => {
  // The fault-free run goes to another team of the same Worker, under new clip ids mapped back.
  const result = await runChaos({
    chaos: worker!,
    clips: 400,
    observers: 4,
    seed: 'npm-test',
    terminationsPerObserver: 2,
    restartsPerObserver: 1,
    timeoutMs: 8 * 60_000,
  });
  console.log(`chaos (small):\n${formatChaos(result)}`);
  expect(result.errors).toEqual([]);
  expect(result.failedInOutboxes).toEqual([]);
  expect(result.lostSamples).toEqual([]);
  expect(result.lost).toBe(0);
  expect(result.duplicated).toBe(0);
  expect(result.unplanned).toBe(0);
  expect(result.stored).toBe(400);
  expect(result.notInRecord).toBe(0);
  expect(result.leftInOutboxes).toBe(0);
  expect(result.recordDifference).toBeNull();
  expect(result.recordEqual).toBe(true);
  // Every kind of fault was injected, and the backgrounds were really stopped and restarted.
  for (const kind of ['refused', 'http500', 'http503', 'timeout', 'lost'] as const) expect(result.faults[kind]).toBeGreaterThanOrEqual(1);
  expect((result.terminations.idle ?? 0) + (result.terminations['mid-add'] ?? 0)).toBeGreaterThanOrEqual(2);
  expect(result.restarts).toBe(4);
  expect(result.retries).toBeGreaterThan(0);
}, 900_000);
