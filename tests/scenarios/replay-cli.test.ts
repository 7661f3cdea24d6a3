// The replay's pure parts (scenario checks, ClipInput mapping, outbox batching, output shape) and the
// command line's errors; none of this needs a server.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ClipInputSchema } from '../../shared/schemas';
import { freePort } from '../../scripts/lib/replay-run.mjs';
import { MAX_CLIPS_PER_BATCH, checkScenario, planBatches, toClipInput, toOutput, type ReplayClip } from '../../scripts/lib/replay-scenario.mjs';
import { ROOT } from '../../scripts/lib/wrangler.mjs';
import { SCENARIO_DIR } from './scenario';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'udc-replay-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sample = () => JSON.parse(readFileSync(path.join(SCENARIO_DIR, 'firearms-102-0-hard.json'), 'utf8'));

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/replay.mjs', ...args], { cwd: ROOT, env: { ...process.env, BOOTSTRAP_TOKEN: '' } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

function writeScenario(name: string, edit: (s: any) => void): string {
  const s = sample();
  edit(s);
  const file = path.join(tmp, name);
  writeFileSync(file, JSON.stringify(s));
  return file;
}

describe('checkScenario', () => {
  test('accepts the sample files and names the first bad field otherwise', () => {
    expect(checkScenario(sample()).clips).toHaveLength(74);
    const bad = (edit: (s: any) => void) => {
      const s = sample();
      edit(s);
      return () => checkScenario(s);
    };
    expect(bad((s) => (s.clips[4].end = s.clips[4].start - 1))).toThrow(/clips\[4\]\.end must be null or not before start/);
    expect(bad((s) => (s.clips[1].kind = 'audio'))).toThrow(/clips\[1\]\.kind must be "webcast" or "page"/);
    expect(bad((s) => (s.clips[3].quote = undefined))).toThrow(/clips\[3\]\.quote must be a non-empty string/);
    expect(bad((s) => (s.clips[0].capturedAt = '2023-06-22 13:26'))).toThrow(/clips\[0\]\.capturedAt must be an ISO date-time/);
    expect(bad((s) => (s.observers = []))).toThrow(/observers must be a non-empty array/);
    expect(bad((s) => delete s.dialogue.title)).toThrow(/dialogue\.title must be a non-empty string/);
    expect(bad((s) => (s.clips[7].id = s.clips[6].id))).toThrow(/clips\[7\]\.id must be unique/);
  });

  test('maps every clip to a ClipInput the API accepts: webcast times, and page quotes as {exact, prefix, suffix}', () => {
    const dialogueId = '00000000-0000-4000-8000-000000000001';
    const clips = checkScenario(sample()).clips.map((c) => toClipInput(c, dialogueId));
    for (const clip of clips) expect(ClipInputSchema.safeParse(clip).success).toBe(true);
    const page = clips.find((c) => c.kind === 'page')!;
    expect(page).toMatchObject({ channel: 'floor', quote: { exact: 'Welcomed gender-sensitive approaches', prefix: '', suffix: '' } });
    expect(page).not.toHaveProperty('start');
    expect(clips.find((c) => c.clock === 'live')).toMatchObject({ kind: 'webcast', dialogueId, start: 652.6, end: null });
  });
});

