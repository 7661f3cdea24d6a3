// The schemas are built with zod/mini, which has no messages of its own: shared/zod.ts sets zod's
// English ones. This checks that the Worker answers with them (as it did on classic zod), not with
// a bare "Invalid input", and that a schema's own messages still win.
import { beforeAll, describe, expect, it } from 'vitest';
import { bootstrap, call, expectError } from './helpers';

let admin: string;

beforeAll(async () => {
  admin = (await bootstrap('Messages team', 'Ada')).token;
});

describe("zod's default messages, in English", () => {
  it('names the expected type, the allowed options and an unknown field', async () => {
    const error = await expectError(await call('/members', { token: admin, body: { name: 42, role: 'owner', colour: 'red' } }), 400, 'validation_failed');
    expect(error.problems).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'Invalid input: expected string, received number' },
        { path: 'role', message: 'Invalid option: expected one of "observer"|"reviewer"|"admin"' },
        { path: 'colour', message: 'is not a known field' },
      ]),
    );
  });

  it("keeps a schema's own message and zod's size message", async () => {
    const error = await expectError(await call('/members', { token: admin, body: { name: '  ', role: 'observer' } }), 400, 'validation_failed');
    expect(error.problems).toEqual([{ path: 'name', message: 'must not be empty' }]);
    const long = await expectError(await call('/members', { token: admin, body: { name: 'x'.repeat(201), role: 'observer' } }), 400, 'validation_failed');
    expect(long.problems).toEqual([{ path: 'name', message: 'Too big: expected string to have <=200 characters' }]);
  });
});
