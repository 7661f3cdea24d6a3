import document from '../generated/openapi.json';
import type { PublicEnv } from '../env';
import { createApp } from '../lib/create-app';

/**
 * The OpenAPI document, built from worker/openapi/ by `npm run openapi` and committed: the Worker
 * serves it as it is and carries none of the code that builds it.
 */
export const openApi = createApp<PublicEnv>().get('/', (c) => c.json(document, 200));
