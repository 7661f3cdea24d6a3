import { bodyLimit } from 'hono/body-limit';
import type { PublicEnv } from './env';
import { AppError, errorBody, payloadTooLarge, toAppError } from './errors';
import { createApp } from './lib/create-app';
import { corsForExtensions } from './middleware/cors';
import { utf8Body } from './middleware/utf8-body';
import { backup } from './routes/backup';
import { bootstrap } from './routes/bootstrap';
import { clips } from './routes/clips';
import { dialogues } from './routes/dialogues';
import { dialogueExports } from './routes/exports';
import { health } from './routes/health';
import { interventions } from './routes/interventions';
import { liveOffsets } from './routes/live-offsets';
import { me } from './routes/me';
import { members } from './routes/members';
import { openApi } from './routes/openapi';
import { share } from './routes/share';
import { shareLinks } from './routes/share-links';
import { tokens } from './routes/tokens';

// Not exported: workerd treats every named value export of the main module as an entrypoint.
const MAX_BODY_BYTES = 1024 * 1024;

const base = createApp<PublicEnv>();

// First, so every answer (errors, 413, 429 included) carries the CORS headers an allowed origin needs.
base.use('/api/v1/*', corsForExtensions);

// A team backup is restored in one request, so that one route takes far more.
const MAX_RESTORE_BYTES = 64 * 1024 * 1024;
const limitOf = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw payloadTooLarge(maxSize);
    },
  });
const restoreLimit = limitOf(MAX_RESTORE_BYTES);
const defaultLimit = limitOf(MAX_BODY_BYTES);

// Before any route, so an oversized body is refused before auth or parsing reads it.
base.use('/api/v1/*', (c, next) => (c.req.path === '/api/v1/backup/restore' ? restoreLimit(c, next) : defaultLimit(c, next)));
base.use('/api/v1/*', utf8Body);

const app = base
  .route('/api/v1/health', health)
  .route('/api/v1/bootstrap', bootstrap)
  .route('/api/v1/me', me)
  .route('/api/v1/backup', backup)
  .route('/api/v1/members', members)
  .route('/api/v1/tokens', tokens)
  .route('/api/v1/dialogues', dialogues)
  .route('/api/v1/dialogues', liveOffsets)
  .route('/api/v1/dialogues', dialogueExports)
  .route('/api/v1', shareLinks)
  .route('/api/v1/clips', clips)
  .route('/api/v1/interventions', interventions)
  .route('/api/v1/openapi.json', openApi)
  // Public, for anyone with a link: outside /api/v1, so outside its CORS, token auth and rate limit.
  .route('/share', share);

app.notFound((c) => c.json(errorBody(new AppError(404, 'not_found', 'No such route')), 404));

app.onError((err, c) => {
  const error = toAppError(err);
  if (error.status >= 500 && !(err instanceof AppError)) console.error('unhandled error', err);
  return c.json(errorBody(error), error.status);
});

export type AppType = typeof app;
export default app;
