// `npm run replay -- … --export DIR`: every export format of the replayed dialogue, fetched through
// GET /api/v1/dialogues/{id}/export as any client would, written into DIR under the Worker's file names.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ApiError } from './api.mjs';

/** Each export format and the extension its file carries. */
export const EXPORT_FILES = [
  ['md', 'md'],
  ['html', 'html'],
  ['csv', 'csv'],
  ['json', 'json'],
  ['popolo', 'popolo.json'],
  ['jsonld', 'jsonld'],
  ['vtt', 'vtt'],
];

/** The name in `Content-Disposition: attachment; filename="…"`, kept to one plain file name. */
function fileNameOf(header, format, extension) {
  const name = /filename="([^"]+)"/.exec(header ?? '')?.[1];
  return name && path.basename(name) === name && name.endsWith(`.${extension}`) ? name : `dialogue.${extension}`;
}

/**
 * Fetches every format and writes it into `dir` (made if missing). Resolves with the paths written,
 * in the order of EXPORT_FILES; rejects with ApiError on a non-2xx answer.
 */
export async function writeExports(apiUrl, token, dialogueId, dir, { include = 'approved' } = {}) {
  mkdirSync(dir, { recursive: true });
  const written = [];
  for (const [format, extension] of EXPORT_FILES) {
    const route = `/dialogues/${dialogueId}/export?format=${format}&include=${include}`;
    const response = await fetch(`${apiUrl}/api/v1${route}`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (!response.ok) {
      let body = text;
      try {
        body = JSON.parse(text);
      } catch {
        // keep the text
      }
      throw new ApiError('GET', route, response.status, body);
    }
    const file = path.join(dir, fileNameOf(response.headers.get('content-disposition'), format, extension));
    writeFileSync(file, text);
    written.push(file);
  }
  return written;
}
