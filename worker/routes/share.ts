import type { PublicEnv } from '../env';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { sharedSummary } from '../services/share-links';

/**
 * The page holds only text and inline styles: nothing else may load, run, frame it or be posted.
 * The secret is in the URL, so no Referer may carry it to the webcast links.
 */
const HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  // A revoked link must stop working at once, not when a cache lets go.
  'Cache-Control': 'no-store',
};

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Link not found</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem">
<h1>This link does not work</h1>
<p>The summary you are looking for is not here. The link may have been revoked, or it was copied incompletely.</p>
</body></html>`;

/** GET /share/{secret}: a shared summary, for anyone with the link; no token, no rate limit per token. */
export const share = createApp<PublicEnv>().get('/:secret', async (c) => {
  const found = await sharedSummary(getDb(c.env.DB), c.req.param('secret'), new Date());
  if (!found) return c.body(NOT_FOUND_PAGE, 404, { ...HEADERS, 'Content-Type': 'text/html; charset=utf-8' });
  return c.body(found.body, 200, { ...HEADERS, 'Content-Type': found.contentType });
});
