// The bad-input corpus' cases for dialogues, their record, live offsets, exports, share links and the
// public share page: one request each, run by bad-input-dialogues.test.ts.
import { bodyCases, type BadCase } from './bad-input-table';
import { dialogueInput } from './helpers';

const long = (n: number) => 'x'.repeat(n);
const create = (name: string, body: unknown, field: string): BadCase => ({
  name,
  method: 'POST',
  path: '/dialogues',
  as: 'admin',
  body,
  status: 400,
  code: 'validation_failed',
  field,
});
const patch = (name: string, body: unknown, field: string): BadCase => ({ ...create(name, body, field), method: 'PATCH', path: '/dialogues/{dialogue}' });
export const valid = dialogueInput();
const missing = (field: keyof typeof valid) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== field));
const notFoundCases = (method: string, path: string, as: string, what: RegExp, body?: unknown): BadCase[] => [
  { name: 'id not a UUID', method, path: path.replace('{dialogue}', 'not-a-uuid'), as, body, status: 404, code: 'not_found', field: 'id' },
  { name: 'id with SQL', method, path: path.replace('{dialogue}', "x'%20OR%201=1--"), as, body, status: 404, code: 'not_found', field: 'id' },
  { name: 'unknown id', method, path: path.replace('{dialogue}', '{nosuch}'), as, body, status: 404, code: 'not_found', message: what },
  { name: "another team's dialogue", method, path: path.replace('{dialogue}', '{theirs}'), as, body, status: 404, code: 'not_found', message: what },
];

