/**
 * Export speed: a dialogue of 500 interventions rendered in every format, median of 20 runs each.
 * Budget: <= 50 ms per format. Run: npx tsx tests/bench/export-bench.ts
 */
import { performance } from 'node:perf_hooks';
import { EXPORT_FORMATS, renderExport, type ExportInput, type ExportIntervention } from '../../shared/export';
import { GOLDEN_DIALOGUE, GOLDEN_INTERVENTIONS, TABLE_NAMES } from '../unit/__golden__/export/dialogue.fixture';

const COUNT = 500;
const RUNS = 20;
const BUDGET_MS = 50;

/** The golden interventions repeated, with fresh ids, positions and times, half approved. */
function bigInput(): ExportInput {
  const interventions: ExportIntervention[] = Array.from({ length: COUNT }, (_, k) => {
    const model = GOLDEN_INTERVENTIONS[k % GOLDEN_INTERVENTIONS.length]!;
    const timed = model.start !== null;
    return {
      ...model,
      id: `bench-${k}`,
      position: k + 1,
      start: timed ? k * 120 + 0.25 : null,
      end: timed ? k * 120 + 110.5 : null,
      status: k % 2 === 0 ? 'approved' : 'draft',
      notes: [...model.notes, `Observer note ${k} with some length to it, as real notes have.`],
      tags: [...model.tags, `topic ${k % 40}`],
    };
  });
  return { dialogue: GOLDEN_DIALOGUE, interventions, include: 'all', generatedAt: '2026-06-04T09:30:00.000Z', speakerNames: TABLE_NAMES };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const input = bigInput();
const rows = EXPORT_FORMATS.map((format) => {
  renderExport(format, input); // warm-up: JIT and lazy initialisation are not what a request pays twice
  const times: number[] = [];
  let bytes = 0;
  for (let r = 0; r < RUNS; r += 1) {
    const t0 = performance.now();
    bytes = renderExport(format, input).body.length;
    times.push(performance.now() - t0);
  }
  const med = median(times);
  return { format, 'median ms': med.toFixed(2), 'max ms': Math.max(...times).toFixed(2), 'KB': (bytes / 1024).toFixed(0), budget: med <= BUDGET_MS ? 'ok' : 'OVER' };
});

console.log(`Export of ${COUNT} interventions (include=all), median of ${RUNS} runs, Node ${process.version}`);
console.table(rows);
if (rows.some((r) => r.budget !== 'ok')) process.exitCode = 1;
