// The bad-input corpus' cases for clip batches, an observer's own clips and the review routes on
// interventions: one request each, run by bad-input-clips.test.ts.
import { bodyCases, NO_SUCH, type BadCase } from './bad-input-table';
import { pageClip, webcastClip } from './helpers';

// The clip cases are built before the dialogue exists; the runner fills `{dialogue}` in.
const DIALOGUE = '{dialogue}';
const long = (n: number) => 'x'.repeat(n);
const webcast = (overrides: Record<string, unknown> = {}) => webcastClip(DIALOGUE, { id: '3f1c2a4b-5d6e-4f70-8192-a3b4c5d6e7f8', ...overrides });
const page = (overrides: Record<string, unknown> = {}) => pageClip(DIALOGUE, { id: '4a2b3c4d-5e6f-4071-8293-a4b5c6d7e8f9', ...overrides });
/** A batch of one bad clip: refused in its result, nothing written. */
const clip = (name: string, body: unknown, field: string): BadCase => ({
  name,
  method: 'POST',
  path: '/clips',
  as: 'observer',
  body: { clips: [body] },
  status: 200,
  code: '',
  clipFields: [field],
});
const batch = (name: string, body: unknown, field: string, code = 'validation_failed', status = 400): BadCase => ({
  name,
  method: 'POST',
  path: '/clips',
  as: 'observer',
  body,
  status,
  code,
  field,
});
const without = (o: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

const review = (method: string, path: string, name: string, body: unknown, field: string, as = 'reviewer'): BadCase => ({
  name,
  method,
  path,
  as,
  body,
  status: 400,
  code: 'validation_failed',
  field,
});
const edit = (name: string, body: Record<string, unknown>, field: string) => review('PATCH', '/interventions/{france}', name, { baseVersion: 1, ...body }, field);
const splitAt = (name: string, body: unknown, field: string) => review('POST', '/interventions/{france}/split', name, body, field);
const merge = (name: string, body: unknown, field: string) => review('POST', '/interventions/merge', name, body, field);
const restore = (name: string, body: unknown, field: string) => review('POST', '/interventions/{france}/restore', name, body, field);
const undo = (name: string, body: unknown, field: string) => review('POST', '/interventions/{france}/undo', name, body, field);
const unknownIntervention = (method: string, suffix: string, body?: unknown): BadCase[] => [
  { name: 'unknown id', method, path: `/interventions/no-such-intervention${suffix}`, as: 'reviewer', body, status: 404, code: 'not_found', message: /intervention/ },
  { name: 'id with SQL', method, path: `/interventions/x'%20OR%201=1--${suffix}`, as: 'reviewer', body, status: 404, code: 'not_found' },
  { name: 'id over 200 characters', method, path: `/interventions/${long(201)}${suffix}`, as: 'reviewer', body, status: 404, code: 'not_found', field: 'id' },
];

export const cases: BadCase[] = [
  // POST /clips: the envelope
  ...bodyCases({ method: 'POST', path: '/clips', as: 'observer' }, { clips: [webcast()] }, 'clips'),
  batch('no clips', { clips: [] }, 'clips'),
  batch('51 clips', { clips: Array.from({ length: 51 }, () => webcast({ id: crypto.randomUUID() })) }, 'clips'),
  batch('clips not a list', { clips: { 0: webcast() } }, 'clips'),
  batch('Idempotency-Key of 201 characters', { clips: [webcast()] }, 'Idempotency-Key'),
  { ...batch('Idempotency-Key with a space', { clips: [webcast()] }, 'Idempotency-Key'), headers: { 'Idempotency-Key': 'two words' } },
  { ...batch('empty Idempotency-Key', { clips: [webcast()] }, 'Idempotency-Key'), headers: { 'Idempotency-Key': '' } },
  { name: 'start as a NaN token', method: 'POST', path: '/clips', as: 'observer', body: `{"clips":[${JSON.stringify(webcast()).replace('"start":10', '"start":NaN')}]}`, status: 400, code: 'invalid_json' },
  { name: 'end as an Infinity token', method: 'POST', path: '/clips', as: 'observer', body: `{"clips":[${JSON.stringify(webcast()).replace('"end":20', '"end":Infinity')}]}`, status: 400, code: 'invalid_json' },

  // POST /clips: one bad clip in a good batch
  clip('start 1e999', JSON.parse(JSON.stringify(webcast()).replace('"start":10', '"start":1e999')) as unknown, 'start'),
  { ...clip('end 1e999 (raw)', null, 'end'), body: `{"clips":[${JSON.stringify(webcast()).replace('"end":20', '"end":1e999')}]}` },
  clip('negative start', webcast({ start: -1 }), 'start'),
  clip('negative end', webcast({ start: 0, end: -0.5 }), 'end'),
  clip('end before start', webcast({ start: 30, end: 20 }), 'end'),
  clip('start as text', webcast({ start: '10' }), 'start'),
  clip('start null', webcast({ start: null }), 'start'),
  clip('missing start', without(webcast(), 'start'), 'start'),
  clip('missing speaker', without(webcast(), 'speaker'), 'speaker'),
  clip('blank speaker', webcast({ speaker: '   ' }), 'speaker'),
  clip('speaker over 200 characters', webcast({ speaker: long(201) }), 'speaker'),
  clip('21 tags', webcast({ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }), 'tags'),
  clip('tag over 64 characters', webcast({ tags: [long(65)] }), 'tags.0'),
  clip('tags as text', webcast({ tags: 'victims' }), 'tags'),
  clip('note over 10,000 characters', webcast({ note: long(10_001) }), 'note'),
  clip('channel over 16 characters', webcast({ channel: long(17) }), 'channel'),
  clip('id not a UUID', webcast({ id: 'clip-1' }), 'id'),
  clip('id with SQL', webcast({ id: "'; DELETE FROM clips; --" }), 'id'),
  clip('dialogueId not a UUID', webcast({ dialogueId: 'dlg' }), 'dialogueId'),
  clip('unknown dialogueId', webcast({ dialogueId: NO_SUCH }), 'dialogueId'),
  clip("another team's dialogue", webcast({ dialogueId: '{theirs}' }), 'dialogueId'),
  clip('unknown kind', webcast({ kind: 'audio' }), 'kind'),
  clip('unknown clock', webcast({ clock: 'utc' }), 'clock'),
  clip('capturedAt without a zone', webcast({ capturedAt: '2026-07-01 13:05' }), 'capturedAt'),
  clip('capturedAt as a number', webcast({ capturedAt: 1782911100000 }), 'capturedAt'),
  clip('javascript: URL', webcast({ url: 'javascript:alert(document.cookie)' }), 'url'),
  clip('unknown field', webcast({ isApproved: true }), 'isApproved'),
  clip('not an object', 'a clip', '(body)'),
  clip('10,000 levels of nesting', JSON.parse(`{"clip":${'['.repeat(10_000)}${']'.repeat(10_000)}}`) as unknown, 'kind'),
  clip('empty quote', page({ quote: { exact: '' } }), 'quote.exact'),
  clip('quote over 20,000 characters', page({ quote: { exact: long(20_001) } }), 'quote.exact'),
  clip('quote prefix over 500 characters', page({ quote: { exact: 'a', prefix: long(501) } }), 'quote.prefix'),
  clip('quote with an unknown field', page({ quote: { exact: 'a', html: '<b>a</b>' } }), 'quote.html'),
  clip('page clip without a URL', without(page(), 'url'), 'url'),
  clip('position end before start', page({ position: { start: 9, end: 3 } }), 'position.end'),
  clip('negative position', page({ position: { start: -1, end: 3 } }), 'position.start'),
  clip('fractional position', page({ position: { start: 1.5, end: 3 } }), 'position.start'),

  // PATCH /clips/{id} (an observer's own clip), GET /clips?dialogueId=
  ...bodyCases({ method: 'PATCH', path: '/clips/{clip}', as: 'observer' }, { note: 'changed' }, 'note'),
  { name: 'unknown id', method: 'PATCH', path: '/clips/{nosuch}', as: 'observer', body: { note: 'x' }, status: 404, code: 'not_found', message: /clip/ },
  { name: 'id not a UUID', method: 'PATCH', path: "/clips/x'%20OR%201=1--", as: 'observer', body: { note: 'x' }, status: 404, code: 'not_found', field: 'id' },
  { name: "someone else's clip", method: 'PATCH', path: '/clips/{clip}', as: 'reviewer', body: { note: 'x' }, status: 403, code: 'forbidden' },
  ...(
    [
      ['nothing to change', {}, '(body)'],
      ['negative start', { start: -1 }, 'start'],
      ['end before start', { start: 30, end: 20 }, 'end'],
      ['start as text', { start: '10' }, 'start'],
      ['speaker over 200 characters', { speaker: long(201) }, 'speaker'],
      ['21 tags', { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags'],
      ['tag over 64 characters', { tags: [long(65)] }, 'tags.0'],
      ['channel over 16 characters', { channel: long(17) }, 'channel'],
      ['a field that is not editable', { dialogueId: '{theirs}' }, 'dialogueId'],
    ] as const
  ).map(([name, body, field]) => review('PATCH', '/clips/{clip}', name, body, field, 'observer')),
  { ...review('PATCH', '/clips/{clip}', 'start 1e999', null, 'start', 'observer'), body: '{"start":1e999}' },
  { name: 'no dialogueId', method: 'GET', path: '/clips', as: 'observer', status: 400, code: 'validation_failed', field: 'dialogueId' },
  { name: 'dialogueId not a UUID', method: 'GET', path: '/clips?dialogueId=1%20OR%201%3D1', as: 'observer', status: 400, code: 'validation_failed', field: 'dialogueId' },
  { name: 'unknown dialogue', method: 'GET', path: '/clips?dialogueId={nosuch}', as: 'observer', status: 404, code: 'not_found', message: /dialogue/ },
  { name: "another team's dialogue", method: 'GET', path: '/clips?dialogueId={theirs}', as: 'observer', status: 404, code: 'not_found', message: /dialogue/ },

  // PATCH /interventions/{id}
  ...bodyCases({ method: 'PATCH', path: '/interventions/{france}', as: 'reviewer' }, { baseVersion: 1, summary: 'ok' }, 'summary'),
  ...unknownIntervention('PATCH', '', { baseVersion: 1, summary: 'x' }),
  { name: 'an observer edits', method: 'PATCH', path: '/interventions/{france}', as: 'observer', body: { baseVersion: 1, summary: 'x' }, status: 403, code: 'forbidden' },
  { name: 'a stale baseVersion', method: 'PATCH', path: '/interventions/{france}', as: 'reviewer', body: { baseVersion: 99, summary: 'x' }, status: 409, code: 'stale' },
  edit('baseVersion 0', { baseVersion: 0, summary: 'x' }, 'baseVersion'),
  edit('baseVersion 1.5', { baseVersion: 1.5, summary: 'x' }, 'baseVersion'),
  edit('baseVersion as text', { baseVersion: '1', summary: 'x' }, 'baseVersion'),
  review('PATCH', '/interventions/{france}', 'missing baseVersion', { summary: 'x' }, 'baseVersion'),
  edit('nothing to change', {}, '(body)'),
  edit('negative start', { start: -5 }, 'start'),
  edit('start after end', { start: 50, end: 10 }, 'start'),
  { ...edit('start 1e999', {}, 'start'), body: '{"baseVersion":1,"start":1e999}' },
  { name: 'end as an Infinity token', method: 'PATCH', path: '/interventions/{france}', as: 'reviewer', body: '{"baseVersion":1,"end":Infinity}', status: 400, code: 'invalid_json' },
  edit('unknown status', { status: 'published' }, 'status'),
  edit('51 tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, 'tags'),
  edit('blank speaker name', { speaker: { name: '' } }, 'speaker.name'),
  edit('unknown speaker code', { speaker: { name: 'Atlantis', code: 'ATL-NOPE' } }, 'speaker.code'),
  edit('speaker with an unknown field', { speaker: { name: 'France', country: 'FR' } }, 'speaker.country'),
  edit('summary over 10,000 characters', { summary: long(10_001) }, 'summary'),
  edit('reason over 1,000 characters', { summary: 'x', reason: long(1_001) }, 'reason'),

  // POST /interventions/{id}/split
  ...bodyCases({ method: 'POST', path: '/interventions/{france}/split', as: 'reviewer' }, { baseVersion: 1, at: 30 }, 'at', true),
  ...unknownIntervention('POST', '/split', { baseVersion: 1, at: 30 }),
  splitAt('at outside the intervention', { baseVersion: 1, at: 200 }, 'at'),
  splitAt('at its start', { baseVersion: 1, at: 0 }, 'at'),
  splitAt('negative at', { baseVersion: 1, at: -30 }, 'at'),
  splitAt('missing at', { baseVersion: 1 }, 'at'),
  splitAt('missing baseVersion', { at: 30 }, 'baseVersion'),

  // POST /interventions/merge
  ...bodyCases({ method: 'POST', path: '/interventions/merge', as: 'reviewer' }, { ids: ['{france}', '{chile}'], baseVersions: [1, 1] }, 'ids'),
  merge('the same one twice', { ids: ['{france}', '{france}'], baseVersions: [1, 1] }, 'ids'),
  merge('three ids', { ids: ['{france}', '{chile}', '{france}'], baseVersions: [1, 1] }, 'ids'),
  merge('one id', { ids: ['{france}'], baseVersions: [1, 1] }, 'ids'),
  merge('baseVersion 0', { ids: ['{france}', '{chile}'], baseVersions: [0, 1] }, 'baseVersions.0'),
  merge('interventions of two dialogues', { ids: ['{france}', '{elsewhere}'], baseVersions: [1, 1] }, 'ids'),
  { name: 'an unknown intervention', method: 'POST', path: '/interventions/merge', as: 'reviewer', body: { ids: ['{france}', 'no-such'], baseVersions: [1, 1] }, status: 404, code: 'not_found', message: /intervention/ },
  { name: 'an observer merges', method: 'POST', path: '/interventions/merge', as: 'observer', body: { ids: ['{france}', '{chile}'], baseVersions: [1, 1] }, status: 403, code: 'forbidden' },

  // GET /interventions/{id}/revisions, POST /interventions/{id}/restore
  ...unknownIntervention('GET', '/revisions'),
  ...bodyCases({ method: 'POST', path: '/interventions/{france}/restore', as: 'reviewer' }, { baseVersion: 1, version: 1 }, 'version', true),
  ...unknownIntervention('POST', '/restore', { baseVersion: 1, version: 1 }),
  restore('a version never stored', { baseVersion: 1, version: 7 }, 'version'),
  restore('version 0', { baseVersion: 1, version: 0 }, 'version'),
  restore('version as text', { baseVersion: 1, version: 'latest' }, 'version'),

  // POST /interventions/{id}/undo
  ...bodyCases({ method: 'POST', path: '/interventions/{france}/undo', as: 'reviewer' }, { baseVersion: 1 }, 'baseVersion', true),
  ...unknownIntervention('POST', '/undo', { baseVersion: 1 }),
  undo('missing baseVersion', {}, 'baseVersion'),
  undo('baseVersion 0', { baseVersion: 0 }, 'baseVersion'),
  undo('baseVersion 1.5', { baseVersion: 1.5 }, 'baseVersion'),
  undo('baseVersion null', { baseVersion: null }, 'baseVersion'),
  undo('a merge-style ids list', { baseVersion: 1, ids: ['{france}', '{chile}'] }, 'ids'),
  { name: 'an observer undoes', method: 'POST', path: '/interventions/{france}/undo', as: 'observer', body: { baseVersion: 1 }, status: 403, code: 'forbidden' },
  { name: 'a stale baseVersion', method: 'POST', path: '/interventions/{france}/undo', as: 'reviewer', body: { baseVersion: 99 }, status: 409, code: 'stale' },
];
// The Idempotency-Key of 201 characters: set here, as the table's literal would be unreadable.
cases.find((c) => c.name === 'Idempotency-Key of 201 characters')!.headers = { 'Idempotency-Key': long(201) };
// Deep nesting inside `clips` is one bad clip (the envelope holds any items): refused in its result.
Object.assign(cases.find((c) => c.path === '/clips' && c.name === '10,000 levels of nesting')!, { status: 200, clipFields: ['(body)'] });
