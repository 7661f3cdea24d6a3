// Size budgets (issue 7): the content script runs in every UN Web TV page, the side panel opens
// while a meeting is going on, the Worker starts cold on Cloudflare. Sizes are gzip, of each file
// on its own. Prints every figure (BENCHMARKS.md, "Size budgets").
//
// Asserted: content script <= 15 KB gz, side panel (initial JS + CSS) <= 40 KB gz, Worker <= 100 KB gz.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wranglerEnv } from '../../scripts/lib/wrangler.mjs';
import { ROOT, run, tempOutDir, wxt } from './build';

const KB = 1024;
const BUDGET = { content: 15 * KB, sidepanel: 40 * KB, worker: 100 * KB };

const outDir = tempOutDir('size-budgets');
let extension = '';
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
beforeAll(async () => {
  extension = await wxt('build', 'chrome-mv3', outDir);
});

const gz = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const report = (what: string, bytes: number, budget: number) =>
  console.log(`${what}: ${kb(bytes)} gz (budget ${kb(budget)}${bytes > budget ? `, OVER by ${kb(bytes - budget)}` : ''})`);

/** The files a module pulls in: static imports (`from "./x.js"`, `import "./x.js"`) or dynamic ones (`import("./x.js")`). */
function imports(file: string, kind: 'static' | 'dynamic'): string[] {
  const code = readFileSync(file, 'utf8');
  const pattern = kind === 'static' ? /(?:\bfrom\s*|\bimport\s*)["'`]([^"'`]+\.js)["'`]/g : /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;
  return [...code.matchAll(pattern)].map((m) => path.resolve(path.dirname(file), m[1]!.startsWith('/') ? path.join(extension, m[1]!) : m[1]!));
}

/** `roots` and every module they import statically, transitively. */
function closure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    imports(file, 'static').forEach(visit);
  };
  roots.forEach(visit);
  return seen;
}

describe('size budgets', () => {
  it('content script <= 15 KB gz', () => {
    const dir = path.join(extension, 'content-scripts');
    const files = ['content.js', 'content.css'].map((f) => path.join(dir, f)).filter((f) => existsSync(f));
    expect(files.map((f) => path.basename(f))).toContain('content.js');
    const bytes = files.reduce((sum, f) => sum + gz(f), 0);
    report('Content script', bytes, BUDGET.content);
    expect(bytes).toBeLessThanOrEqual(BUDGET.content);
  });

  it('side panel: its initial JS and CSS, lazy chunks apart, <= 40 KB gz', () => {
    const html = readFileSync(path.join(extension, 'sidepanel.html'), 'utf8');
    const refs = (re: RegExp) => [...html.matchAll(re)].map((m) => path.join(extension, m[1]!));
    const scripts = refs(/<script[^>]+src="([^"]+)"/g);
    const preloads = refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g);
    const styles = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
    expect(scripts.length).toBeGreaterThan(0);
    const initial = closure([...scripts, ...preloads]);
    const lazy = new Set([...initial].flatMap((f) => imports(f, 'dynamic')).filter((f) => !initial.has(f)));
    const lazyAll = [...closure([...lazy])].filter((f) => !initial.has(f));
    for (const f of [...initial, ...styles, ...lazyAll]) expect(existsSync(f), f).toBe(true);
    const js = [...initial].reduce((sum, f) => sum + gz(f), 0);
    const css = styles.reduce((sum, f) => sum + gz(f), 0);
    const detail = [...initial, ...styles].map((f) => `${path.relative(extension, f)} ${kb(gz(f))}`).join(', ');
    report('Side panel, initial JS + CSS', js + css, BUDGET.sidepanel);
    console.log(`  ${detail}`);
    console.log(`  lazily loaded: ${lazyAll.length} chunks, ${kb(lazyAll.reduce((sum, f) => sum + gz(f), 0))} gz`);
    // The script tag's own module is in the figure, so it cannot be under what that file alone weighs.
    expect(js).toBeGreaterThanOrEqual(gz(scripts[0]!));
    // zod and the speaker table (lazy) are what would break it: keep them out of the first load.
    expect(js + css).toBeLessThanOrEqual(BUDGET.sidepanel);
  });

  it('Worker (wrangler deploy --dry-run --minify) <= 100 KB gz', async () => {
    const dir = tempOutDir('size-budgets-worker');
    try {
      const output = await run(process.execPath, [path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--outdir', dir, '--minify'], {
        env: wranglerEnv(),
      });
      const upload = /Total Upload:\s*([\d.]+) KiB \/ gzip:\s*([\d.]+) KiB/.exec(output);
      expect(upload, output).not.toBeNull();
      const bytes = gz(path.join(dir, 'index.js'));
      report('Worker', bytes, BUDGET.worker);
      console.log(`  wrangler: ${upload![1]} KiB, gzip ${upload![2]} KiB`);
      // zod's other locales come back whole if a module takes zod's `z` as an object (`import { z } from 'zod/mini'`)
      // instead of `import * as z from '…/shared/zod'`: see shared/zod.ts.
      expect(readFileSync(path.join(dir, 'index.js'), 'utf8')).not.toMatch(/Input tidak valid|Ongeldige invoer/);
      expect(bytes).toBeLessThanOrEqual(BUDGET.worker);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
