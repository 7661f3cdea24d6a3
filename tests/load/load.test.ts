// The small version of `npm run load`: a few observers for a few seconds against wrangler dev.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runLoad } from '../../scripts/lib/load-run.mjs';
import { startOwnWorker } from '../../scripts/lib/replay-run.mjs';

let worker: Awaited<ReturnType<typeof startOwnWorker>>;

beforeAll(async () => {
  worker = await startOwnWorker();
});

afterAll(async () => {
  await worker?.stop();
});

it('stores every clip of 5 observers × 2 clips/s for 5 s without an error, each once in the record', async () => {
  const result = await runLoad({ apiUrl: worker.url, bootstrapToken: worker.bootstrapToken, observers: 5, ratePerObserver: 2, durationS: 5 });
  console.log(`load (small): ${result.clipsStored} clips, p50 ${result.latencyMs.p50?.toFixed(1)} ms, p99 ${result.latencyMs.p99?.toFixed(1)} ms`);
  expect(result.errorSamples).toEqual([]);
  expect(result.clipsStored).toBe(50);
  expect(result.duplicatesInRecord).toBe(0);
  expect(result.complete).toBe(true);
});
