import { buildOpenApiDocument } from './build-document';

/**
 * Where the document is committed: a static asset (wrangler.toml [assets]) that the Worker fetches
 * through its ASSETS binding (worker/routes/openapi.ts), so the document is not part of its code.
 */
export const DOCUMENT_PATH = 'worker/assets/openapi.json';

/** The document as the committed file holds it. */
export function openApiDocumentText(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}
