import * as z from '../zod';
import { RoleSchema, UuidSchema } from './common';

/**
 * A new personal token. Without `memberId` it is the caller's own; an admin may name another member
 * of the team. `role` defaults to the member's role and may never exceed it.
 */
export const TokenCreateSchema = z
  .strictObject({
    name: z.optional(z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(100))),
    memberId: z.optional(UuidSchema),
    role: z.optional(RoleSchema),
  })
  .register(z.globalRegistry, { id: 'TokenCreate' });
export type TokenCreate = z.infer<typeof TokenCreateSchema>;

/** What anyone may see of a token: never the secret, never its hash. */
export const TokenSchema = z
  .object({
    id: UuidSchema,
    /** The first characters of the secret, to tell tokens apart. */
    prefix: z.string(),
    name: z.nullable(z.string()),
    role: RoleSchema,
    memberId: UuidSchema,
    createdAt: z.string(),
    lastUsedAt: z.nullable(z.string()),
    revokedAt: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'Token' });
export type Token = z.infer<typeof TokenSchema>;

export const TokenCreateResultSchema = z
  .object({
    token: TokenSchema,
    /** Shown once; the server keeps only its SHA-256. */
    secret: z.string(),
  })
  .register(z.globalRegistry, { id: 'TokenCreateResult' });
export type TokenCreateResult = z.infer<typeof TokenCreateResultSchema>;

export const TokenListSchema = z.object({ tokens: z.array(TokenSchema) }).register(z.globalRegistry, { id: 'TokenList' });
export type TokenList = z.infer<typeof TokenListSchema>;
