import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../worker/lib/crypto';
import { call, callWith, expectError, rowCount } from './helpers';

const body = { teamName: 'Alliance of NGOs', adminName: 'Ada' };

describe('POST /bootstrap', () => {
  it('creates a team, its admin and a token that is shown once and stored only as a hash', async () => {
    const res = await call('/bootstrap', { token: env.BOOTSTRAP_TOKEN, body });
    expect(res.status).toBe(201);
    const result = await res.json<{ team: { id: string; name: string }; member: { role: string }; token: string }>();
    expect(result.team.name).toBe('Alliance of NGOs');
    expect(result.member).toMatchObject({ name: 'Ada', role: 'admin' });
    expect(result.token).toMatch(/^udc_[A-Za-z0-9_-]{43}$/);

    const row = await env.DB.prepare('SELECT * FROM api_tokens WHERE team_id = ?').bind(result.team.id).first<Record<string, unknown>>();
    expect(row?.token_hash).toBe(await sha256Hex(result.token));
    expect(Object.values(row!)).not.toContain(result.token);

    const me = await call('/me', { token: result.token });
    expect(me.status).toBe(200);
  });

  it('gives each bootstrap its own team and a different token', async () => {
    const a = await (await call('/bootstrap', { token: env.BOOTSTRAP_TOKEN, body })).json<{ token: string; team: { id: string } }>();
    const b = await (await call('/bootstrap', { token: env.BOOTSTRAP_TOKEN, body })).json<{ token: string; team: { id: string } }>();
    expect(a.token).not.toBe(b.token);
    expect(a.team.id).not.toBe(b.team.id);
  });

  it.each([
    ['a wrong secret', 'not-the-secret'],
    ['a secret with an extra character', `${env.BOOTSTRAP_TOKEN}x`],
    ['no secret', null],
  ])('refuses %s with 401 and writes nothing', async (_, token) => {
    const before = await rowCount('teams');
    const error = await expectError(await call('/bootstrap', { token, body }), 401, 'unauthorized');
    expect(error.message).toMatch(/bootstrap/i);
    expect(await rowCount('teams')).toBe(before);
  });

  it('checks the secret before the body, so a caller without it learns nothing about the body', async () => {
    await expectError(await call('/bootstrap', { token: 'wrong', body: { plan: 'gold' } }), 401, 'unauthorized');
    await expectError(await call('/bootstrap', { token: 'wrong', body: '{not json' }), 401, 'unauthorized');
  });

  it('answers 503 when the server has no BOOTSTRAP_TOKEN', async () => {
    const res = await callWith({ BOOTSTRAP_TOKEN: '' }, '/bootstrap', { token: 'anything', body });
    const error = await expectError(res, 503, 'bootstrap_disabled');
    expect(error.message).toContain('BOOTSTRAP_TOKEN');
  });

  it.each([
    [{ teamName: 'A' }, 'adminName'],
    [{ teamName: '  ', adminName: 'Ada' }, 'teamName'],
    [{ ...body, plan: 'gold' }, 'plan'],
  ])('rejects an invalid body naming the field (%j)', async (input, path) => {
    const before = await rowCount('teams');
    const error = await expectError(await call('/bootstrap', { token: env.BOOTSTRAP_TOKEN, body: input }), 400, 'validation_failed');
    expect(error.problems?.map((p) => p.path)).toEqual([path]);
    expect(await rowCount('teams')).toBe(before);
    expect(await rowCount('members')).toBe(before);
  });
});
