/**
 * Re-anchoring speed: what the content script does on a revisit, on a long statement page.
 * 50 quotes described on a ~100 000-character page; the page then gains a paragraph at the top,
 * 25 quotes get one word changed (fuzzy), 5 paragraphs disappear (not found). Median of 20 runs of
 * anchoring all 50. Budget: <= 100 ms for the page. Run: npx tsx tests/bench/anchoring-bench.ts
 */
import { performance } from 'node:perf_hooks';
import { anchorQuote, describeQuote, type QuoteSelectors } from '../../shared/anchoring';

const WORDS = (
  'the working group states parties firearms protocol review mechanism civil society marking tracing ' +
  'illicit manufacturing trafficking cooperation technical assistance data collection national legislation ' +
  'implementation secretariat chair delegation supports welcomes calls upon encourages notes with concern'
).split(' ');
const QUOTES = 50;
const RUNS = 20;
const BUDGET_MS = 100;

/** Deterministic pseudo-random words, so every run measures the same page. */
function paragraph(seed: number, words: number): string {
  let x = seed * 7919 + 17;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[x % WORDS.length]!);
  }
  return `Paragraph ${seed}: ${out.join(' ')}.`;
}

const paragraphs = Array.from({ length: 120 }, (_, i) => paragraph(i, 120));
const page = paragraphs.join(' ');
const saved: QuoteSelectors[] = [];
for (let q = 0; q < QUOTES; q++) {
  const p = paragraphs[q * 2]!;
  const start = page.indexOf(p) + 20;
  saved.push(describeQuote(page, start, start + 90 + (q % 5) * 40)!);
}
// The page republished: a new first paragraph, a word changed in every other quote, 5 paragraphs gone.
const changed = [
  'Corrected version issued after the session.',
  ...paragraphs.flatMap((p, i) => {
    if (i % 2 === 0 && i / 2 < QUOTES && (i / 2) % 10 === 9) return [];
    if (i % 2 === 0 && i / 2 < QUOTES && (i / 2) % 2 === 1) return [p.replace(/ (\w+) (\w+) (\w+)/, ' $1 altered $3')];
    return [p];
  }),
].join(' ');

let found = 0;
let fuzzy = 0;
const times: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  found = 0;
  fuzzy = 0;
  for (const s of saved) {
    const anchor = anchorQuote(changed, s.quote, s.position);
    if (anchor) found++;
    if (anchor?.method === 'fuzzy') fuzzy++;
  }
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(RUNS / 2)]!;
console.log(`page ${changed.length} chars, ${QUOTES} quotes: ${found} found (${fuzzy} fuzzy), ${QUOTES - found} not found`);
console.log(`re-anchoring all: median ${median.toFixed(1)} ms, max ${times[RUNS - 1]!.toFixed(1)} ms (budget ${BUDGET_MS} ms)`);
if (median > BUDGET_MS) process.exitCode = 1;
