// `npm run load [-- --observers 20 --rate 2 --duration 60] [--api URL --bootstrap-token T]`
// Drives observers posting clips against wrangler dev on loopback and prints throughput, latency
// percentiles, errors, and whether the assembled record holds every clip exactly once.
import { parseArgs } from 'node:util';
import { formatLoad, runLoad } from './lib/load-run.mjs';
import { removeTempDirsNow, startOwnWorker } from './lib/replay-run.mjs';
import { killAllWorkersNow, stopAllWorkers } from './lib/wrangler.mjs';

const { values } = parseArgs({
  options: {
    observers: { type: 'string', default: '20' },
    rate: { type: 'string', default: '2' },
    duration: { type: 'string', default: '60' },
    api: { type: 'string' },
    'bootstrap-token': { type: 'string' },
    json: { type: 'boolean' },
  },
});
const number = (name, min) => {
  const n = Number(values[name]);
  if (!Number.isFinite(n) || n < min) {
    console.error(`✖ --${name} must be a number >= ${min} (got "${values[name]}")`);
    process.exit(2);
  }
  return n;
};
const options = { observers: number('observers', 1), ratePerObserver: number('rate', 0.1), durationS: number('duration', 1) };

const cleanUp = () => {
  killAllWorkersNow();
  removeTempDirsNow();
};
process.on('SIGINT', () => (cleanUp(), process.exit(130)));
process.on('SIGTERM', () => (cleanUp(), process.exit(143)));

let own = null;
try {
  let apiUrl = values.api;
  let bootstrapToken = values['bootstrap-token'] ?? process.env.BOOTSTRAP_TOKEN;
  if (!apiUrl) {
    console.log('• Starting a Worker on a fresh local D1…');
    own = await startOwnWorker();
    apiUrl = own.url;
    bootstrapToken = own.bootstrapToken;
  } else if (!bootstrapToken) {
    console.error('✖ --api needs the server\'s bootstrap secret: --bootstrap-token T or BOOTSTRAP_TOKEN');
    process.exit(2);
  }
  const result = await runLoad({ apiUrl, bootstrapToken, ...options, log: (m) => console.log(`• ${m}`) });
  console.log(values.json ? JSON.stringify(result) : formatLoad(result));
  process.exitCode = result.errors === 0 && result.complete ? 0 : 1;
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  if (own) await own.stop();
  await stopAllWorkers();
}
