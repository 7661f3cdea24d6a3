// `npm run package`: the store zips. Chrome MV3, Firefox MV3 and MV2 (each with its own name, see
// zip.artifactTemplate in wxt.config.ts) and the sources zip Mozilla's reviewers rebuild from.
// Prints each zip's path and size. UDC_OUT_DIR moves the output (the packaging test uses it).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT, run } from './lib/wrangler.mjs';

const WXT_BIN = path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
const TARGETS = [
  ['-b', 'chrome', '--mv3'],
  ['-b', 'firefox', '--mv3'],
  ['-b', 'firefox', '--mv2'],
];

export async function packageAll() {
  const outDir = path.resolve(ROOT, process.env.UDC_OUT_DIR || '.output');
  // One after another: they share the output folder and .wxt.
  for (const args of TARGETS) {
    process.stdout.write(`wxt zip ${args.join(' ')}\n`);
    await run(process.execPath, [WXT_BIN, 'zip', ...args], { timeoutMs: 300_000 });
  }
  const zips = readdirSync(outDir)
    .filter((name) => name.endsWith('.zip'))
    .map((name) => ({ path: path.join(outDir, name), bytes: statSync(path.join(outDir, name)).size }));
  for (const zip of zips) process.stdout.write(`${path.relative(ROOT, zip.path).padEnd(60)} ${(zip.bytes / 1024).toFixed(1)} KB\n`);
  return zips;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  packageAll().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
