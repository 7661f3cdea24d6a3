// Types for chaos-schedule.mjs, so that the TypeScript schedule test can use it.
import type { ClipInput } from '../../shared/schemas';
import type { FaultKind, TerminationMode } from './chaos-run.mjs';

export const FAULT_KINDS: FaultKind[];
export const TERMINATION_MODES: TerminationMode[];
export type Fault =
  | { kind: 'refused'; downMs: number }
  | { kind: 'http500'; afterWrite: boolean }
  | { kind: 'http503'; retryAfterS: number }
  | { kind: 'timeout'; afterWrite: boolean }
  | { kind: 'lost' };
export type PlannedEvent = { kind: 'restart'; downMs: number } | { kind: 'terminate'; mode: TerminationMode; delayMs: number };
export interface Plan {
  seed: string;
  clips: number;
  observers: number;
  faultRate: number;
  terminationsPerObserver: number;
  restartsPerObserver: number;
  gapMs: number;
  perObserver: { clips: Omit<ClipInput, 'dialogueId'>[]; gaps: number[]; events: Map<number, PlannedEvent> }[];
}
export function unit(seed: string, ...parts: (string | number)[]): number;
export function seededUuid(seed: string, ...parts: (string | number)[]): string;
export function planClip(seed: string, o: number, seq: number): Omit<ClipInput, 'dialogueId'>;
export function faultAt(plan: Plan, o: number, n: number): Fault | null;
export function planEvents(plan: Plan, o: number, clipCount: number): Map<number, PlannedEvent>;
export function makePlan(options: {
  seed: string | number;
  clips: number;
  observers: number;
  faultRate?: number;
  terminationsPerObserver?: number;
  restartsPerObserver?: number;
  gapMs?: number;
}): Plan;
export function fingerprint(plan: Plan): string;
