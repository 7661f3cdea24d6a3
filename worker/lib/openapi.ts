import type { z } from 'zod';
import { ErrorSchema } from '../../shared/schemas';

/** Route-config helpers: keep createRoute() calls short and the error answers documented alike. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  // `required: true` makes zod-openapi validate even when the content type is missing or wrong.
  return { required: true, content: { 'application/json': { schema } } };
}

const errorDescriptions = {
  400: 'Invalid request (validation_failed, invalid_json)',
  401: 'Missing, unknown or revoked token (unauthorized)',
  403: 'The token role does not allow this (forbidden)',
  404: 'Not found, or another team owns it (not_found)',
  413: 'Body larger than 1 MB (payload_too_large)',
  415: 'Body is not application/json (unsupported_media_type)',
  503: 'Switched off on this server',
} as const;

type ErrorCode = keyof typeof errorDescriptions;

export function errors<C extends ErrorCode>(...codes: C[]) {
  return Object.fromEntries(codes.map((code) => [code, json(ErrorSchema, errorDescriptions[code])])) as {
    [K in C]: ReturnType<typeof json<typeof ErrorSchema>>;
  };
}

export const bearer = [{ bearerAuth: [] }];
