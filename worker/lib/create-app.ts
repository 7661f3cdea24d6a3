import { Hono, type Env } from 'hono';

/**
 * Every sub-app is made here. Validation lives in each route's validators (./validate.ts), which
 * throw AppErrors, so a sub-app tested alone answers as the mounted one does.
 */
export function createApp<E extends Env>() {
  return new Hono<E>();
}
