// The Worker reads the built-in speaker table from D1: the table's data modules must stay out of its
// bundle (about 22 KB gz). An import of shared/speakers' index or table from Worker code pulls them back in.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { wranglerEnv } from '../../scripts/lib/wrangler.mjs';
import { ROOT, run, tempOutDir } from './build';

const outDir = tempOutDir('worker-speakers');
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

it('bundles none of shared/speakers/data into the Worker', async () => {
  const metafile = path.join(outDir, 'meta.json');
  const bundleDir = path.join(outDir, 'bundle');
  await run(
    process.execPath,
    [path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--outdir', bundleDir, '--minify', '--metafile', metafile],
    { env: wranglerEnv() },
  );
  const meta = JSON.parse(readFileSync(metafile, 'utf8')) as Metafile;
  const inputs = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));
  // The speaker code itself is there (canonicalisation runs in the Worker), so the check can see these paths.
  expect(inputs.some((p) => p.includes('shared/speakers/canonicalise'))).toBe(true);
  expect(inputs.filter((p) => p.includes('shared/speakers/data/') || p.endsWith('shared/speakers/table.ts'))).toEqual([]);
  const gz = gzipSync(readFileSync(path.join(bundleDir, 'index.js'))).length;
  console.log(`Worker bundle without the speaker table: ${(gz / 1024).toFixed(1)} KB gz`);
});
