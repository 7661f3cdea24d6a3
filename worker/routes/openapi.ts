import type { PublicEnv } from '../env';
import { AppError } from '../errors';
import { createApp } from '../lib/create-app';

/**
 * The OpenAPI document, built from worker/openapi/ by `npm run openapi` and committed as a static
 * asset: about 7.6 KB gz the Worker's code would otherwise carry.
 */
export const openApi = createApp<PublicEnv>().get('/', async (c) => {
  const asset = await c.env.ASSETS.fetch(new URL('/openapi.json', c.req.url));
  if (!asset.ok) throw new AppError(500, 'internal', 'The OpenAPI document is missing from this deployment');
  // A copy: the asset's headers are immutable, and the CORS middleware adds to them.
  return new Response(asset.body, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } });
});
