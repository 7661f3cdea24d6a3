// The bad-input corpus covers every route: each operation of the OpenAPI document (and the public
// share page) has cases in one of the tables, so a new route without them fails here.
import { expect, it } from 'vitest';
import { cases as clipCases } from './bad-input-cases-clips';
import { cases as dialogueCases } from './bad-input-cases-dialogues';
import { cases as teamCases } from './bad-input-cases-teams';
import { call } from './helpers';

const ALL = [...teamCases, ...dialogueCases, ...clipCases];

it('has cases for every route of the OpenAPI document and for the share page', async () => {
  const doc = await (await call('/openapi.json')).json<{ paths: Record<string, Record<string, unknown>> }>();
  const routes = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path: p })));
  routes.push({ method: 'GET', path: '/share/{secret}' });
  expect(routes.length).toBeGreaterThan(25);
  // A route without input of its own is covered by a request to its path with another method.
  const noInput = new Set(['/api/v1/health', '/api/v1/openapi.json', '/api/v1/me', '/api/v1/backup']);
  const sent = ALL.map((c) => ({ method: c.method, path: (c.path.startsWith('/share/') ? '' : '/api/v1') + c.path.split('?')[0] }));
  const uncovered = routes.filter(({ method, path }) => {
    const template = new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`);
    return !sent.some((s) => template.test(s.path) && (s.method === method || noInput.has(path)));
  });
  expect(uncovered.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  console.log(`bad-input corpus: ${ALL.length} requests over ${routes.length} routes`);
});
