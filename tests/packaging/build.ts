// Builds the extension into a private folder, so these tests never race the e2e tests' build in .output.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, run } from '../../scripts/lib/wrangler.mjs';

const WXT_BIN = path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs');

export type Target = 'chrome-mv3' | 'firefox-mv3' | 'firefox-mv2';

export function tempOutDir(label: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `udc-${label}-`));
}

/** `wxt <command>` for one target with its output under `outDir`; resolves with the target's folder. */
export async function wxt(command: 'build' | 'zip', target: Target, outDir: string): Promise<string> {
  const [browser, mv] = target.split('-') as [string, string];
  await run(process.execPath, [WXT_BIN, command, '-b', browser, `--${mv}`], {
    env: { ...process.env, UDC_OUT_DIR: outDir },
    timeoutMs: 300_000,
  });
  return path.join(outDir, target);
}

export const BIN = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
export { ROOT, run };
