/**
 * Machine transcripts: what a Start costs in the background once the answer has arrived. A
 * three-hour meeting (180 statements, 2 700 sentences with word timings, as transcripts.un.org
 * serves it) is parsed and checked, then 1 000 Starts each find their statement and build the
 * prefill. Median of 20 runs. Run: npx tsx tests/bench/transcripts-bench.ts
 */
import { performance } from 'node:perf_hooks';
import { buildDefaultSpeakerIndex } from '../../shared/speakers';
import { parseTranscript, prefillAt } from '../../shared/transcripts';

const STATEMENTS = 180;
const SENTENCES = 15;
const RUNS = 20;
const CODES = ['MEX', 'FRA', 'PRT', 'KEN', 'BRA', 'CHN', 'RUS', 'EGY', 'USA', 'IND'];

function threeHourMeeting(): unknown {
  let t = 5;
  const data = Array.from({ length: STATEMENTS }, (_, i) => {
    const sentences = Array.from({ length: SENTENCES }, (_, j) => {
      const text = `Sentence ${j} of statement ${i}, on victims, data and civil society participation in the review.`;
      const words = text.split(' ').map((w, k) => ({ text: w, start: t + k * 0.3, end: t + k * 0.3 + 0.25 }));
      const s = { text, start: t, end: t + 3.8, topics: [], words };
      t += 4;
      return s;
    });
    t += 2;
    return {
      statement_number: i + 1,
      speaker: { name: `Speaker ${i}`, function: i % 20 === 0 ? 'Co-Chair' : 'Representative', affiliation: CODES[i % CODES.length], affiliation_full: null, group: i % 7 === 0 ? 'EU' : null },
      paragraphs: [{ sentences: sentences.slice(0, 8) }, { sentences: sentences.slice(8) }],
    };
  });
  return { disclaimer: 'Not an official record.', video: { id: 'k1o/k1obench01', kaltura_id: '1_obench01' }, transcript: { transcript_id: 't', language: 'en', data } };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const json = JSON.stringify(threeHourMeeting());
const index = buildDefaultSpeakerIndex();
const parseMs: number[] = [];
const startsMs: number[] = [];
for (let run = 0; run < RUNS + 1; run++) {
  const t0 = performance.now();
  const parsed = parseTranscript(JSON.parse(json));
  const t1 = performance.now();
  if (!parsed.ok || parsed.transcript.status !== 'done') throw new Error('bench transcript rejected');
  for (let k = 0; k < 1_000; k++) prefillAt(parsed.transcript, (k * 11.3) % 11_000, index);
  const t2 = performance.now();
  if (run > 0) {
    parseMs.push(t1 - t0);
    startsMs.push(t2 - t1);
  }
}
const kept = JSON.stringify((parseTranscript(JSON.parse(json)) as { transcript: unknown }).transcript).length;
console.log(`answer ${(json.length / 1024).toFixed(0)} KiB; kept in storage ${(kept / 1024).toFixed(0)} KiB`);
console.log(`parse + check: median ${median(parseMs).toFixed(1)} ms, max ${Math.max(...parseMs).toFixed(1)} ms`);
console.log(`1 000 Starts (statement + prefill): median ${median(startsMs).toFixed(1)} ms, max ${Math.max(...startsMs).toFixed(1)} ms`);
