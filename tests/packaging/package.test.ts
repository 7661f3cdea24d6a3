// `npm run package` writes the Chrome and Firefox store zips under distinct names, each with its
// manifest, and a sources zip a store reviewer can rebuild the Firefox add-on from.
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run, tempOutDir } from './build';
import { readZip } from './zip-reader';

const outDir = tempOutDir('package');
let zips: { path: string; bytes: number }[] = [];
const named = (suffix: string) => zips.find((z) => path.basename(z.path).endsWith(suffix))?.path;

beforeAll(async () => {
  const { packageAll } = await import('../../scripts/package.mjs');
  process.env.UDC_OUT_DIR = outDir;
  try {
    zips = await packageAll();
  } finally {
    delete process.env.UDC_OUT_DIR;
  }
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('npm run package', () => {
  it('writes the Chrome, Firefox MV3, Firefox MV2 and sources zips under distinct names', () => {
    const names = zips.map((z) => path.basename(z.path)).sort();
    expect(names).toEqual([
      'un-dialogue-capture-0.1.0-chrome-mv3.zip',
      'un-dialogue-capture-0.1.0-firefox-mv2.zip',
      'un-dialogue-capture-0.1.0-firefox-mv3.zip',
      'un-dialogue-capture-0.1.0-sources.zip',
    ]);
    for (const zip of zips) expect(zip.bytes, path.basename(zip.path)).toBeGreaterThan(10_000);
  });

  it.each([
    ['chrome-mv3', 3],
    ['firefox-mv3', 3],
    ['firefox-mv2', 2],
  ])('the %s zip holds its build with manifest.json at the root', (target, version) => {
    const entries = readZip(named(`-${target}.zip`)!);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    expect(manifest.manifest_version).toBe(version);
    // Named through _locales; the English name is there.
    expect(manifest.name).toBe('__MSG_extName__');
    expect(JSON.parse(entries.get('_locales/en/messages.json')!.toString('utf8')).extName.message).toBe('UN Dialogue Capture');
    for (const page of ['options.html', 'sidepanel.html', 'review.html']) expect(entries.has(page), page).toBe(true);
  });

  it('the sources zip has what a reviewer needs to rebuild, and nothing private or generated', () => {
    const names = [...readZip(named('-sources.zip')!).keys()];
    for (const file of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md']) expect(names, file).toContain(file);
    expect(names.some((n) => n.startsWith('extension/entrypoints/'))).toBe(true);
    expect(names.some((n) => n.startsWith('shared/'))).toBe(true);
    for (const prefix of ['node_modules/', '.output/', '.wrangler/', '.wxt/', 'tests/', '.dev.vars']) {
      expect(names.filter((n) => n.startsWith(prefix)), prefix).toEqual([]);
    }
  });

  it('rebuilds from the sources zip into the same Firefox add-on', async () => {
    const work = tempOutDir('sources');
    try {
      for (const [name, content] of readZip(named('-sources.zip')!)) {
        mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
        writeFileSync(path.join(work, name), content);
      }
      // Stands in for the reviewer's `npm ci`.
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'), 'dir');
      await run(process.execPath, [path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox', '--mv3'], { cwd: work, timeoutMs: 300_000 });
      const rebuilt = JSON.parse(readFileSync(path.join(work, '.output/firefox-mv3/manifest.json'), 'utf8'));
      const shipped = JSON.parse(readZip(named('-firefox-mv3.zip')!).get('manifest.json')!.toString('utf8'));
      expect(rebuilt).toEqual(shipped);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
