import * as z from '../zod';
import { RoleSchema, UuidSchema } from './common';

export const BootstrapSchema = z
  .strictObject({
    teamName: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(200)),
    adminName: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(200)),
  })
  .register(z.globalRegistry, { id: 'Bootstrap' });
export type Bootstrap = z.infer<typeof BootstrapSchema>;

export const TeamSchema = z.object({ id: UuidSchema, name: z.string() }).register(z.globalRegistry, { id: 'Team' });
export const MemberSchema = z
  .object({ id: UuidSchema, name: z.string(), role: RoleSchema })
  .register(z.globalRegistry, { id: 'Member' });

export const BootstrapResultSchema = z
  .object({
    team: TeamSchema,
    member: MemberSchema,
    /** Shown once; the server keeps only its SHA-256. */
    token: z.string(),
  })
  .register(z.globalRegistry, { id: 'BootstrapResult' });
export type BootstrapResult = z.infer<typeof BootstrapResultSchema>;

export const MeSchema = z.object({ team: TeamSchema, member: MemberSchema }).register(z.globalRegistry, { id: 'Me' });
export type Me = z.infer<typeof MeSchema>;

/** An admin adds a member to their team; the answer carries the member's first token, shown once. */
export const MemberCreateSchema = z
  .strictObject({
    name: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(200)),
    role: RoleSchema,
  })
  .register(z.globalRegistry, { id: 'MemberCreate' });
export type MemberCreate = z.infer<typeof MemberCreateSchema>;

export const MemberCreateResultSchema = z
  .object({
    member: MemberSchema,
    /** Shown once; the server keeps only its SHA-256. */
    token: z.string(),
  })
  .register(z.globalRegistry, { id: 'MemberCreateResult' });
export type MemberCreateResult = z.infer<typeof MemberCreateResultSchema>;

export const MemberSummarySchema = z
  .object({ id: UuidSchema, name: z.string(), role: RoleSchema, createdAt: z.string() })
  .register(z.globalRegistry, { id: 'MemberSummary' });
export type MemberSummary = z.infer<typeof MemberSummarySchema>;

export const MemberListSchema = z.object({ members: z.array(MemberSummarySchema) }).register(z.globalRegistry, { id: 'MemberList' });
export type MemberList = z.infer<typeof MemberListSchema>;
