import { z } from 'zod';
import { DateSchema, HttpUrlSchema, InstantSchema, ThemeSchema, UuidSchema } from './common';

export const DialogueCreateSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').max(300),
    theme: ThemeSchema,
    date: DateSchema,
    webcastUrl: HttpUrlSchema.nullable().optional(),
    recordingStartedAt: InstantSchema.nullable().optional(),
  })
  .strict()
  .meta({ id: 'DialogueCreate' });
export type DialogueCreate = z.infer<typeof DialogueCreateSchema>;

export const DialogueSchema = z
  .object({
    id: UuidSchema,
    title: z.string(),
    theme: ThemeSchema,
    date: z.string(),
    webcastUrl: z.string().nullable(),
    recordingStartedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Dialogue' });
export type Dialogue = z.infer<typeof DialogueSchema>;

export const DialogueListSchema = z.object({ dialogues: z.array(DialogueSchema) }).meta({ id: 'DialogueList' });
