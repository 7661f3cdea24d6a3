import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { addMember, bootstrap, call, expectError } from './helpers';

describe('GET /me and token auth', () => {
  it("answers the token's team and member", async () => {
    const { token, team, member } = await bootstrap('Team A', 'Ada');
    const res = await call('/me', { token });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ team, member: { id: member.id, name: 'Ada', role: 'admin' } });
  });

  it('answers an observer token with its own member and role', async () => {
    const { token: admin, team } = await bootstrap();
    const observer = await addMember(team.id, 'observer', 'Olu');
    const me = await (await call('/me', { token: observer })).json<{ member: { name: string; role: string } }>();
    expect(me.member).toMatchObject({ name: 'Olu', role: 'observer' });
    expect(admin).not.toBe(observer);
  });

  it('refuses a missing token with 401', async () => {
    await expectError(await call('/me'), 401, 'unauthorized');
  });

  it.each([
    ['an unknown token', { authorization: 'Bearer udc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
    ['a Basic header', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['an empty bearer', { authorization: 'Bearer ' }],
    ['the bootstrap secret', { authorization: `Bearer ${env.BOOTSTRAP_TOKEN}` }],
  ])('refuses %s with 401', async (_, headers) => {
    await expectError(await call('/me', { headers }), 401, 'unauthorized');
  });

  it('refuses a revoked token with 401', async () => {
    const { token } = await bootstrap();
    expect((await call('/me', { token })).status).toBe(200);
    await env.DB.prepare("UPDATE api_tokens SET revoked_at = '2026-01-01T00:00:00Z'").run();
    await expectError(await call('/me', { token }), 401, 'unauthorized');
  });

  it('records when a token was last used', async () => {
    const { token, team } = await bootstrap();
    const lastUsed = () =>
      env.DB.prepare('SELECT last_used_at AS at FROM api_tokens WHERE team_id = ?').bind(team.id).first<{ at: string | null }>();
    expect((await lastUsed())?.at).toBeNull();
    await call('/me', { token });
    // Written after the response (waitUntil), so give it a moment.
    await expect.poll(async () => (await lastUsed())?.at, { timeout: 2000 }).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
