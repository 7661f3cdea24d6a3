import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import { bootstrap, call, callWith, expectError } from './helpers';

describe('errors outside any route', () => {
  it('answers an unknown route with a JSON 404', async () => {
    const { token } = await bootstrap();
    await expectError(await call('/nothing-here', { token }), 404, 'not_found');
    await expectError(await call('/dialogues', { token, method: 'DELETE' }), 404, 'not_found');
    await expectError(await call('/../../etc'), 404, 'not_found');
  });

  it('answers an unexpected failure with a JSON 500 that leaks nothing', async () => {
    const { token } = await bootstrap();
    const broken = new Proxy(env.DB, {
      get(target, prop) {
        if (prop === 'prepare') {
          return () => {
            throw new Error('D1_ERROR: no such table: secret_internal_table');
          };
        }
        return Reflect.get(target, prop, target);
      },
    });
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await callWith({ DB: broken }, '/me', { token });
    // The details go to the log, for the operator.
    expect(String(log.mock.calls[0]?.[1])).toContain('secret_internal_table');
    log.mockRestore();
    const text = await res.clone().text();
    await expectError(res, 500, 'internal');
    expect(text).not.toMatch(/secret_internal_table|D1_ERROR|at /);
  });
});
