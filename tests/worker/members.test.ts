import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MemberCreateResult, MemberList } from '../../shared/schemas';
import { sha256Hex } from '../../worker/lib/crypto';
import { addMember, bootstrap, call, expectError, rowCount } from './helpers';

let admin: string;
let adminId: string;
let teamId: string;
let otherAdmin: string;

beforeAll(async () => {
  const a = await bootstrap('Team A', 'Ada');
  ({ token: admin, team: { id: teamId } } = a);
  adminId = a.member.id;
  otherAdmin = (await bootstrap('Team B', 'Bo')).token;
});

async function create(token: string, body: unknown): Promise<MemberCreateResult> {
  const res = await call('/members', { token, body });
  expect(res.status).toBe(201);
  return res.json();
}

describe('POST /members', () => {
  it.each(['observer', 'reviewer', 'admin'] as const)('adds a %s with a token shown once and stored only as a hash', async (role) => {
    const result = await create(admin, { name: `New ${role}`, role });
    expect(result.member).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: `New ${role}`, role });
    expect(result.token).toMatch(/^udc_[A-Za-z0-9_-]{43}$/);

    const row = await env.DB.prepare('SELECT * FROM api_tokens WHERE member_id = ?').bind(result.member.id).first<Record<string, unknown>>();
    expect(row).toMatchObject({ team_id: teamId, role, token_hash: await sha256Hex(result.token) });
    expect(Object.values(row!)).not.toContain(result.token);

    // The token works at once, as that member of that team.
    const me = await (await call('/me', { token: result.token })).json<{ team: { id: string }; member: { id: string; role: string } }>();
    expect(me).toMatchObject({ team: { id: teamId }, member: { id: result.member.id, role } });
  });

  it.each([
    [{ role: 'observer' }, 'name'],
    [{ name: '  ', role: 'observer' }, 'name'],
    [{ name: 'Zed', role: 'owner' }, 'role'],
    [{ name: 'Zed', role: 'observer', teamId: crypto.randomUUID() }, 'teamId'],
  ])('rejects %j naming the field, writing nothing', async (body, path) => {
    const before = await rowCount('members');
    const error = await expectError(await call('/members', { token: admin, body }), 400, 'validation_failed');
    expect(error.problems?.map((p) => p.path)).toEqual([path]);
    expect(await rowCount('members')).toBe(before);
  });

  it('refuses observers and reviewers with 403, writing nothing', async () => {
    for (const role of ['observer', 'reviewer'] as const) {
      const token = await addMember(teamId, role);
      const before = await rowCount('members');
      await expectError(await call('/members', { token, body: { name: 'Sneaky', role: 'admin' } }), 403, 'forbidden');
      expect(await rowCount('members')).toBe(before);
    }
  });

  it('refuses a missing or wrong token with 401', async () => {
    await expectError(await call('/members', { body: { name: 'Zed', role: 'observer' } }), 401, 'unauthorized');
    await expectError(await call('/members', { token: 'udc_nope', body: { name: 'Zed', role: 'observer' } }), 401, 'unauthorized');
  });
});

describe('GET /members', () => {
  it("lists the team's members in the order they joined, without any token data", async () => {
    const { token } = await bootstrap('Team C', 'Cy');
    const olu = await create(token, { name: 'Olu', role: 'observer' });
    const rae = await create(token, { name: 'Rae', role: 'reviewer' });
    const res = await call('/members', { token });
    expect(res.status).toBe(200);
    const { members } = await res.json<MemberList>();
    expect(members.map((m) => [m.name, m.role])).toEqual([
      ['Cy', 'admin'],
      ['Olu', 'observer'],
      ['Rae', 'reviewer'],
    ]);
    expect(members.slice(1).map((m) => m.id)).toEqual([olu.member.id, rae.member.id]);
    for (const m of members) expect(Object.keys(m).toSorted()).toEqual(['createdAt', 'id', 'name', 'role']);
    expect(JSON.stringify(members)).not.toMatch(/udc_|hash|[0-9a-f]{64}/);
  });

  it("never shows another team's members", async () => {
    await create(admin, { name: 'Only in A', role: 'observer' });
    const { members } = await (await call('/members', { token: otherAdmin })).json<MemberList>();
    expect(members.map((m) => m.name)).toEqual(['Bo']);
    const ours = await (await call('/members', { token: admin })).json<MemberList>();
    expect(ours.members.map((m) => m.id)).toContain(adminId);
    expect(ours.members.map((m) => m.name)).not.toContain('Bo');
  });

  it('lists the team for observers and reviewers too (names and roles, never tokens)', async () => {
    for (const role of ['observer', 'reviewer'] as const) {
      const res = await call('/members', { token: await addMember(teamId, role) });
      expect(res.status).toBe(200);
      const { members } = await res.json<MemberList>();
      expect(members.map((m) => m.id)).toContain(adminId);
      expect(JSON.stringify(members)).not.toMatch(/hash|udc_/);
    }
  });

  it('refuses a missing token with 401', async () => {
    await expectError(await call('/members'), 401, 'unauthorized');
  });
});
