import * as z from '../zod';

export const THEMES = [
  'trafficking-in-persons',
  'smuggling-of-migrants',
  'firearms',
  'international-cooperation',
  'technical-assistance',
  'other',
] as const;
export const ThemeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof ThemeSchema>;

export const ROLES = ['observer', 'reviewer', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const UuidSchema = z.uuid({ message: 'must be a UUID' });

/** ISO 8601 instant with a zone, e.g. 2026-11-29T10:00:00Z. */
export const InstantSchema = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with a zone' });

/** Calendar date, YYYY-MM-DD. */
export const DateSchema = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

export const HttpUrlSchema = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).check(z.maxLength(2048));

/** One problem with a request, naming where it is (a dotted path such as `clips.3.start`). */
export const ProblemSchema = z.object({ path: z.string(), message: z.string() });
export type Problem = z.infer<typeof ProblemSchema>;

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      problems: z.optional(z.array(ProblemSchema)),
    }),
  })
  .register(z.globalRegistry, { id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorSchema>;

/** Flattens zod issues into problems with dotted paths. */
export function toProblems(error: z.core.$ZodError, prefix: (string | number)[] = []): Problem[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join('.') || '(body)',
    message: issue.message,
  }));
}

export const HealthSchema = z.object({ ok: z.literal(true) }).register(z.globalRegistry, { id: 'Health' });
export type Health = z.infer<typeof HealthSchema>;
