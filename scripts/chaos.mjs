// `npm run chaos [-- --clips 10000 --observers 20 --seed S --fault-rate 0.1 --terminations 3 --restarts 1]`
// Observers capture clips through the real extension outbox while a proxy injects faults and their
// backgrounds are terminated and browsers restarted; prints the figures and whether every clip is in
// D1 exactly once with the same record as a fault-free run. Starts two Workers on fresh local D1s.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { formatChaos, runChaos } from './lib/chaos-run.mjs';
import { startWorkers } from './lib/chaos-worker.mjs';
import { removeTempDirsNow } from './lib/replay-run.mjs';
import { killAllWorkersNow, stopAllWorkers } from './lib/wrangler.mjs';

const { values } = parseArgs({
  options: {
    clips: { type: 'string', default: '10000' },
    observers: { type: 'string', default: '20' },
    seed: { type: 'string' },
    'fault-rate': { type: 'string', default: '0.1' },
    terminations: { type: 'string', default: '3' },
    restarts: { type: 'string', default: '1' },
    gap: { type: 'string', default: '40' },
    speed: { type: 'string', default: '30' },
    json: { type: 'boolean' },
  },
});
const number = (name, min, max = Infinity) => {
  const n = Number(values[name]);
  if (!Number.isFinite(n) || n < min || n > max) {
    console.error(`✖ --${name} must be a number from ${min}${max < Infinity ? ` to ${max}` : ''} (got "${values[name]}")`);
    process.exit(2);
  }
  return n;
};
const options = {
  clips: number('clips', 1),
  observers: number('observers', 1, 200),
  seed: values.seed ?? randomBytes(4).toString('hex'),
  faultRate: number('fault-rate', 0, 0.9),
  terminationsPerObserver: number('terminations', 0),
  restartsPerObserver: number('restarts', 0),
  gapMs: number('gap', 0),
  speed: number('speed', 1),
};

const cleanUp = () => {
  killAllWorkersNow();
  removeTempDirsNow();
};
process.on('SIGINT', () => (cleanUp(), process.exit(130)));
process.on('SIGTERM', () => (cleanUp(), process.exit(143)));

const workers = [];
try {
  console.log('• Building the Worker and starting two of it on fresh local D1s (the chaos run and the fault-free one)…');
  workers.push(...(await startWorkers(2)));
  const [chaos, baseline] = workers;
  const result = await runChaos({ chaos, baseline, ...options, log: (m) => console.log(`• ${m}`) });
  console.log(values.json ? JSON.stringify(result) : formatChaos(result));
  const clean = result.lost === 0 && result.duplicated === 0 && result.recordEqual && result.errors.length === 0;
  process.exitCode = clean ? 0 : 1;
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
} finally {
  await Promise.all(workers.map((w) => w.stop()));
  await stopAllWorkers();
}
