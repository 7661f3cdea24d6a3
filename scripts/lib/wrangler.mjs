// Runs wrangler (migrations, dev server) as child processes, for `npm start` and the e2e tests.
// wrangler's bin spawns a second node process, which spawns workerd: we start it in its own
// process group so that stopping it stops all three, not just the parent.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Run the packages' scripts with this very node (the project's Node 24 under npm scripts).
const WRANGLER_BIN = path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js');
const WXT_BIN = path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs');

/** Environment that keeps wrangler off the network (metrics, update checks, Request.cf). */
export function wranglerEnv(extra = {}) {
  return {
    ...process.env,
    WRANGLER_SEND_METRICS: 'false',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    WRANGLER_HIDE_BANNER: 'true',
    // Never prompt: wrangler answers its own prompts when it sees CI.
    CI: 'true',
    ...extra,
  };
}

function persistArgs(persistTo) {
  return persistTo ? ['--persist-to', persistTo] : [];
}

/** Runs a short command to completion; rejects with its output when it fails. */
export function run(command, args, { env = process.env, cwd = ROOT, timeoutMs = 180_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else {
        const why = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        reject(new Error(`\`${path.basename(command)} ${args.join(' ')}\` ${why}:\n${output.trim()}`));
      }
    });
  });
}

/** `wrangler d1 migrations apply DB --local`, into `persistTo` when given (else .wrangler/state). */
export function applyMigrations({ persistTo } = {}) {
  return run(process.execPath, [WRANGLER_BIN, 'd1', 'migrations', 'apply', 'DB', '--local', ...persistArgs(persistTo)], {
    env: wranglerEnv(),
  });
}

/** `wxt build` (Chrome MV3 into .output/chrome-mv3). */
export function buildExtension({ browser } = {}) {
  return run(process.execPath, [WXT_BIN, 'build', ...(browser ? ['-b', browser] : [])]);
}

/**
 * Starts `wrangler dev --local` and resolves once GET /api/v1/health answers 200.
 * `vars` become `--var KEY:VALUE`; `onOutput` receives wrangler's output (else it is only kept
 * in a buffer, `worker.output`, shown when startup fails).
 */
export async function startWorker({ port = 8787, persistTo, vars = {}, onOutput, readyTimeoutMs = 60_000, extraArgs = [] } = {}) {
  const args = [
    WRANGLER_BIN, 'dev', '--local', '--ip', '127.0.0.1', '--port', String(port),
    '--show-interactive-dev-session=false', ...persistArgs(persistTo),
    ...Object.entries(vars).flatMap(([key, value]) => ['--var', `${key}:${value}`]),
    ...extraArgs,
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: wranglerEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  liveGroups.add(child.pid);
  let tail = '';
  const onData = (data) => {
    const text = data.toString();
    tail = (tail + text).slice(-8_000);
    worker.onOutput?.(text);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let alive = true;
  exited.then(() => (alive = false));

  const url = `http://127.0.0.1:${port}`;
  const worker = {
    url,
    /** Receives wrangler's output; may be replaced while it runs. */
    onOutput,
    pid: child.pid,
    exited,
    get output() {
      return tail;
    },
    stop: async () => {
      await stopGroup(child.pid, exited, () => alive);
      liveGroups.delete(child.pid);
      stoppers.delete(child.pid);
    },
  };
  stoppers.set(child.pid, worker.stop);
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (!alive) {
      const { code, signal } = await exited;
      liveGroups.delete(child.pid);
      stoppers.delete(child.pid);
      throw new Error(`wrangler dev exited (${signal ?? `code ${code}`}) before it was ready:\n${tail.trim()}`);
    }
    if (await isHealthy(url)) return worker;
    await sleep(200);
  }
  await worker.stop();
  throw new Error(`wrangler dev did not answer ${url}/api/v1/health within ${readyTimeoutMs / 1000} s:\n${tail.trim()}`);
}

export async function isHealthy(url) {
  try {
    const response = await fetch(`${url}/api/v1/health`, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** SIGTERM to the whole process group (wrangler, its node child, workerd), SIGKILL if it lingers. */
async function stopGroup(pid, exited, isAlive) {
  if (!isAlive() && !groupAlive(pid)) return;
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + 5_000;
  while (groupAlive(pid) && Date.now() < deadline) await sleep(50);
  if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
  await exited;
  // Zombies count as alive to kill(0) where nothing reaps orphans; don't wait on them forever.
  const reapDeadline = Date.now() + 2_000;
  while (groupAlive(pid) && Date.now() < reapDeadline) await sleep(50);
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Process groups of the wrangler dev servers this process started and has not stopped yet. */
const liveGroups = new Set();
const stoppers = new Map();

/** Stops every wrangler dev this process started (gracefully, then by force). */
export async function stopAllWorkers() {
  await Promise.all([...stoppers.values()].map((stop) => stop()));
}

/** Synchronous, for `process.on('exit')`: SIGKILL to every wrangler dev this process started. */
export function killAllWorkersNow() {
  for (const pid of liveGroups) signalGroup(pid, 'SIGKILL');
  liveGroups.clear();
}

/**
 * wrangler runs in its own process group, so Ctrl-C on the parent does not reach it. For a process
 * without its own shutdown (a test worker): kill the servers on exit and on SIGINT/SIGTERM/SIGHUP,
 * then let the signal do what it would have done.
 */
export function killWorkersOnExit() {
  if (killWorkersOnExit.installed) return;
  killWorkersOnExit.installed = true;
  process.once('exit', killAllWorkersNow);
  for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(name, (signal) => {
      killAllWorkersNow();
      process.kill(process.pid, signal);
    });
  }
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is gone already.
  }
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
