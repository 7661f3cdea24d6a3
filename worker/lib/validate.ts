import type { Context, Env, MiddlewareHandler, ValidationTargets } from 'hono';
import { validator, type InferInput } from 'hono/validator';
import { safeParse, type $ZodType, type input, type output } from 'zod/v4/core';
import { AppError, invalid, notFound, unsupportedMediaType } from '../errors';
import { zodProblems } from './problems';

/*
 * Route validators: a zod schema checks one part of the request and the route reads the result with
 * `c.req.valid(target)`. Typed against zod's core, so classic and zod/mini schemas both work.
 * Every failure is thrown as an AppError, so the one `onError` answers it. Within a route, put them
 * in the order query, param, json: that order decides which problem a request with several answers.
 */

type HasUndefined<T> = undefined extends T ? true : false;

/** What a validator adds to the route's input: the client's types (for `hc`) and the parsed ones. */
type Validated<Target extends keyof ValidationTargets, T extends $ZodType> = {
  in: HasUndefined<input<T>> extends true
    ? { [K in Target]?: [input<T>] extends [ValidationTargets[K]] ? input<T> : InferInput<input<T>, K> }
    : { [K in Target]: [input<T>] extends [ValidationTargets[K]] ? input<T> : InferInput<input<T>, K> };
  out: { [K in Target]: output<T> };
};

type Validator<Target extends keyof ValidationTargets, T extends $ZodType, E extends Env, P extends string> = MiddlewareHandler<
  E,
  P,
  Validated<Target, T>
>;

/**
 * A path parameter that fails (say, an id that is no UUID) names nothing that exists: 404, not
 * 400, with the parameter named as a problem all the same.
 */
function check(target: keyof ValidationTargets, schema: $ZodType) {
  return (value: unknown) => {
    const result = safeParse(schema, value);
    if (result.success) return result.data;
    const problems = zodProblems(result.error);
    if (target === 'param') throw new AppError(404, 'not_found', notFound().message, problems);
    throw invalid(problems);
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- like hono's own validators, fits any route's env
export function query<T extends $ZodType, E extends Env = any, P extends string = string>(schema: T) {
  return validator('query', check('query', schema)) as unknown as Validator<'query', T, E, P>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export function param<T extends $ZodType, E extends Env = any, P extends string = string>(schema: T) {
  return validator('param', check('param', schema)) as unknown as Validator<'param', T, E, P>;
}

/**
 * A required JSON body. A body sent with another content type, or with none, is a 415; no body at
 * all is checked as `{}`, so the answer names the missing fields. Malformed JSON becomes hono's
 * HTTPException, which toAppError turns into `invalid_json`; a body that is not UTF-8 never gets
 * here (worker/middleware/utf8-body.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export function json<T extends $ZodType, E extends Env = any, P extends string = string>(schema: T) {
  const parse = validator('json', check('json', schema));
  const handler: MiddlewareHandler = async (c, next) => {
    const contentType = c.req.header('content-type');
    if (contentType ? !JSON_REQUEST.test(contentType) : await hasRequestBody(c)) throw unsupportedMediaType();
    return parse(c, next);
  };
  return handler as unknown as Validator<'json', T, E, P>;
}

/** A JSON media type, with parameters or none (what the body gate of the routes accepted before). */
const JSON_REQUEST = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;

/** Whether the request carries at least one byte of body, read from a copy so the body stays unread. */
async function hasRequestBody(c: Context): Promise<boolean> {
  const raw = c.req.raw;
  if (raw.body === null) return false;
  if (raw.bodyUsed) return (await c.req.arrayBuffer()).byteLength > 0;
  const body = raw.clone().body;
  if (body === null) return false;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      if (value.byteLength > 0) return true;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}
