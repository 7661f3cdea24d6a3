// `npm run deploy`: applies the remote D1 migrations, then deploys the Worker. Stops before
// touching anything when wrangler.toml still holds the placeholder database_id or when wrangler is
// not logged in, with what to do about it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, wranglerEnv } from './lib/wrangler.mjs';

const WRANGLER_BIN = path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js');
const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';

/** The reason we cannot deploy with this wrangler.toml, or null. */
export function configProblem(toml) {
  const id = /^\s*database_id\s*=\s*"([^"]*)"/m.exec(toml)?.[1];
  if (!id) return 'wrangler.toml has no database_id for the DB binding.';
  if (id === PLACEHOLDER_ID) {
    return (
      'wrangler.toml still has the placeholder database_id.\n' +
      'Create the database with `npx wrangler d1 create un-dialogue-capture` and put the id it prints into wrangler.toml.'
    );
  }
  return null;
}

function wrangler(args, { capture = false } = {}) {
  // The real deploy talks to Cloudflare, so only the metrics stay off here.
  const env = wranglerEnv();
  delete env.CI;
  const result = spawnSync(process.execPath, [WRANGLER_BIN, ...args], {
    cwd: ROOT,
    env,
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
  });
  return { code: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function fail(message) {
  console.error(`deploy stopped: ${message}`);
  process.exit(1);
}

function main() {
  const problem = configProblem(readFileSync(path.join(ROOT, 'wrangler.toml'), 'utf8'));
  if (problem) fail(problem);

  const whoami = wrangler(['whoami'], { capture: true });
  if (whoami.code !== 0 || /not authenticated|not logged in/i.test(whoami.output)) {
    fail('wrangler is not logged in. Run `npx wrangler login` (or set CLOUDFLARE_API_TOKEN) and try again.');
  }

  console.log('Applying remote D1 migrations…');
  if (wrangler(['d1', 'migrations', 'apply', 'DB', '--remote']).code !== 0) fail('the remote migrations failed; nothing was deployed.');

  console.log('Deploying the Worker…');
  if (wrangler(['deploy']).code !== 0) fail('wrangler deploy failed (the migrations above were applied).');
  console.log('Deployed. Set the secret once with `npx wrangler secret put BOOTSTRAP_TOKEN` if you have not.');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
