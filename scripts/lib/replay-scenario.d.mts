// Types for replay-scenario.mjs, so that the TypeScript scenario tests can use it.
export const MAX_CLIPS_PER_BATCH: number;
export class ScenarioError extends Error {}

export interface ReplayClip {
  id: string;
  observer: string;
  capturedAt: string;
  kind: 'webcast' | 'page';
  url?: string | null;
  clock?: 'recording' | 'live' | 'wall' | null;
  start?: number | null;
  end?: number | null;
  speaker: string;
  tags: string[];
  note: string;
  quote?: string;
}
export interface ReplayScenario {
  name: string;
  dialogue: { title: string; theme: string; date: string; webcastUrl?: string | null; recordingStartedAt?: string | null };
  observers: { id: string; name: string }[];
  clips: ReplayClip[];
  [key: string]: unknown;
}
export interface Batch {
  observer: string;
  clips: ReplayClip[];
}
export interface OutputIntervention {
  speaker: string | null;
  code: string | null;
  kind?: string | null;
  known?: boolean | null;
  start: number | null;
  end: number | null;
  clipIds: string[];
  conflicts: unknown[];
  [key: string]: unknown;
}
export interface ReplayOutput {
  scenario: string;
  dialogueId: string;
  interventions: OutputIntervention[];
  offsets: Record<string, { offset: number; source: string; support: number; memberId: string }>;
}

export function readScenario(file: string): ReplayScenario;
export function checkScenario(data: unknown): ReplayScenario;
export function toClipInput(clip: ReplayClip, dialogueId: string): Record<string, unknown>;
export function planBatches(clips: readonly ReplayClip[], options?: { flushEvery?: number; flushAfterS?: number }): Batch[];
export function idempotencyKey(body: string): string;
export function toOutput(scenario: ReplayScenario, record: unknown, observerOf?: Map<string, string>): ReplayOutput;
