/**
 * What `zod` resolves to in the Worker's bundle (wrangler.toml [alias]). @hono/zod-openapi hands the
 * whole `z` namespace to zod-to-openapi, so the bundler keeps every export of it: all ~50 locales
 * (through `z.locales` and `z.core.locales`), the JSON Schema converters and the compiler, about
 * 55 KB gz the Worker never runs. This namespace is zod's own minus those. English messages stay:
 * zod's classic module configures them itself, and our schemas give their own messages anyway.
 */
export * from '../../node_modules/zod/v4/classic/external.js';
import * as z from './zod-without-locales';

export { z, z as default };

const absent = (name: string) => () => {
  throw new Error(`zod.${name} is left out of the Worker bundle (worker/lib/zod-without-locales.ts)`);
};
export const locales = {};
export const core = {};
export const toJSONSchema = absent('toJSONSchema');
export const fromJSONSchema = absent('fromJSONSchema');
export const compile = absent('compile');
