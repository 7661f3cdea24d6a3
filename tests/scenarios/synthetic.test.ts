// Generated scenarios (tests/scenarios/generate.ts) through the pure assembly core, scored by the
// same evaluate.mjs as the replay: this tests the phenomena, not just the four sample files.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { assemble } from '../../shared/assembly/assemble';
import type { ClipIn } from '../../shared/assembly/model';
import { ClipInputSchema } from '../../shared/schemas';
import { SPEAKER_TABLE, fold } from '../../shared/speakers';
import { checkScenario, toClipInput } from '../../scripts/lib/replay-scenario.mjs';
import { generateScenario, type GeneratedScenario } from './generate';
import { assembleScenario, clipAccounting, score, speakerResolver, toOutput, type Score } from './scenario';

const MIN_F1 = { normal: 0.95, hard: 0.9 };
const TABLE_SEEDS = { normal: [1, 2, 3, 4, 5, 6, 7, 8], hard: [1, 2, 3, 4] };
// More seeds, checked together: a weakness that only some seeds hit still shows here.
const SWEEP_SEEDS = { normal: range(101, 130), hard: range(101, 120) };

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const generated = (seed: number, hard: boolean) => generateScenario(seed, { hard });
// SCENARIO_OUT=dir keeps the table's scenarios as files, e.g. to replay one through the API with `npm run replay`.
const keep = (s: GeneratedScenario) => {
  const dir = process.env.SCENARIO_OUT;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${s.name}.json`), `${JSON.stringify(s, null, 1)}\n`);
};
const rows: string[] = [];

async function run(s: GeneratedScenario): Promise<Score> {
  const output = toOutput(assembleScenario(s));
  const accounting = clipAccounting(s, output);
  expect(accounting, `${s.name}: every clip exactly once`).toEqual({ missing: [], repeated: [] });
  return score(s, output);
}

function row(s: GeneratedScenario, r: Score): string {
  const p = s.generated.phenomena;
  const cells = [
    s.name.padEnd(20),
    String(p.clips).padStart(5),
    `${r.matched}/${r.expected}`.padStart(7),
    String(r.produced).padStart(8),
    r.f1.toFixed(3).padStart(6),
    `${r.medianStartErrorS ?? '-'}/${r.medianEndErrorS ?? '-'}`.padStart(9),
    `open ${p.openEnds}, split ${p.splitStatements}, variants ${p.typedVariants}, live ${p.liveObservers}, twice ${p.secondFloor}, wrong ${p.wrongSpeaker}`,
  ];
  return cells.join(' ');
}

afterAll(() => {
  if (!rows.length) return;
  const head = `${'scenario'.padEnd(20)} clips matched produced     F1 err s/e phenomena`;
  console.log(`Synthetic scenarios through the pure assembly (F1 >= ${MIN_F1.normal} normal, >= ${MIN_F1.hard} hard):\n${head}\n${rows.join('\n')}`);
});

describe('the scenario generator', () => {
  test('is deterministic: the same seed gives the same scenario, another seed another', () => {
    expect(generated(7, false)).toEqual(generated(7, false));
    expect(generated(7, true)).toEqual(generated(7, true));
    expect(generated(8, false).clips[0]!.id).not.toBe(generated(7, false).clips[0]!.id);
  });

  test('produces every phenomenon the scenario README lists', () => {
    const normal = TABLE_SEEDS.normal.map((seed) => generated(seed, false));
    const hard = TABLE_SEEDS.hard.map((seed) => generated(seed, true));
    const sum = (list: GeneratedScenario[], key: keyof GeneratedScenario['generated']['phenomena']) =>
      list.reduce((n, s) => n + s.generated.phenomena[key], 0);
    for (const list of [normal, hard]) {
      expect(sum(list, 'openEnds')).toBeGreaterThan(0);
      expect(sum(list, 'splitStatements')).toBeGreaterThan(0);
      expect(sum(list, 'liveObservers')).toBeGreaterThan(0);
      expect(sum(list, 'pageQuotes')).toBeGreaterThan(0);
      expect(sum(list, 'typedVariants') / sum(list, 'clips')).toBeGreaterThan(0.2);
      for (const s of list) expect(s.generated.phenomena.secondFloor, s.name).toBeGreaterThan(0);
    }
    expect(sum(normal, 'wrongSpeaker')).toBe(0);
    expect(sum(hard, 'wrongSpeaker') / sum(hard, 'clips')).toBeGreaterThan(0.02);
    for (const s of hard) expect(s.generated.phenomena.liveObservers, s.name).toBe(1);

    // The kinds of spelling: ISO codes, names in French or Spanish, typos (no table spelling at all), stray spaces.
    const typed = [...normal, ...hard].flatMap((s) => s.clips.map((c) => c.speaker));
    const known = new Set(SPEAKER_TABLE.flatMap((e) => [e.display, e.id, ...(e.aliases ?? []), ...Object.values(e.names ?? {})].map(fold)));
    const french = new Set(SPEAKER_TABLE.flatMap((e) => (e.names?.fr && e.names.fr !== e.display ? [e.names.fr] : [])));
    expect(typed.filter((t) => /^[A-Z]{3}$/.test(t) && SPEAKER_TABLE.some((e) => e.id === t)).length).toBeGreaterThan(0);
    expect(typed.filter((t) => french.has(t)).length).toBeGreaterThan(0);
    expect(typed.filter((t) => !known.has(fold(t))).length).toBeGreaterThan(0);
    expect(typed.filter((t) => t !== t.trim()).length).toBeGreaterThan(0);
  });

  test('writes a consistent ground truth: ordered, disjoint, every intervention clipped, offsets of live observers', () => {
    for (const s of [...TABLE_SEEDS.normal.map((n) => generated(n, false)), ...TABLE_SEEDS.hard.map((n) => generated(n, true))]) {
      const expected = s.expected.interventions;
      expected.slice(1).forEach((e, i) => expect(e.start, s.name).toBeGreaterThan(expected[i]!.end));
      const offsets = s.expected.liveClockOffsets;
      for (const e of expected) {
        const covering = s.clips.filter((c) => {
          if (c.kind !== 'webcast') return false;
          const shift = c.clock === 'live' ? offsets[c.observer]! : 0;
          return c.start! - shift < e.end && (c.end === null || c.end - shift > e.start);
        });
        expect(covering.length, `${s.name}: ${e.speaker} @${e.start}`).toBeGreaterThan(0);
      }
      const liveObservers = new Set(s.clips.filter((c) => c.clock === 'live').map((c) => c.observer));
      expect([...liveObservers].sort()).toEqual(Object.keys(offsets).sort());
    }
  });

  test('makes only clips the API accepts', () => {
    const dialogueId = '00000000-0000-4000-8000-000000000001';
    for (const s of [generated(1, false), generated(1, true)]) {
      const checked = checkScenario(s);
      for (const clip of checked.clips) {
        const parsed = ClipInputSchema.safeParse(toClipInput(clip, dialogueId));
        expect(parsed.success ? [] : parsed.error.issues, `${s.name} clip ${clip.id}`).toEqual([]);
      }
    }
  });
});

describe('the pure assembly on generated scenarios', () => {
  const cases = [
    ...TABLE_SEEDS.normal.map((seed) => ({ seed, hard: false })),
    ...TABLE_SEEDS.hard.map((seed) => ({ seed, hard: true })),
  ];
  test.each(cases)('seed $seed (hard: $hard) reaches its F1 and accounts for every clip once', async ({ seed, hard }) => {
    const s = generated(seed, hard);
    keep(s);
    const result = await run(s);
    rows.push(row(s, result));
    expect(result.f1, `${s.name}: missed ${result.missed.join('; ')}; spurious ${result.spurious.join('; ')}`).toBeGreaterThanOrEqual(
      hard ? MIN_F1.hard : MIN_F1.normal,
    );
  });

  test(`a sweep of ${SWEEP_SEEDS.normal.length} normal and ${SWEEP_SEEDS.hard.length} hard seeds more`, async () => {
    const all = [...SWEEP_SEEDS.normal.map((n) => generated(n, false)), ...SWEEP_SEEDS.hard.map((n) => generated(n, true))];
    const results: { s: GeneratedScenario; r: Score }[] = [];
    for (let i = 0; i < all.length; i += 8) {
      const chunk = all.slice(i, i + 8);
      results.push(...(await Promise.all(chunk.map(async (s) => ({ s, r: await run(s) })))));
    }
    const below = results.filter(({ s, r }) => r.f1 < (s.generated.hard ? MIN_F1.hard : MIN_F1.normal));
    const mean = (hard: boolean) => {
      const f1s = results.filter(({ s }) => s.generated.hard === hard).map(({ r }) => r.f1);
      return f1s.reduce((a, b) => a + b, 0) / f1s.length;
    };
    console.log(`Sweep: mean F1 ${mean(false).toFixed(3)} normal, ${mean(true).toFixed(3)} hard; lowest: ` +
      results.sort((a, b) => a.r.f1 - b.r.f1).slice(0, 4).map(({ s, r }) => `${s.name} ${r.f1}`).join(', '));
    expect(below.map(({ s, r }) => `${s.name} F1 ${r.f1}: missed ${r.missed.join('; ')}; spurious ${r.spurious.join('; ')}`)).toEqual([]);
    expect(mean(false)).toBeGreaterThanOrEqual(0.98);
    expect(mean(true)).toBeGreaterThanOrEqual(0.95);
  });
});

// Minimal cases of what the generated hard scenarios exposed, written as a careful editor would want
// them. Weighing each clip by observer-seconds over its own time (shared/assembly/disputes.ts) fixed both.
describe('weaknesses the generated scenarios exposed, now fixed', () => {
  const epoch = 1_700_000_000;
  const clip = (n: number, observerId: string, speaker: string, start: number, end: number | null): ClipIn => ({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    observerId, kind: 'webcast', clock: 'recording', start, end, speaker, tags: [], note: '', quote: null,
    capturedAt: new Date((epoch + (end ?? start) + 20) * 1000).toISOString(),
  });
  const record = (clips: ClipIn[]) =>
    assemble(clips, { recordingStartedAtEpoch: epoch, resolveSpeaker: speakerResolver() }).interventions.filter((i) => i.start !== null);

  // Seen in generateScenario(60, {hard}) (Jamaica @2534.8), (22, {hard}) (UNODC @5043.4) and (52, {hard})
  // (Omega @542.4): an open-ended clip naming someone else, begun a few seconds into a turn that two or three
  // observers clipped whole, cuts that turn down to ~20 s before it and stands ~180 s on its own.
  test('an open-ended clip naming another speaker does not cut an intervention two observers clipped', () => {
    const out = record([
      clip(1, 'o1', 'France', 101, 299), clip(2, 'o2', 'France', 102, 301), clip(3, 'o3', 'Brazil', 104, null),
      clip(4, 'o1', 'Japan', 321, 499), clip(5, 'o2', 'Japan', 322, 500),
    ]);
    expect(out.map((i) => i.speaker.display)).toEqual(['France', 'Japan']);
    expect(out[0]!.start).toBeLessThan(110);
    expect(out[0]!.end).toBeGreaterThan(290);
  });

  // Seen in generateScenario(52, {hard}) (Mexico @442.8): one observer of four named the previous speaker for a
  // short turn; the three who named it right are outweighed and the turn disappears into its neighbour.
  test('a short turn stays its own when one observer of four names the previous speaker', () => {
    const out = record([
      clip(1, 'o1', 'Republic of Moldova', 347, 434), clip(2, 'o3', 'MDA', 342, 440), clip(3, 'o4', 'Republic of Moldova', 347, 435),
      clip(4, 'o4', 'Republic of Moldova', 446, 480), clip(5, 'o3', 'Mexico', 448, 475), clip(6, 'o2', 'Mexico', 446, 477),
      clip(7, 'o1', 'Mexico', 444, 472), clip(8, 'o2', 'Switzerland', 497, 541), clip(9, 'o1', 'Switzerland', 484, 539),
    ]);
    expect(out.map((i) => i.speaker.display)).toEqual(['Republic of Moldova', 'Mexico', 'Switzerland']);
  });
});
