import { HTTPException } from 'hono/http-exception';
import type { ErrorBody, Problem } from '../shared/schemas';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 500 | 503;

/** The one error type the app throws; `app.onError` turns it into the JSON error body. */
export class AppError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly problems?: Problem[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const invalid = (problems: Problem[], message = 'The request is not valid') =>
  new AppError(400, 'validation_failed', message, problems);
export const invalidJson = () => new AppError(400, 'invalid_json', 'The request body is not valid JSON');
export const unauthorized = (message = 'A valid API token is required') => new AppError(401, 'unauthorized', message);
export const forbidden = (message = 'Your role does not allow this') => new AppError(403, 'forbidden', message);
export const notFound = (what = 'resource') => new AppError(404, 'not_found', `No such ${what}`);
export const payloadTooLarge = (limit: number) =>
  new AppError(413, 'payload_too_large', `The request body must not exceed ${limit} bytes`);
export const unsupportedMediaType = () =>
  new AppError(415, 'unsupported_media_type', 'The request body must be application/json');
export const unavailable = (code: string, message: string) => new AppError(503, code, message);

/**
 * Maps anything thrown to an AppError. Hono's own HTTPExceptions (the validator's malformed-JSON
 * 400, the json validator's 415) are translated; anything else is an internal error whose details stay
 * in the log, never in the response.
 */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof HTTPException) {
    if (err.status === 415) return unsupportedMediaType();
    if (err.status === 413) return new AppError(413, 'payload_too_large', 'The request body is too large');
    if (err.status === 400 && /json/i.test(err.message)) return invalidJson();
    if (err.status === 401) return unauthorized();
    if (err.status < 500) return new AppError(400, 'bad_request', 'The request could not be read');
  }
  return new AppError(500, 'internal', 'Something went wrong on the server');
}

export function errorBody(err: AppError): ErrorBody {
  return {
    error: { code: err.code, message: err.message, ...(err.problems ? { problems: err.problems } : {}) },
  };
}
