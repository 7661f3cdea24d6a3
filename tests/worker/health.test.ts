import { exports } from 'cloudflare:workers';
import { expect, it } from 'vitest';
import * as main from '../../worker/index';

it('answers health without a token', async () => {
  const res = await exports.default.fetch('http://x/api/v1/health');
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true });
});

it('exports nothing but the app from the main module', () => {
  // workerd takes every named value export of the main module for an entrypoint and refuses to start.
  expect(Object.keys(main)).toEqual(['default']);
});
