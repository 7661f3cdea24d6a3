// The scenario format (FORMAT.md) as types, the pure assembly of a scenario's clips, and scoring
// with the repo's copy of evaluate.mjs — shared by the replay and synthetic tests.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { assemble } from '../../shared/assembly/assemble';
import type { AssemblyResult, ClipIn, ResolveSpeaker } from '../../shared/assembly/model';
import { buildDefaultSpeakerIndex, canonicaliseSpeaker, speakerKey } from '../../shared/speakers';

export const SCENARIO_DIR = fileURLToPath(new URL('./data/', import.meta.url));
const EVALUATE = fileURLToPath(new URL('./evaluate.mjs', import.meta.url));

export interface ScenarioClip {
  id: string;
  observer: string;
  capturedAt: string;
  kind: 'webcast' | 'page';
  url: string;
  clock: 'recording' | 'live' | null;
  start: number | null;
  end: number | null;
  speaker: string;
  tags: string[];
  note: string;
  quote?: string;
}

export interface ExpectedIntervention {
  speaker: string;
  start: number;
  end: number;
}

export interface Scenario {
  name: string;
  dialogue: { title: string; theme: string; date: string; webcastUrl: string; recordingStartedAt: string };
  observers: { id: string; name: string }[];
  clips: ScenarioClip[];
  expected: {
    interventions: ExpectedIntervention[];
    quotedOnly: { speaker: string; quote?: string }[];
    liveClockOffsets: Record<string, number>;
  };
}

/** What evaluate.mjs prints with --json. */
export interface Score {
  scenario: string;
  expected: number;
  produced: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  medianStartErrorS: number | null;
  medianEndErrorS: number | null;
  missed: string[];
  spurious: string[];
}

export interface RecordOutput {
  interventions: { speaker: unknown; start: number | null; end: number | null; clipIds: string[] }[];
}

/** The canonicaliser as the assembly core wants it: the entity id is the grouping key. */
export function speakerResolver(): ResolveSpeaker {
  const index = buildDefaultSpeakerIndex();
  const memo = new Map<string, ReturnType<ResolveSpeaker>>();
  return (typed) => {
    let ref = memo.get(typed);
    if (!ref) {
      const c = canonicaliseSpeaker(index, typed);
      ref = { key: speakerKey(c), display: c.display, entityId: c.entityId, known: c.entityId !== null };
      memo.set(typed, ref);
    }
    return ref;
  };
}

export function toClipIns(scenario: Scenario): ClipIn[] {
  return scenario.clips.map((c) => ({
    id: c.id,
    observerId: c.observer,
    kind: c.kind,
    clock: c.kind === 'page' ? null : c.clock,
    start: c.kind === 'page' ? null : c.start,
    end: c.kind === 'page' ? null : c.end,
    speaker: c.speaker,
    tags: c.tags,
    note: c.note,
    quote: c.kind === 'page' ? (c.quote ?? null) : null,
    capturedAt: c.capturedAt,
  }));
}

/** The pure core on a scenario, no server. */
export function assembleScenario(scenario: Scenario, resolveSpeaker = speakerResolver()): AssemblyResult {
  const epoch = Date.parse(scenario.dialogue.recordingStartedAt) / 1000;
  return assemble(toClipIns(scenario), { recordingStartedAtEpoch: epoch, resolveSpeaker });
}

export function toOutput(result: AssemblyResult): RecordOutput {
  return {
    interventions: result.interventions.map((i) => ({
      speaker: i.speaker.display,
      start: i.start,
      end: i.end,
      clipIds: i.clipIds,
    })),
  };
}

/** Runs the scorer as the README does (`node evaluate.mjs SCENARIO OUTPUT --json`). */
export async function scoreFiles(scenarioPath: string, outputPath: string): Promise<Score> {
  const { stdout } = await promisify(execFile)(process.execPath, [EVALUATE, scenarioPath, outputPath, '--json'], { encoding: 'utf8' });
  return JSON.parse(stdout) as Score;
}

/** Scores an in-memory scenario and output through temporary files. */
export async function score(scenario: Scenario, output: RecordOutput): Promise<Score> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'udc-score-'));
  try {
    const scenarioPath = path.join(dir, 'scenario.json');
    const outputPath = path.join(dir, 'output.json');
    await writeFile(scenarioPath, JSON.stringify(scenario));
    await writeFile(outputPath, JSON.stringify(output));
    return await scoreFiles(scenarioPath, outputPath);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Clip ids that appear in no intervention, or in more than one. */
export function clipAccounting(scenario: Scenario, output: RecordOutput): { missing: string[]; repeated: string[] } {
  const seen = new Map<string, number>();
  for (const iv of output.interventions) for (const id of iv.clipIds) seen.set(id, (seen.get(id) ?? 0) + 1);
  const missing = scenario.clips.map((c) => c.id).filter((id) => !seen.has(id));
  const repeated = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  return { missing, repeated };
}