describe('planBatches: the observers\' outboxes', () => {
  const clip = (id: string, observer: string, minute: number): ReplayClip => ({
    id, observer, capturedAt: new Date(Date.UTC(2026, 0, 1, 10, minute)).toISOString(),
    kind: 'webcast', clock: 'recording', start: minute * 60, end: null, speaker: 'France', tags: [], note: '',
  });

  test('sends every clip once, each observer\'s in capture order, at most 50 to a request', () => {
    const clips = checkScenario(sample()).clips;
    for (const options of [{}, { flushEvery: 1 }, { flushEvery: 200, flushAfterS: 1e9 }]) {
      const batches = planBatches(clips, options);
      const sent = batches.flatMap((b) => b.clips.map((c) => c.id));
      expect([...sent].sort()).toEqual(clips.map((c) => c.id).sort());
      for (const b of batches) {
        expect(b.clips.length).toBeLessThanOrEqual(MAX_CLIPS_PER_BATCH);
        expect(b.clips.every((c) => c.observer === b.observer)).toBe(true);
      }
      for (const observer of ['obs-1', 'obs-2', 'obs-3']) {
        const times = batches.filter((b) => b.observer === observer).flatMap((b) => b.clips.map((c) => c.capturedAt));
        expect(times).toEqual([...times].sort());
      }
    }
  });

  test('flushes at N clips or after T seconds, interleaving the observers by when they flush', () => {
    const clips = [
      clip('a1', 'a', 0), clip('b1', 'b', 1), clip('a2', 'a', 2), clip('a3', 'a', 3), clip('b2', 'b', 20), clip('a4', 'a', 30),
    ];
    const plan = planBatches(clips, { flushEvery: 3, flushAfterS: 600 }).map((b) => b.clips.map((c) => c.id).join(','));
    // a fills up at minute 3; b1's ten minutes are up by b2 (minute 20), b2's by a4 (minute 30); a4 goes at the end.
    expect(plan).toEqual(['a1,a2,a3', 'b1', 'b2', 'a4']);
    // Capture time, not file order, decides; equal times keep the file's order.
    expect(planBatches([clips[3]!, clips[0]!, clip('a0', 'a', 0)], { flushEvery: 5 })[0]!.clips.map((c) => c.id)).toEqual(['a1', 'a0', 'a3']);
  });

  test('splits an outbox of more than 50 clips into requests of 50', () => {
    const many = Array.from({ length: 120 }, (_, i) => clip(`c${i}`, 'a', i % 60));
    expect(planBatches(many, { flushEvery: 1000, flushAfterS: 1e9 }).map((b) => b.clips.length)).toEqual([50, 50, 20]);
  });
});

describe('toOutput', () => {
  const iv = { id: 'i1', start: 1, end: 2, clipIds: ['c1'], tags: [], notes: [], quotes: [], status: 'draft' };
  test('takes the speaker as a name, or as {name, code, kind, known}, and names offsets by observer', () => {
    const scenario = checkScenario(sample());
    const fromString = toOutput(scenario, { dialogueId: 'd', interventions: [{ ...iv, speaker: 'Türkiye' }] });
    expect(fromString.interventions[0]).toMatchObject({ speaker: 'Türkiye', code: null, conflicts: [], start: 1, end: 2, clipIds: ['c1'] });
    const fromObject = toOutput(
      scenario,
      { dialogueId: 'd', interventions: [{ ...iv, speaker: { name: 'Türkiye', code: 'TUR', kind: 'state', known: true }, conflicts: [{ kind: 'speaker' }] }], offsets: { m3: { offset: 424, source: 'estimated', support: 9 } } },
      new Map([['m3', 'obs-3']]),
    );
    expect(fromObject.interventions[0]).toMatchObject({ speaker: 'Türkiye', code: 'TUR', kind: 'state', known: true, conflicts: [{ kind: 'speaker' }] });
    expect(fromObject.offsets).toEqual({ 'obs-3': { offset: 424, source: 'estimated', support: 9, memberId: 'm3' } });
  });
});

describe('npm run replay: errors in words', () => {
  test('without both paths: the usage line, exit code 2', async () => {
    const r = await cli('only-one.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: npm run replay -- SCENARIO.json OUT.json');
  });

  test('an unreadable, non-JSON or invalid scenario: which file and which field', async () => {
    const missing = await cli(path.join(tmp, 'nope.json'), path.join(tmp, 'out.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read the scenario .*nope\.json: no such file/);
    writeFileSync(path.join(tmp, 'broken.json'), '{"dialogue": ');
    expect((await cli(path.join(tmp, 'broken.json'), path.join(tmp, 'out.json'))).stderr).toMatch(/broken\.json is not valid JSON/);
    const invalid = await cli(writeScenario('bad-start.json', (s) => (s.clips[2].start = 'abc')), path.join(tmp, 'out.json'));
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('clips[2].start must be a number of seconds >= 0 (got "abc")');
  });

  test('a server that does not answer, or no bootstrap token for --api', async () => {
    const port = await freePort();
    const down = await cli(path.join(SCENARIO_DIR, 'firearms-101-1.json'), path.join(tmp, 'out.json'), '--api', `http://127.0.0.1:${port}`);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain(`no server answers at http://127.0.0.1:${port}/api/v1/health`);
    // Something that answers health but was given no token: say where the token comes from.
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const noToken = await cli(path.join(SCENARIO_DIR, 'firearms-101-1.json'), path.join(tmp, 'out.json'), '--api', url);
    server.close();
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toContain('pass --bootstrap-token or set BOOTSTRAP_TOKEN');
    const badFlag = await cli(path.join(SCENARIO_DIR, 'firearms-101-1.json'), path.join(tmp, 'out.json'), '--flush-every', 'many');
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain('--flush-every must be a number >= 1');
  });
});
