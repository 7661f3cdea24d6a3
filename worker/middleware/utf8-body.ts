import { createMiddleware } from 'hono/factory';
import { AppError } from '../errors';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Refuses a JSON body that is not UTF-8. Without this, the body parser would swap each bad byte for
 * U+FFFD and store the mangled text as if the client had sent it. Hono caches the bytes read here,
 * so the validator parses these same bytes. Use after the body-size limit.
 */
export const utf8Body = createMiddleware(async function utf8Body(c, next) {
  if (c.req.raw.body && /json/i.test(c.req.header('content-type') ?? '')) {
    try {
      strict.decode(await c.req.arrayBuffer());
    } catch (err) {
      if (!(err instanceof TypeError)) throw err;
      throw new AppError(400, 'invalid_json', 'The request body is not valid UTF-8', [{ path: '(body)', message: 'is not valid UTF-8' }]);
    }
  }
  await next();
});
