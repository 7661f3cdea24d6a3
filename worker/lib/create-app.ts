import { OpenAPIHono, type Hook } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { AppError, invalid, notFound } from '../errors';
import { zodProblems } from './problems';

/**
 * Turns every failed validation into a thrown AppError, so the one `onError` answers it. A path
 * parameter that fails (say, an id that is no UUID) names nothing that exists: 404, not 400, with
 * the parameter named as a problem all the same.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the hook serves every route's input type
export const validationHook: Hook<any, any, any, undefined> = (result) => {
  if (result.success) return;
  if (result.target === 'param') throw new AppError(404, 'not_found', notFound().message, zodProblems(result.error));
  throw invalid(zodProblems(result.error));
};

/** Every sub-app is made here, so each carries the validation hook even when tested alone. */
export function createApp<E extends Env>() {
  return new OpenAPIHono<E>({ defaultHook: validationHook });
}
