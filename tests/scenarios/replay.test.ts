// `npm run replay` for real: every scenario file through one local Worker (wrangler dev on a fresh D1),
// each observer with their own token, clips batched as the outboxes send them; the record is scored
// with the repo's copy of evaluate.mjs.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiError } from '../../scripts/lib/api.mjs';
import { ReplayError, replayScenario, startOwnWorker, type OwnWorker } from '../../scripts/lib/replay-run.mjs';
import { checkScenario, readScenario, type ReplayOutput } from '../../scripts/lib/replay-scenario.mjs';
import { ROOT, killWorkersOnExit } from '../../scripts/lib/wrangler.mjs';
import { generateScenario } from './generate';
import { SCENARIO_DIR, assembleScenario, clipAccounting, scoreFiles, toOutput, type Scenario } from './scenario';

const FILES = readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.json')).sort();
const minF1 = (file: string) => (/-hard\.json$/.test(file) ? 0.95 : 0.98);

let own: OwnWorker;
let tmp: string;
const rows: string[] = [];

beforeAll(async () => {
  // Ctrl-C on vitest must not leave wrangler and workerd running (they have their own process group).
  killWorkersOnExit();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'udc-replay-test-'));
  own = await startOwnWorker();
});

afterAll(async () => {
  await own?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  if (rows.length) console.log(`Scenario files replayed through the API:\n${rows.join('\n')}`);
});

const replay = (scenario: Parameters<typeof replayScenario>[0]) =>
  replayScenario(scenario, { apiUrl: own.url, bootstrapToken: own.bootstrapToken });

describe('replaying the scenario files through the HTTP API', () => {
  test.each(FILES)('%s reaches its F1 and the record holds every clip exactly once', async (file) => {
    const scenarioPath = path.join(SCENARIO_DIR, file);
    const scenario = readScenario(scenarioPath);
    let result;
    try {
      result = await replay(scenario);
    } catch (error) {
      console.error(`--- Worker output ---\n${own.worker.output}`);
      throw error;
    }
    const { output, stats } = result;
    const outPath = path.join(tmp, file);
    writeFileSync(outPath, JSON.stringify(output));
    const score = await scoreFiles(scenarioPath, outPath);
    rows.push(
      `  ${file.padEnd(38)} F1 ${score.f1.toFixed(3)} (${score.matched}/${score.expected} matched, ${score.produced} produced; ` +
        `median error ${score.medianStartErrorS}/${score.medianEndErrorS} s) — ${stats.clips} clips, ${stats.batches} batches, ${stats.seconds.toFixed(1)} s`,
    );

    expect(stats.clips).toBe(scenario.clips.length);
    expect(clipAccounting(scenario as unknown as Scenario, output)).toEqual({ missing: [], repeated: [] });
    for (const iv of output.interventions) expect(typeof iv.speaker).toBe('string');
    expect(score.f1, `missed ${score.missed.join('; ')}; spurious ${score.spurious.join('; ')}`).toBeGreaterThanOrEqual(minF1(file));
  });

  test('the server gives the same record as the pure assembly, for a generated hard scenario with a live observer', async () => {
    const generated = generateScenario(3, { hard: true });
    const { output } = await replay(checkScenario(generated));
    const pure = toOutput(assembleScenario(generated));
    const shape = (ivs: { speaker: unknown; start: number | null; end: number | null; clipIds: string[] }[]) =>
      ivs.map((iv) => ({ speaker: iv.speaker, start: iv.start?.toFixed(3), end: iv.end?.toFixed(3), clipIds: [...iv.clipIds].sort() }));
    expect(shape(output.interventions)).toEqual(shape(pure.interventions));
    expect(Object.keys(output.offsets)).toEqual(Object.keys(generated.expected.liveClockOffsets));
  });

  test('a second replay of a file on the same server is a conflict, with a hint', async () => {
    const failure = await replay(readScenario(path.join(SCENARIO_DIR, FILES[0]!))).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ReplayError);
    expect((failure as Error).message).toMatch(/conflict: id/);
    expect((failure as Error).message).toContain('--new-ids');
  });

  test('npm run replay -- SCENARIO OUT --api URL --new-ids replays it again, writing the record and a one-line summary', async () => {
    const file = FILES[0]!;
    const outPath = path.join(tmp, `cli-${file}`);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['scripts/replay.mjs', path.join(SCENARIO_DIR, file), outPath, '--api', own.url, '--new-ids', '--flush-every', '50', '--flush-after', '1e9'],
      { cwd: ROOT, env: { ...process.env, BOOTSTRAP_TOKEN: own.bootstrapToken }, encoding: 'utf8' },
    );
    const scenario = JSON.parse(readFileSync(path.join(SCENARIO_DIR, file), 'utf8')) as Scenario;
    // One batch per observer: each holds fewer than 50 clips, and the timer never fires.
    expect(stdout).toMatch(new RegExp(`${scenario.name}: ${scenario.clips.length} clips sent in 3 batches by 3 observers → \\d+ interventions`));
    const output = JSON.parse(readFileSync(outPath, 'utf8')) as ReplayOutput;
    expect(clipAccounting(scenario, output)).toEqual({ missing: [], repeated: [] });
    expect(output.interventions.some((iv) => iv.code === 'BRA' && iv.speaker === 'Brazil')).toBe(true);
    expect((await scoreFiles(path.join(SCENARIO_DIR, file), outPath)).f1).toBeGreaterThanOrEqual(minF1(file));
  });

  test('a clip the server refuses fails the replay loudly, naming the clip and the field', async () => {
    const scenario = checkScenario(generateScenario(11));
    const victim = scenario.clips[3]!;
    const bad = { ...scenario, clips: scenario.clips.map((c) => (c === victim ? { ...c, tags: ['  '] } : c)) };
    const failure = await replay(bad).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ReplayError);
    expect((failure as Error).message).toContain(`clip ${victim.id}`);
    expect((failure as Error).message).toMatch(/invalid: tags/);
  });

  test('a wrong bootstrap token is a 401 from the server', async () => {
    const scenario = readScenario(path.join(SCENARIO_DIR, FILES[0]!));
    const failure = await replayScenario(scenario, { apiUrl: own.url, bootstrapToken: 'not-the-secret' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(401);
  });
});
