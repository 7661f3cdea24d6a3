import { buildOpenApiDocument } from './build-document';

/** Where the document is committed: the Worker imports it from there (worker/routes/openapi.ts). */
export const DOCUMENT_PATH = 'worker/generated/openapi.json';

/** The document as the committed file holds it. */
export function openApiDocumentText(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}
