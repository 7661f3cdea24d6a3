// Types for api.mjs, so that the TypeScript e2e tests can use it.
import type { BootstrapResult, Dialogue, DialogueCreate, DialogueRecord } from '../../shared/schemas';

export class ApiError extends Error {
  status: number;
  body: unknown;
}
export function api<T = any>(
  baseUrl: string,
  path: string,
  options?: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> },
): Promise<T>;
export function bootstrapTeam(
  baseUrl: string,
  bootstrapSecret: string,
  names: { teamName: string; adminName: string },
): Promise<BootstrapResult>;
export function createDialogue(baseUrl: string, token: string, dialogue: DialogueCreate): Promise<Dialogue>;
export function getRecord(baseUrl: string, token: string, dialogueId: string): Promise<DialogueRecord>;
export const DEMO_DIALOGUE: DialogueCreate;
