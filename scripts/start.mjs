// `npm start`: local D1 migrated and seeded, the extension built, the Worker running in the foreground.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ApiError, DEMO_DIALOGUE, api, bootstrapTeam, createDialogue } from './lib/api.mjs';
import { ROOT, applyMigrations, buildExtension, isHealthy, killAllWorkersNow, startWorker, stopAllWorkers } from './lib/wrangler.mjs';

const PORT = Number(process.env.PORT ?? 8787);
const DEV_VARS = path.join(ROOT, '.dev.vars');
const DEMO_FILE = path.join(ROOT, '.wrangler', 'demo.json');
const EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3');

/** Set once Ctrl-C (or SIGTERM) arrived: steps that fail because of it are not errors. */
let stopping = false;

const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);

/** Runs one step; on failure says which step failed and what to do, then exits. */
async function step(name, hint, fn) {
  process.stdout.write(`• ${name}… `);
  const started = Date.now();
  try {
    const result = await fn();
    console.log(`done (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return result;
  } catch (error) {
    if (stopping) return new Promise(() => {}); // the signal handler exits
    console.log('FAILED');
    console.error(`\n✖ ${name} failed:\n${indent(error instanceof Error ? error.message : String(error))}`);
    console.error(`\nWhat to do: ${hint}`);
    process.exit(1);
  }
}

const indent = (text) => text.split('\n').map((line) => `  ${line}`).join('\n');

/** Reads BOOTSTRAP_TOKEN from .dev.vars, adding a random one when it is missing. */
function ensureBootstrapToken() {
  const current = existsSync(DEV_VARS) ? readFileSync(DEV_VARS, 'utf8') : '';
  const match = current.match(/^\s*BOOTSTRAP_TOKEN\s*=\s*"?([^"\n]+)"?\s*$/m);
  if (match) return match[1].trim();
  const token = randomBytes(32).toString('base64url');
  const separator = current && !current.endsWith('\n') ? '\n' : '';
  appendFileSync(DEV_VARS, `${separator}BOOTSTRAP_TOKEN=${token}\n`, { mode: 0o600 });
  return token;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function readDemo() {
  try {
    return JSON.parse(readFileSync(DEMO_FILE, 'utf8'));
  } catch {
    return null;
  }
}

/** Reuses the saved demo token while the server still accepts it; seeds a new team otherwise. */
async function ensureDemo(url, bootstrapSecret) {
  const saved = readDemo();
  if (saved?.token) {
    try {
      const me = await api(url, '/me', { token: saved.token });
      const dialogue = await api(url, `/dialogues/${saved.dialogueId}`, { token: saved.token }).catch((error) => {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      });
      if (dialogue) return { ...saved, team: me.team, dialogue, reused: true };
      const fresh = await createDialogue(url, saved.token, DEMO_DIALOGUE);
      return save({ ...saved, team: me.team, dialogue: fresh, dialogueId: fresh.id });
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
      // 401: the local database was wiped since; seed again.
    }
  }
  const boot = await bootstrapTeam(url, bootstrapSecret, { teamName: 'Demo Observers', adminName: 'Demo Admin' });
  const dialogue = await createDialogue(url, boot.token, DEMO_DIALOGUE);
  return save({ token: boot.token, team: boot.team, dialogue, dialogueId: dialogue.id });
}

function save(demo) {
  mkdirSync(path.dirname(DEMO_FILE), { recursive: true });
  const { token, team, dialogueId } = demo;
  writeFileSync(DEMO_FILE, `${JSON.stringify({ token, teamId: team.id, teamName: team.name, dialogueId }, null, 2)}\n`, {
    mode: 0o600,
  });
  return demo;
}

function printBanner(url, demo) {
  const line = '─'.repeat(72);
  console.log(`\n${line}`);
  console.log(`${bold('Server')}        ${url}   (health: ${url}/api/v1/health, API doc: ${url}/api/v1/openapi.json)`);
  console.log(`${bold('Demo team')}     ${demo.team.name}${demo.reused ? ' (reused from an earlier start)' : ' (just seeded)'}`);
  console.log(`${bold('Demo dialogue')} ${demo.dialogue.title}, ${demo.dialogue.date}`);
  console.log(`${bold('Demo token')}    ${demo.token}`);
  console.log(`\n${bold('Extension')}     ${EXTENSION_DIR}`);
  console.log('  Chrome:  open chrome://extensions, turn on Developer mode, "Load unpacked", pick the folder above.');
  console.log('  Firefox: `npm run build:firefox`, then about:debugging → This Firefox → "Load Temporary Add-on…"');
  console.log('           and pick .output/firefox-mv2/manifest.json.');
  console.log(`  Then open the extension's options: Server URL ${url}, API token: the demo token above.`);
  console.log(`\nThe Worker runs in the foreground; its requests are logged below. Ctrl-C stops it.\n${line}\n`);
}

async function main() {
  const url = `http://127.0.0.1:${PORT}`;
  if (!Number.isInteger(PORT) || PORT < 1 || PORT > 65535) {
    console.error(`\n✖ PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(1);
  }
  if (!(await portIsFree(PORT))) {
    const why = (await isHealthy(url)) ? 'another `npm start` (or `wrangler dev`) already serves it' : 'another program uses it';
    console.error(`\n✖ Port ${PORT} on 127.0.0.1 is taken: ${why}.\nWhat to do: stop that program, or run on another port: PORT=8788 npm start`);
    process.exit(1);
  }
  const bootstrapSecret = await step('Local secrets (.dev.vars)', 'check that the project folder is writable.', ensureBootstrapToken);
  await step(
    'Migrations on the local D1 (.wrangler/state)',
    'read the error above; `npm run db:migrate:local` runs this step alone. To start from an empty database, delete .wrangler/state.',
    applyMigrations,
  );
  await step('Extension build (wxt build)', 'read the build error above; `npm run build` runs this step alone.', buildExtension);

  // wrangler gets its own process group, so Ctrl-C reaches only us: stop it ourselves, also when
  // Ctrl-C comes while it is still starting, and never leave it running behind us.
  process.on('exit', killAllWorkersNow);
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the Worker…`);
    await stopAllWorkers();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));

  const worker = await step(
    `Worker (wrangler dev on ${url})`,
    'read wrangler\'s output above. `npm run dev:worker` runs the Worker alone.',
    () => startWorker({ port: PORT }),
  );

  const demo = await step(
    'Demo team, token and dialogue',
    'if the bootstrap was refused, the local database may hold a team whose token is lost: delete .wrangler/state and .wrangler/demo.json, then run `npm start` again.',
    () =>
      ensureDemo(url, bootstrapSecret).catch((error) => {
        throw new Error(`${error.message}\n\nThe Worker's last output:\n${worker.output.trim()}`);
      }),
  );

  printBanner(url, demo);
  worker.exited.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`\n✖ The Worker stopped on its own (${signal ?? `code ${code}`}). Its last output:\n${indent(worker.output.trim())}`);
    process.exit(1);
  });
  // From now on, show wrangler's request log live.
  worker.onOutput = (text) => process.stdout.write(text);
}

main();
