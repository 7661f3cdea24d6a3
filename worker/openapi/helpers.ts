import type { $ZodType } from 'zod/v4/core';
import { ErrorSchema } from '../../shared/schemas';

/*
 * How the OpenAPI document declares each operation. Doc only: the Worker never imports this folder;
 * scripts/build-openapi.ts turns it into worker/assets/openapi.json, which the Worker serves.
 */

export interface ResponseDoc {
  description: string;
  /** Media type → schema; none for a response without a body (204). */
  content?: Record<string, { schema: $ZodType }>;
}

export interface OperationDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The full path, with parameters as `{name}`. */
  path: string;
  tags: string[];
  summary: string;
  description?: string;
  security?: Record<string, string[]>[];
  /** Each path parameter's schema, by name. */
  params?: Record<string, $ZodType>;
  /** An object schema: each of its fields is one query parameter. */
  query?: $ZodType;
  /** A required JSON body. */
  body?: $ZodType;
  responses: Record<number, ResponseDoc>;
}

export interface ResourceDoc {
  operations: OperationDoc[];
  /** Schemas to publish as components although no operation names them directly (request side). */
  components?: $ZodType[];
}

export function json(schema: $ZodType, description: string): ResponseDoc {
  return { description, content: { 'application/json': { schema } } };
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

/** The error answers, documented alike on every route. */
export function errors(...codes: ErrorCode[]): Record<number, ResponseDoc> {
  return Object.fromEntries(codes.map((code) => [code, json(ErrorSchema, errorDescriptions[code])]));
}

export const bearer = [{ bearerAuth: [] }];
export const bootstrapSecret = [{ bootstrapSecret: [] }];
