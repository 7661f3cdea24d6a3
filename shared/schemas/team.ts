import { z } from 'zod';
import { RoleSchema, UuidSchema } from './common';

export const BootstrapSchema = z
  .object({
    teamName: z.string().trim().min(1, 'must not be empty').max(200),
    adminName: z.string().trim().min(1, 'must not be empty').max(200),
  })
  .strict()
  .meta({ id: 'Bootstrap' });
export type Bootstrap = z.infer<typeof BootstrapSchema>;

export const TeamSchema = z.object({ id: UuidSchema, name: z.string() }).meta({ id: 'Team' });
export const MemberSchema = z
  .object({ id: UuidSchema, name: z.string(), role: RoleSchema })
  .meta({ id: 'Member' });

export const BootstrapResultSchema = z
  .object({
    team: TeamSchema,
    member: MemberSchema,
    /** Shown once; the server keeps only its SHA-256. */
    token: z.string(),
  })
  .meta({ id: 'BootstrapResult' });
export type BootstrapResult = z.infer<typeof BootstrapResultSchema>;

export const MeSchema = z.object({ team: TeamSchema, member: MemberSchema }).meta({ id: 'Me' });
export type Me = z.infer<typeof MeSchema>;

/** An admin adds a member to their team; the answer carries the member's first token, shown once. */
export const MemberCreateSchema = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200),
    role: RoleSchema,
  })
  .strict()
  .meta({ id: 'MemberCreate' });
export type MemberCreate = z.infer<typeof MemberCreateSchema>;

export const MemberCreateResultSchema = z
  .object({
    member: MemberSchema,
    /** Shown once; the server keeps only its SHA-256. */
    token: z.string(),
  })
  .meta({ id: 'MemberCreateResult' });
export type MemberCreateResult = z.infer<typeof MemberCreateResultSchema>;

export const MemberSummarySchema = z
  .object({ id: UuidSchema, name: z.string(), role: RoleSchema, createdAt: z.string() })
  .meta({ id: 'MemberSummary' });
export type MemberSummary = z.infer<typeof MemberSummarySchema>;

export const MemberListSchema = z.object({ members: z.array(MemberSummarySchema) }).meta({ id: 'MemberList' });
export type MemberList = z.infer<typeof MemberListSchema>;
