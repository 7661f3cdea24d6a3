import * as z from '../../shared/zod';
import { globalRegistry, registry, toJSONSchema, type $ZodType } from 'zod/v4/core';
import { backup } from './backup';
import { bootstrap } from './bootstrap';
import { clips } from './clips';
import { dialogues } from './dialogues';
import { dialogueExports } from './exports';
import { health } from './health';
import type { OperationDoc, ResourceDoc } from './helpers';
import { interventions } from './interventions';
import { liveOffsets } from './live-offsets';
import { me } from './me';
import { members } from './members';
import { info, openApi, securitySchemes } from './openapi';
import { shareLinks } from './share-links';
import { tokens } from './tokens';

/** In the order worker/index.ts mounts them. */
const RESOURCES: ResourceDoc[] = [
  health,
  bootstrap,
  me,
  backup,
  members,
  tokens,
  dialogues,
  liveOffsets,
  dialogueExports,
  shareLinks,
  clips,
  interventions,
  openApi,
];

type Json = Record<string, unknown>;
type Io = 'input' | 'output';

const COMPONENTS = '#/components/schemas/';

/**
 * The OpenAPI 3.1 document of the API, from the shared schemas, by zod's own JSON Schema conversion.
 * Every schema registered with an id (`.register(z.globalRegistry, { id })`) that an operation
 * reaches becomes a component, referenced by `$ref`; request bodies and parameters are described as
 * the client sends them (zod's input type), responses as the server answers (output type). A component that reads differently the two ways
 * (defaults, which a client may leave out but the server always answers) keeps its id for the
 * request side and is published a second time as `<id>Output` for the responses.
 */
export function buildOpenApiDocument(resources: ResourceDoc[] = RESOURCES) {
  const first = document(resources, new Set());
  return first.differing.size ? document(resources, first.differing).doc : first.doc;
}

function document(resources: ResourceDoc[], differing: Set<string>) {
  const input = new Converter('input', (id) => id);
  const output = new Converter('output', (id) => (differing.has(id) ? `${id}Output` : id));
  for (const resource of resources) {
    for (const schema of resource.components ?? []) input.use(schema);
    for (const op of resource.operations) {
      for (const schema of Object.values(op.params ?? {})) input.use(schema);
      if (op.query) input.use(op.query);
      if (op.body) input.use(op.body);
      for (const res of Object.values(op.responses)) for (const { schema } of Object.values(res.content ?? {})) output.use(schema);
    }
  }
  input.convert();
  output.convert();

  const paths: Record<string, Record<string, Json>> = {};
  for (const resource of resources) {
    for (const schema of resource.components ?? []) input.schemaOf(schema);
    for (const op of resource.operations) (paths[op.path] ??= {})[op.method] = operation(op, input, output);
  }
  const schemas: Record<string, Json> = {};
  const found = new Set<string>();
  for (const [name, json] of [...input.reachedComponents(), ...output.reachedComponents()]) {
    const other = schemas[name];
    if (other && JSON.stringify(other) !== JSON.stringify(json)) found.add(name);
    schemas[name] = json;
  }
  return { doc: { openapi: '3.1.0', info, components: { securitySchemes, schemas }, paths }, differing: found };
}

function operation(op: OperationDoc, input: Converter, output: Converter): Json {
  const parameters = [
    ...Object.entries(op.params ?? {}).map(([name, schema]) => ({ name, in: 'path', required: true, schema: input.schemaOf(schema) })),
    ...(op.query ? queryParameters(input.schemaOf(op.query)) : []),
  ];
  const responses = Object.fromEntries(
    Object.entries(op.responses).map(([status, res]) => [
      status,
      {
        description: res.description,
        ...(res.content
          ? { content: Object.fromEntries(Object.entries(res.content).map(([type, { schema }]) => [type, { schema: output.schemaOf(schema) }])) }
          : {}),
      },
    ]),
  );
  return {
    tags: op.tags,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(op.security ? { security: op.security } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: input.schemaOf(op.body) } } } } : {}),
    responses,
  };
}

