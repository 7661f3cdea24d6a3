// `npm run replay -- SCENARIO.json OUT.json [--api URL] [--bootstrap-token T] [--export DIR [--include all]]`
// Sends a capture scenario (tests/scenarios/FORMAT.md) through the real HTTP API as its observers
// would, and writes the assembled record on the recording clock for tests/scenarios/evaluate.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiError } from './lib/api.mjs';
import { writeExports } from './lib/replay-export.mjs';
import { ReplayError, removeTempDirsNow, replayScenario, startOwnWorker } from './lib/replay-run.mjs';
import { ScenarioError, readScenario } from './lib/replay-scenario.mjs';
import { killAllWorkersNow, stopAllWorkers } from './lib/wrangler.mjs';

const USAGE = `usage: npm run replay -- SCENARIO.json OUT.json [--api URL] [--bootstrap-token T]
                      [--flush-every N] [--flush-after SECONDS] [--new-ids] [--export DIR [--include all]]
  Without --api it starts its own Worker on a fresh local D1 and stops it at the end.
  With --api it uses that server; the bootstrap token comes from --bootstrap-token or BOOTSTRAP_TOKEN.
  --flush-every / --flush-after: an observer's outbox sends when it holds N clips (default 5) or its
  oldest clip has waited SECONDS of capture time (default 300).
  --new-ids: send the clips under new ids, to replay a scenario again on a server that holds it already
  (OUT.json still uses the scenario's ids).
  --export DIR: also write every export of the replayed dialogue into DIR, one file per format
  (.md, .html, .csv, .json, .popolo.json, .jsonld, .vtt), fetched through the export route.
  --include all: export drafts too. A replay approves nothing, so without it the exports hold no
  interventions: the summaries are empty of drafts.`;

function fail(message, code = 1) {
  console.error(`✖ ${message}`);
  process.exit(code);
}

function parse() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        api: { type: 'string' },
        'bootstrap-token': { type: 'string' },
        'flush-every': { type: 'string' },
        'flush-after': { type: 'string' },
        'new-ids': { type: 'boolean' },
        export: { type: 'string' },
        include: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail(`${error.message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 2) fail(`expected SCENARIO.json and OUT.json, got ${positionals.length} argument(s)\n${USAGE}`, 2);
  const number = (name, min) => {
    if (values[name] === undefined) return undefined;
    const n = Number(values[name]);
    if (!Number.isFinite(n) || n < min) fail(`--${name} must be a number >= ${min} (got "${values[name]}")\n${USAGE}`, 2);
    return n;
  };
  if (values.include !== undefined && values.include !== 'all' && values.include !== 'approved') {
    fail(`--include must be "all" or "approved" (got "${values.include}")\n${USAGE}`, 2);
  }
  if (values.include !== undefined && values.export === undefined) fail(`--include needs --export DIR\n${USAGE}`, 2);
  const api = values.api?.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
  if (api !== undefined && !/^https?:\/\/[^/]+/.test(api)) fail(`--api must be an http(s) URL such as http://127.0.0.1:8787 (got "${values.api}")`, 2);
  return {
    scenarioPath: positionals[0],
    outPath: positionals[1],
    api,
    bootstrapToken: values['bootstrap-token'] ?? process.env.BOOTSTRAP_TOKEN,
    flushEvery: number('flush-every', 1),
    flushAfterS: number('flush-after', 0),
    newIds: values['new-ids'] ?? false,
    exportDir: values.export,
    include: values.include ?? 'approved',
  };
}

/** What went wrong, in words: the server's answer, an unreachable server, or a bad scenario. */
function explain(error, apiUrl) {
  if (error instanceof ApiError) {
    const problems = error.body?.error?.problems?.map((p) => `\n  ${p.path || '(body)'}: ${p.message}`).join('') ?? '';
    const hint = error.status === 404 && /\/members/.test(error.message) ? '\n  (this server has no POST /api/v1/members yet)' : '';
    const body = error.body?.error ? '' : `\n  body: ${JSON.stringify(error.body)?.slice(0, 500)}`;
    return `${error.message}${problems}${body}${hint}`;
  }
  if (error instanceof ScenarioError || error instanceof ReplayError) return error.message;
  const cause = error?.cause?.code ?? error?.cause?.message;
  if (error instanceof TypeError && /fetch failed/.test(error.message)) return `cannot reach the server at ${apiUrl}${cause ? ` (${cause})` : ''}`;
  if (error?.name === 'TimeoutError') return `the server at ${apiUrl} did not answer in time`;
  return error?.stack ?? String(error);
}

async function main() {
  const args = parse();
  let scenario;
  try {
    scenario = readScenario(args.scenarioPath);
  } catch (error) {
    fail(explain(error));
  }

  let own = null;
  let stopping = false;
  const stopOwn = async () => {
    const running = own;
    own = null;
    if (running) await running.stop();
    else await stopAllWorkers(); // a Worker still starting up
  };
  // wrangler runs in its own process group: Ctrl-C on us must stop it explicitly.
  process.once('exit', () => {
    killAllWorkersNow();
    removeTempDirsNow();
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      stopping = true;
      console.error(`\n${signal}: stopping${own ? ' the Worker' : ''}…`);
      stopOwn().finally(() => process.exit(130));
    });
  }

  let apiUrl = args.api;
  let bootstrapToken = args.bootstrapToken;
  const started = performance.now();
  try {
    if (!apiUrl) {
      process.stdout.write('Starting a local Worker on a fresh D1… ');
      own = await startOwnWorker();
      apiUrl = own.url;
      bootstrapToken = own.bootstrapToken;
      console.log(`ready at ${apiUrl} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
    const { output, stats, dialogueId, adminToken } = await replayScenario(scenario, {
      apiUrl,
      bootstrapToken,
      flushEvery: args.flushEvery,
      flushAfterS: args.flushAfterS,
      newIds: args.newIds,
    });
    mkdirSync(path.dirname(path.resolve(args.outPath)), { recursive: true });
    writeFileSync(args.outPath, `${JSON.stringify(output, null, 2)}\n`);
    const total = (performance.now() - started) / 1000;
    console.log(
      `${scenario.name}: ${stats.clips} clips sent in ${stats.batches} batches by ${scenario.observers.length} observers → ` +
        `${stats.interventions} interventions in ${stats.seconds.toFixed(1)} s` +
        `${own ? ` (${total.toFixed(1)} s with the Worker's start)` : ''}; written to ${args.outPath}`,
    );
    if (args.exportDir) {
      const files = await writeExports(apiUrl, adminToken, dialogueId, args.exportDir, { include: args.include });
      const note = args.include === 'all' ? 'drafts included' : 'approved interventions only: a replay approves none';
      console.log(`${files.length} exports (${note}) written to ${args.exportDir}: ${files.map((f) => path.basename(f)).join(', ')}`);
    }
  } catch (error) {
    if (stopping) return;
    console.error(`✖ replay of ${scenario.name} failed: ${explain(error, apiUrl)}`);
    if (own && error instanceof ApiError && error.status >= 500) console.error(`--- Worker output ---\n${own.worker.output.trim()}`);
    process.exitCode = 1;
  } finally {
    if (!stopping) await stopOwn();
  }
}

await main();
