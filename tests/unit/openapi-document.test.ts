// The Worker serves the OpenAPI document committed in worker/assets/openapi.json; it is built from
// worker/openapi/ and the shared schemas by `npm run openapi`. This rebuilds it here and fails while
// the committed file is out of date.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../worker/openapi/build-document';
import type { ResourceDoc } from '../../worker/openapi/helpers';
import { DOCUMENT_PATH, openApiDocumentText } from '../../worker/openapi/serialize';
import * as z from '../../shared/zod';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the OpenAPI document', () => {
  it('is committed as the shared schemas and worker/openapi/ describe it now', () => {
    const committed = readFileSync(path.join(ROOT, DOCUMENT_PATH), 'utf8');
    const fresh = openApiDocumentText();
    expect(committed === fresh, `${DOCUMENT_PATH} is out of date: run npm run openapi`).toBe(true);
  });

  it('describes a request as the client sends it and a response as the server answers', () => {
    const Thing = z.object({ name: z.string(), tags: z._default(z.array(z.string()), []) }).register(z.globalRegistry, { id: 'TestThing' });
    const Other = z.object({ thing: Thing }).register(z.globalRegistry, { id: 'TestOther' });
    const resource: ResourceDoc = {
      operations: [
        {
          method: 'put',
          path: '/things/{id}',
          tags: ['test'],
          summary: 'Round trip',
          params: { id: z.uuid() },
          query: z.object({ dry: z.optional(z.enum(['yes', 'no'])), why: z.string() }),
          body: Other,
          responses: { 200: { description: 'ok', content: { 'application/json': { schema: Other } } }, 204: { description: 'none' } },
        },
      ],
    };
    const doc = buildOpenApiDocument([resource]);
    const op = doc.paths['/things/{id}']!.put as Record<string, unknown>;
    expect(op.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
      { name: 'dry', in: 'query', required: false, schema: { type: 'string', enum: ['yes', 'no'] } },
      { name: 'why', in: 'query', required: true, schema: { type: 'string' } },
    ]);
    expect(op.requestBody).toEqual({ required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/TestOther' } } } });
    expect(op.responses).toEqual({
      200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/TestOtherOutput' } } } },
      204: { description: 'none' },
    });
    const schemas = doc.components.schemas;
    // A default makes a field optional to send, and always present in an answer.
    expect(schemas.TestThing).toMatchObject({ required: ['name'] });
    expect(schemas.TestThingOutput).toMatchObject({ required: ['name', 'tags'] });
    expect(schemas.TestOther).toMatchObject({ properties: { thing: { $ref: '#/components/schemas/TestThing' } } });
    expect(schemas.TestOtherOutput).toMatchObject({ properties: { thing: { $ref: '#/components/schemas/TestThingOutput' } } });
    // Only what the operations reach is published.
    expect(Object.keys(schemas).toSorted()).toEqual(['TestOther', 'TestOtherOutput', 'TestThing', 'TestThingOutput']);
  });
});