/** One query parameter per field of the query's object schema. */
function queryParameters(schema: Json) {
  const properties = schema.properties as Record<string, Json> | undefined;
  if (schema.type !== 'object' || !properties) throw new Error('A query schema must be an object schema');
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => ({ name, in: 'query', required: required.has(name), schema: property }));
}

/**
 * Converts, in one direction, every registered schema in one pass, so shared sub-schemas become
 * `$ref`s to components. A schema an operation names without an id is converted inside a wrapper of
 * its own (registering it would make every other use of it a `$ref` too), then inlined where used.
 */
class Converter {
  private readonly wrappers = new Map<$ZodType, { id: string; wrapper: $ZodType }>();
  /** By component name (the id, or the renamed id). */
  private converted = new Map<string, Json>();
  private readonly reached = new Set<string>();

  constructor(
    readonly io: Io,
    readonly nameOf: (id: string) => string,
  ) {}

  use(schema: $ZodType) {
    if (idOf(schema) || this.wrappers.has(schema)) return;
    this.wrappers.set(schema, { id: `__inline${this.wrappers.size}`, wrapper: z.object({ value: schema }) });
  }

  convert() {
    const all = registry<{ id: string }>();
    for (const [id, schema] of globalRegistry._idmap) all.add(schema, { id: this.nameOf(id) });
    for (const { id, wrapper } of this.wrappers.values()) all.add(wrapper, { id });
    const { schemas } = toJSONSchema(all, {
      io: this.io,
      target: 'draft-2020-12',
      unrepresentable: 'throw',
      uri: (id) => COMPONENTS + id,
      // zod spells out the regex behind a string format (uuid, date-time); the format says it already.
      override: ({ jsonSchema }) => {
        if (jsonSchema.format && jsonSchema.pattern) delete jsonSchema.pattern;
      },
    });
    if ('__shared' in schemas) throw new Error('A schema is neither registered nor inlinable (a cycle without an id?)');
    this.converted = new Map(Object.entries(schemas).map(([name, json]) => [name, clean(json as Json)]));
  }

  /** The schema as the document shows it where it is used: a `$ref`, or inline when it has no id. */
  schemaOf(schema: $ZodType): Json {
    const id = idOf(schema);
    const wrapped = this.wrappers.get(schema);
    let json: Json;
    if (id) json = { $ref: COMPONENTS + this.nameOf(id) };
    else if (wrapped) json = (this.converted.get(wrapped.id)!.properties as Record<string, Json>).value!;
    else throw new Error('schemaOf() before use()');
    this.reach(json);
    return json;
  }

  /** The components the operations reached, found by following `$ref`s from what they use. */
  reachedComponents(): [string, Json][] {
    return [...this.reached].map((name) => [name, this.converted.get(name)!]);
  }

  private reach(json: unknown) {
    for (const ref of refsIn(json)) {
      const name = ref.slice(COMPONENTS.length);
      if (this.reached.has(name)) continue;
      if (!this.converted.has(name)) throw new Error(`No component ${name}`);
      this.reached.add(name);
      this.reach(this.converted.get(name));
    }
  }
}

function idOf(schema: $ZodType): string | undefined {
  return globalRegistry.get(schema)?.id;
}

/** Drops what conversion adds for a standalone schema and OpenAPI does not want. */
function clean(schema: Json): Json {
  const { $schema: _schema, $id: _$id, id: _id, ...rest } = schema;
  return rest;
}

function refsIn(json: unknown): string[] {
  if (Array.isArray(json)) return json.flatMap(refsIn);
  if (!json || typeof json !== 'object') return [];
  return Object.entries(json).flatMap(([key, value]) => (key === '$ref' && typeof value === 'string' ? [value] : refsIn(value)));
}
