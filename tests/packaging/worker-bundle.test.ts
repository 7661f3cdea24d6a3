// The Worker bundles for deployment (`wrangler deploy --dry-run`, offline). Prints its size; the
// 100 KB gz budget is not asserted yet.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { wranglerEnv } from '../../scripts/lib/wrangler.mjs';
import { ROOT, run, tempOutDir } from './build';

const outDir = tempOutDir('worker-bundle');
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('builds the Worker with wrangler deploy --dry-run', async () => {
  const output = await run(process.execPath, [path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--outdir', outDir, '--minify'], {
    env: wranglerEnv(),
  });
  expect(output).toMatch(/--dry-run: exiting now/);
  const bundle = path.join(outDir, 'index.js');
  expect(existsSync(bundle), `files: ${readdirSync(outDir).join(', ')}`).toBe(true);
  const bytes = statSync(bundle).size;
  const gz = gzipSync(readFileSync(bundle)).length;
  const wranglerSays = /Total Upload:.*/.exec(output)?.[0] ?? '(no size line)';
  console.log(`Worker bundle: ${(bytes / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gz. wrangler: ${wranglerSays}`);
  expect(gz).toBeGreaterThan(1024);
});
