import * as z from '../zod';
import { EXPORT_FORMATS, type ExportFormat } from '../export/types';
import { ActorSchema } from './intervention';

export const ExportFormatSchema = z
  .enum(EXPORT_FORMATS as [ExportFormat, ...ExportFormat[]], { message: `must be one of ${EXPORT_FORMATS.join(', ')}` })
  .register(z.globalRegistry, { id: 'ExportFormat' });

export const ExportIncludeSchema = z.enum(['approved', 'all'], { message: 'must be approved or all' }).register(z.globalRegistry, { id: 'ExportInclude' });

/** GET /dialogues/{id}/export?format=…&include=… */
export const ExportQuerySchema = z.object({
  format: ExportFormatSchema,
  /** `approved` (default): only approved interventions; `all`: every one, each marked with its status. */
  include: z._default(ExportIncludeSchema, 'approved'),
});
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

export const SHARE_FORMATS = ['html', 'md'] as const;
export const ShareFormatSchema = z.enum(SHARE_FORMATS, { message: 'must be html or md' });
export type ShareFormat = z.infer<typeof ShareFormatSchema>;

export const ShareLinkCreateSchema = z.strictObject({ format: ShareFormatSchema }).register(z.globalRegistry, { id: 'ShareLinkCreate' });
export type ShareLinkCreate = z.infer<typeof ShareLinkCreateSchema>;

/** A share link as listed: never its secret nor the hash of it, so never its URL either. */
export const ShareLinkSchema = z
  .object({
    id: z.string(),
    dialogueId: z.string(),
    format: ShareFormatSchema,
    /** The first characters of the secret in its URL, to tell links apart. */
    prefix: z.string(),
    createdAt: z.string(),
    createdBy: ActorSchema,
    revokedAt: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'ShareLink' });
export type ShareLink = z.infer<typeof ShareLinkSchema>;

/** The answer to creating one: the only time its URL is shown. */
export const ShareLinkCreatedSchema = z.extend(ShareLinkSchema, { url: z.url() }).register(z.globalRegistry, { id: 'ShareLinkCreated' });
export type ShareLinkCreated = z.infer<typeof ShareLinkCreatedSchema>;

export const ShareLinkListSchema = z.object({ shareLinks: z.array(ShareLinkSchema) }).register(z.globalRegistry, { id: 'ShareLinkList' });
export type ShareLinkList = z.infer<typeof ShareLinkListSchema>;
