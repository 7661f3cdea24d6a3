/**
 * The zod every schema here is written with: zod/mini, whose functions a bundler keeps only when
 * used (classic zod hangs every method on every schema and weighed ~110 KB in the Worker). Import it
 * as `import * as z from '…/zod'`: a namespace import used only as `z.name` lets the bundler keep
 * just those names (a `z` object handed around would keep all of zod, its ~50 locales too).
 *
 * Classic zod sets zod's English messages by itself; mini leaves messages to the app and would
 * answer a bare "Invalid input". They are set here, once, in the module every schema imports, so
 * the Worker, each extension page and the tests all keep the messages they had ("Invalid input:
 * expected number, received string") without an entrypoint having to remember a setup call.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
