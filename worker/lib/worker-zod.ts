/**
 * What `zod` resolves to in the Worker's bundle (wrangler.toml [alias]; the worker tests run it
 * too). The shared schemas import zod's whole `z` namespace, so the bundler keeps every export of
 * it: all ~50 locales, the JSON Schema converters, the compiler and every schema type, about 64 KB
 * gz the Worker never runs (measured again without @hono/zod-openapi: 140.2 KB gz with this alias,
 * 205.5 without). This `z` holds only what the Worker's code (worker/, shared/) uses. A use of
 * anything else fails tests/unit/worker-zod.test.ts, which names what to add here. English messages
 * stay: zod configures them itself, and our schemas give their own messages anyway.
 */
export {
  array,
  boolean,
  discriminatedUnion,
  enum,
  input,
  iso,
  literal,
  looseObject,
  null,
  number,
  object,
  output,
  record,
  string,
  tuple,
  union,
  unknown,
  url,
  uuid,
  ZodError,
} from '../../node_modules/zod/v4/classic/external.js';
import * as z from './worker-zod';

export { z, z as default };
