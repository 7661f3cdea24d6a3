// `web-ext lint` (Mozilla's add-ons linter, offline) on both Firefox builds: 0 errors. Warnings
// are printed so they stay visible.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, run, tempOutDir, wxt, type Target } from './build';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

const outDir = tempOutDir('lint');
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

async function lint(dir: string): Promise<LintReport> {
  // web-ext lint exits non-zero when it finds errors; the JSON report is on stdout either way.
  const output = await run(BIN('web-ext'), ['lint', '--output=json', '--no-config-discovery', '--source-dir', dir]).catch((error: Error) => error.message);
  const json = output.slice(output.indexOf('{'), output.lastIndexOf('}') + 1);
  return JSON.parse(json) as LintReport;
}

const show = (list: LintMessage[]) => list.map((m) => `  ${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`).join('\n');

describe.each(['firefox-mv3', 'firefox-mv2'] as Target[])('web-ext lint on %s', (target) => {
  it('reports 0 errors', async () => {
    const report = await lint(await wxt('build', target, outDir));
    console.log(`web-ext lint ${target}: ${JSON.stringify(report.summary)}\n${show(report.warnings)}`);
    expect(report.errors, show(report.errors)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