export const cases: BadCase[] = [
  // POST /dialogues
  ...bodyCases({ method: 'POST', path: '/dialogues', as: 'admin' }, valid, 'title'),
  { name: 'an observer creates one', method: 'POST', path: '/dialogues', as: 'observer', body: valid, status: 403, code: 'forbidden' },
  create('missing title', missing('title'), 'title'),
  create('missing theme', missing('theme'), 'theme'),
  create('missing date', missing('date'), 'date'),
  create('unknown theme', { ...valid, theme: 'cybercrime' }, 'theme'),
  create('impossible date', { ...valid, date: '2026-13-45' }, 'date'),
  create('date as a number', { ...valid, date: 20260701 }, 'date'),
  create('title over 300 characters', { ...valid, title: long(301) }, 'title'),
  create('blank title', { ...valid, title: ' \t\n ' }, 'title'),
  create('javascript: webcast URL', { ...valid, webcastUrl: 'javascript:alert(1)' }, 'webcastUrl'),
  create('webcast URL over 2048 characters', { ...valid, webcastUrl: `https://webtv.un.org/${long(2048)}` }, 'webcastUrl'),
  create('recording start without a zone', { ...valid, recordingStartedAt: '2026-07-01T13:00:00' }, 'recordingStartedAt'),
  create('recording start as epoch seconds', { ...valid, recordingStartedAt: 1782910800 }, 'recordingStartedAt'),
  create('webcastUrls not a list', { ...valid, webcastUrls: 'https://webtv.un.org/a' }, 'webcastUrls'),
  create('11 webcast URLs', { ...valid, webcastUrl: undefined, webcastUrls: Array.from({ length: 11 }, (_, i) => `https://webtv.un.org/${i}`) }, 'webcastUrls'),
  create('webcastUrl not the first of webcastUrls', { ...valid, webcastUrls: ['https://webtv.un.org/other'] }, 'webcastUrl'),
  create('a repeated vocabulary tag', { ...valid, tagVocabulary: ['victims', 'victims'] }, 'tagVocabulary.1'),
  create('default tag outside the vocabulary', { ...valid, tagVocabulary: ['victims'], defaultTag: 'other' }, 'defaultTag'),
  create('301 participants', { ...valid, participants: Array.from({ length: 301 }, (_, i) => ({ name: `P${i}` })) }, 'participants'),
  create('participant of an unknown kind', { ...valid, participants: [{ name: 'Amnesty', kind: 'lobby' }] }, 'participants.0.kind'),
  create('participant with an unknown field', { ...valid, participants: [{ name: 'Amnesty', code: 'AMN' }] }, 'participants.0.code'),
  create('participant alias over 200 characters', { ...valid, participants: [{ name: 'Amnesty', aliases: [long(201)] }] }, 'participants.0.aliases.0'),

  // GET and PATCH /dialogues/{id}, GET /dialogues/{id}/record
  ...notFoundCases('GET', '/dialogues/{dialogue}', 'observer', /dialogue/),
  ...notFoundCases('GET', '/dialogues/{dialogue}/record', 'observer', /dialogue/),
  ...notFoundCases('PATCH', '/dialogues/{dialogue}', 'admin', /dialogue/, { title: 'New' }),
  ...bodyCases({ method: 'PATCH', path: '/dialogues/{dialogue}', as: 'admin' }, { title: 'New title' }, 'title'),
  { name: 'an observer changes it', method: 'PATCH', path: '/dialogues/{dialogue}', as: 'observer', body: { title: 'x' }, status: 403, code: 'forbidden' },
  patch('unknown theme', { theme: 'everything' }, 'theme'),
  patch('title null', { title: null }, 'title'),
  patch('date with a time', { date: '2026-07-01T10:00:00Z' }, 'date'),
  patch('default tag outside the stored vocabulary', { defaultTag: 'not-in-vocabulary' }, 'defaultTag'),
  patch('venue over 300 characters', { venue: long(301) }, 'venue'),
  patch('meeting page with a data: URL', { meetingPageUrls: ['data:text/html,<script>alert(1)</script>'] }, 'meetingPageUrls.0'),

  // PUT and DELETE /dialogues/{id}/live-offsets/{memberId}
  ...bodyCases({ method: 'PUT', path: '/dialogues/{dialogue}/live-offsets/{observer}', as: 'reviewer' }, { offset: 12.5 }, 'offset', true),
  ...notFoundCases('PUT', '/dialogues/{dialogue}/live-offsets/{observer}', 'reviewer', /dialogue/, { offset: 1 }),
  { name: 'an observer sets one', method: 'PUT', path: '/dialogues/{dialogue}/live-offsets/{observer}', as: 'observer', body: { offset: 1 }, status: 403, code: 'forbidden' },
  { name: 'member not a UUID', method: 'PUT', path: '/dialogues/{dialogue}/live-offsets/nobody', as: 'reviewer', body: { offset: 1 }, status: 404, code: 'not_found', field: 'memberId' },
  { name: 'unknown member', method: 'PUT', path: '/dialogues/{dialogue}/live-offsets/{nosuch}', as: 'reviewer', body: { offset: 1 }, status: 404, code: 'not_found', message: /member/ },
  { name: "another team's member", method: 'PUT', path: '/dialogues/{dialogue}/live-offsets/{stranger}', as: 'reviewer', body: { offset: 1 }, status: 404, code: 'not_found', message: /member/ },
  ...[
    ['over a day', 86_401],
    ['under minus a day', -86_401],
    ['null', null],
    ['a list', [1]],
  ].map(([name, offset]): BadCase => ({ name: `offset ${name}`, method: 'PUT', path: '/dialogues/{dialogue}/live-offsets/{observer}', as: 'reviewer', body: { offset }, status: 400, code: 'validation_failed', field: 'offset' })),
  { name: 'offset -Infinity token', method: 'PUT', path: '/dialogues/{dialogue}/live-offsets/{observer}', as: 'reviewer', body: '{"offset":-Infinity}', status: 400, code: 'invalid_json' },
  { name: 'offset -1e999', method: 'PUT', path: '/dialogues/{dialogue}/live-offsets/{observer}', as: 'reviewer', body: '{"offset":-1e999}', status: 400, code: 'validation_failed', field: 'offset' },
  ...notFoundCases('DELETE', '/dialogues/{dialogue}/live-offsets/{observer}', 'reviewer', /dialogue/),
  { name: 'unknown member', method: 'DELETE', path: '/dialogues/{dialogue}/live-offsets/{nosuch}', as: 'reviewer', status: 404, code: 'not_found', message: /member/ },

  // GET /dialogues/{id}/export
  ...notFoundCases('GET', '/dialogues/{dialogue}/export?format=csv', 'observer', /dialogue/),
  { name: 'no format', method: 'GET', path: '/dialogues/{dialogue}/export', as: 'observer', status: 400, code: 'validation_failed', field: 'format' },
  { name: 'unknown format', method: 'GET', path: '/dialogues/{dialogue}/export?format=exe', as: 'observer', status: 400, code: 'validation_failed', field: 'format' },
  { name: 'format with SQL', method: 'GET', path: "/dialogues/{dialogue}/export?format=csv'%3B%20DROP%20TABLE%20clips", as: 'observer', status: 400, code: 'validation_failed', field: 'format' },
  { name: 'unknown include', method: 'GET', path: '/dialogues/{dialogue}/export?format=csv&include=drafts', as: 'observer', status: 400, code: 'validation_failed', field: 'include' },

  // POST and GET /dialogues/{id}/share-links, DELETE /share-links/{id}, GET /share/{secret}
  ...bodyCases({ method: 'POST', path: '/dialogues/{dialogue}/share-links', as: 'reviewer' }, { format: 'html' }, 'format'),
  ...notFoundCases('POST', '/dialogues/{dialogue}/share-links', 'reviewer', /dialogue/, { format: 'html' }),
  { name: 'unknown format', method: 'POST', path: '/dialogues/{dialogue}/share-links', as: 'reviewer', body: { format: 'pdf' }, status: 400, code: 'validation_failed', field: 'format' },
  { name: 'an observer makes one', method: 'POST', path: '/dialogues/{dialogue}/share-links', as: 'observer', body: { format: 'md' }, status: 403, code: 'forbidden' },
  ...notFoundCases('GET', '/dialogues/{dialogue}/share-links', 'reviewer', /dialogue/),
  { name: 'id not a UUID', method: 'DELETE', path: '/share-links/abc', as: 'reviewer', status: 404, code: 'not_found', field: 'id' },
  { name: 'unknown id', method: 'DELETE', path: '/share-links/{nosuch}', as: 'reviewer', status: 404, code: 'not_found', message: /share link/ },
  // The share page is for people with a browser: it answers its own HTML page, never JSON.
  { name: 'unknown secret', method: 'GET', path: '/share/not-a-secret', status: 404, code: 'html' },
  { name: 'secret with SQL', method: 'GET', path: "/share/x'%20OR%20'1'='1", status: 404, code: 'html' },
  { name: 'secret of 10,000 characters', method: 'GET', path: `/share/${long(10_000)}`, status: 404, code: 'html' },
];
