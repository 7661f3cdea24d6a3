// `npm run replay -- SCENARIO.json OUT.json --export DIR --include all`, for real: the command starts
// its own Worker, replays a scenario file and writes every export format of the dialogue into DIR.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, test } from 'vitest';
import { EXPORT_FILES } from '../../scripts/lib/replay-export.mjs';
import { ROOT } from '../../scripts/lib/wrangler.mjs';
import { SCENARIO_DIR } from './scenario';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'udc-replay-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/replay.mjs', ...args], { cwd: ROOT, env: { ...process.env, BOOTSTRAP_TOKEN: '' } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

const SCENARIO = path.join(SCENARIO_DIR, 'firearms-101-1.json');

describe('npm run replay -- --export DIR', () => {
  test('with --include all writes all seven formats, non-empty, holding the replayed drafts', async () => {
    const dir = path.join(tmp, 'exports');
    const run = await cli(SCENARIO, path.join(tmp, 'out.json'), '--export', dir, '--include', 'all');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/7 exports \(drafts included\) written to/);

    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(EXPORT_FILES.length);
    const byExtension = new Map(EXPORT_FILES.map(([, ext]) => [ext, files.find((f) => f.endsWith(`.${ext}`) && !(ext === 'json' && f.endsWith('.popolo.json')))]));
    for (const [ext, file] of byExtension) expect(file, `a .${ext} file among ${files.join(', ')}`).toBeDefined();
    const read = (ext: string) => readFileSync(path.join(dir, byExtension.get(ext)!), 'utf8');
    for (const [, ext] of EXPORT_FILES) expect(read(ext).length, ext).toBeGreaterThan(100);

    const { interventions } = JSON.parse(readFileSync(path.join(tmp, 'out.json'), 'utf8')) as { interventions: { speaker: string }[] };
    expect(interventions.length).toBeGreaterThan(3);
    const json = JSON.parse(read('json'));
    expect(JSON.stringify(json)).toContain(interventions[0]!.speaker);
    expect(JSON.stringify(json)).toContain('"draft"');
    expect(() => JSON.parse(read('popolo.json'))).not.toThrow();
    const jsonld = JSON.parse(read('jsonld'));
    expect(JSON.stringify(jsonld)).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(read('vtt').startsWith('WEBVTT')).toBe(true);
    expect(read('html')).toMatch(/<html[\s>]/i);
    expect(read('md')).toContain(interventions[0]!.speaker);
    // One row per intervention besides the header.
    const rows = parseCsv(read('csv'), { bom: true }) as string[][];
    expect(rows.length - 1).toBe(interventions.length);
  });

  test('--include takes all or approved, and only with --export', async () => {
    const bad = await cli(SCENARIO, path.join(tmp, 'out.json'), '--export', tmp, '--include', 'drafts');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--include must be "all" or "approved"');
    const alone = await cli(SCENARIO, path.join(tmp, 'out.json'), '--include', 'all');
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--include needs --export DIR');
    const help = await cli('--help');
    expect(help.stdout).toContain('summaries are empty of drafts');
  });
});
