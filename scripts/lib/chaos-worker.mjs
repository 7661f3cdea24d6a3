// The Workers of a chaos run: `wrangler dev` serving a Worker bundle built once at the start
// (`wrangler deploy --dry-run`, then `wrangler dev --no-bundle`), each on a fresh local D1. A run
// takes minutes; `wrangler dev` on the sources would rebuild and reload the Worker whenever a file
// changes meanwhile, and a run must measure one version of the code.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './replay-run.mjs';
import { applyMigrations, ROOT, run, startWorker, wranglerEnv } from './wrangler.mjs';

const WRANGLER_BIN = path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js');

/**
 * Builds the Worker and starts `n` of it, one after the other. Each picks a free port, which
 * another process on this machine may take first, so each start is tried thrice. Resolves with
 * { url, bootstrapToken, worker, stop } for each.
 */
export async function startWorkers(n) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'udc-chaos-worker-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeDir);
  const started = [];
  const stopAll = async () => {
    await Promise.all(started.map((w) => w.worker.stop()));
    removeDir();
  };
  try {
    const out = path.join(dir, 'dist');
    await run(process.execPath, [WRANGLER_BIN, 'deploy', '--dry-run', '--outdir', out], { env: wranglerEnv() });
    for (let i = 0; i < n; i++) {
      const persistTo = path.join(dir, `d1-${i + 1}`);
      await applyMigrations({ persistTo });
      const bootstrapToken = randomBytes(24).toString('base64url');
      for (let attempt = 1; ; attempt++) {
        try {
          const worker = await startWorker({
            port: await freePort(),
            persistTo,
            vars: { BOOTSTRAP_TOKEN: bootstrapToken },
            extraArgs: ['--config', path.join(ROOT, 'wrangler.toml'), '--no-bundle', path.join(out, 'index.js')],
          });
          started.push({ url: worker.url, bootstrapToken, worker });
          break;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  let running = started.length;
  return started.map((w) => ({
    ...w,
    stop: async () => {
      await w.worker.stop();
      if (--running === 0) removeDir();
    },
  }));
}
