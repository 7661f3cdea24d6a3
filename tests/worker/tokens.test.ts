import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MemberCreateResult, Role, Token, TokenCreateResult, TokenList } from '../../shared/schemas';
import { sha256Hex } from '../../worker/lib/crypto';
import { bootstrap, call, createDialogue, expectError, rowCount, webcastClip } from './helpers';

let admin: string;
let adminId: string;
let teamId: string;
let otherAdmin: string;
let otherTeamMemberId: string;
const people = {} as Record<Role, { token: string; id: string }>;

beforeAll(async () => {
  const a = await bootstrap('Team A', 'Ada');
  ({ token: admin, team: { id: teamId } } = a);
  adminId = a.member.id;
  for (const role of ['observer', 'reviewer', 'admin'] as const) {
    const res = await call('/members', { token: admin, body: { name: `The ${role}`, role } });
    const made = await res.json<MemberCreateResult>();
    people[role] = { token: made.token, id: made.member.id };
  }
  const b = await bootstrap('Team B', 'Bo');
  otherAdmin = b.token;
  otherTeamMemberId = b.member.id;
});

async function create(token: string, body: unknown = {}): Promise<TokenCreateResult> {
  const res = await call('/tokens', { token, body });
  expect(res.status).toBe(201);
  return res.json();
}

const list = async (token: string) => (await (await call('/tokens', { token })).json<TokenList>()).tokens;
const me = async (token: string) => (await call('/me', { token })).json<{ member: { id: string; role: Role } }>();
const tokenRow = (id: string) => env.DB.prepare('SELECT * FROM api_tokens WHERE id = ?').bind(id).first<Record<string, unknown>>();

describe('POST /tokens', () => {
  it.each(['observer', 'reviewer', 'admin'] as const)('gives a %s a token of their own role, shown once and stored only as a hash', async (role) => {
    const { token, secret } = await create(people[role].token, { name: 'laptop' });
    expect(secret).toMatch(/^udc_[A-Za-z0-9_-]{43}$/);
    expect(token).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      prefix: secret.slice(0, 8),
      name: 'laptop',
      role,
      memberId: people[role].id,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      lastUsedAt: null,
      revokedAt: null,
    });
    const row = await tokenRow(token.id);
    expect(row).toMatchObject({ team_id: teamId, member_id: people[role].id, role, token_hash: await sha256Hex(secret), name: 'laptop' });
    expect(Object.values(row!)).not.toContain(secret);
    // The new token works at once, as the same member.
    expect((await me(secret)).member).toMatchObject({ id: people[role].id, role });
  });

  it('takes a lower role than the member holds, which then governs', async () => {
    const { token, secret } = await create(people.admin.token, { role: 'observer' });
    expect(token.role).toBe('observer');
    await expectError(await call('/dialogues', { token: secret, body: {} }), 403, 'forbidden');
  });

  it.each([
    ['observer', 'reviewer'],
    ['observer', 'admin'],
    ['reviewer', 'admin'],
  ] as const)('refuses a %s a token of role %s with 400 naming role, writing nothing', async (holder, asked) => {
    const before = await rowCount('api_tokens');
    const error = await expectError(await call('/tokens', { token: people[holder].token, body: { role: asked } }), 400, 'validation_failed');
    expect(error.problems?.map((p) => p.path)).toEqual(['role']);
    expect(await rowCount('api_tokens')).toBe(before);
  });

  it("never mints more than the calling token may do, even for an admin member", async () => {
    const { secret: restricted } = await create(people.admin.token, { role: 'reviewer' });
    // Without a role the new token gets the caller's effective role, not the member's.
    expect((await create(restricted)).token.role).toBe('reviewer');
    const error = await expectError(await call('/tokens', { token: restricted, body: { role: 'admin' } }), 400, 'validation_failed');
    expect(error.problems?.map((p) => p.path)).toEqual(['role']);
    // Nor another member's: that is an admin's act, and this token is not an admin's.
    await expectError(await call('/tokens', { token: restricted, body: { memberId: people.observer.id } }), 403, 'forbidden');
  });

  it("lets an admin make a token for another member, at most that member's role", async () => {
    const { token, secret } = await create(admin, { memberId: people.reviewer.id, name: 'for the reviewer' });
    expect(token).toMatchObject({ memberId: people.reviewer.id, role: 'reviewer', name: 'for the reviewer' });
    expect((await me(secret)).member).toEqual({ id: people.reviewer.id, name: 'The reviewer', role: 'reviewer' });
    expect((await create(admin, { memberId: people.reviewer.id, role: 'observer' })).token.role).toBe('observer');
    const before = await rowCount('api_tokens');
    const error = await expectError(await call('/tokens', { token: admin, body: { memberId: people.observer.id, role: 'admin' } }), 400, 'validation_failed');
    expect(error).toMatchObject({ problems: [{ path: 'role', message: expect.stringContaining('observer') }] });
    expect(await rowCount('api_tokens')).toBe(before);
  });

  it.each(['observer', 'reviewer'] as const)('refuses a %s a token for another member with 403, writing nothing', async (role) => {
    const before = await rowCount('api_tokens');
    await expectError(await call('/tokens', { token: people[role].token, body: { memberId: adminId } }), 403, 'forbidden');
    expect(await rowCount('api_tokens')).toBe(before);
    // Naming themselves is fine.
    expect((await create(people[role].token, { memberId: people[role].id })).token.memberId).toBe(people[role].id);
  });

  it("answers 404 for another team's member or an unknown one, writing nothing", async () => {
    const before = await rowCount('api_tokens');
    await expectError(await call('/tokens', { token: admin, body: { memberId: otherTeamMemberId } }), 404, 'not_found');
    await expectError(await call('/tokens', { token: admin, body: { memberId: crypto.randomUUID() } }), 404, 'not_found');
    expect(await rowCount('api_tokens')).toBe(before);
  });

  it.each([
    [{ name: '   ' }, 'name'],
    [{ name: 'x'.repeat(101) }, 'name'],
    [{ role: 'owner' }, 'role'],
    [{ memberId: 'not-a-uuid' }, 'memberId'],
    [{ teamId: crypto.randomUUID() }, 'teamId'],
    [{ tokenHash: 'ab' }, 'tokenHash'],
  ])('rejects %j naming the field, writing nothing', async (body, path) => {
    const before = await rowCount('api_tokens');
    const error = await expectError(await call('/tokens', { token: admin, body }), 400, 'validation_failed');
    expect(error.problems?.map((p) => p.path)).toEqual([path]);
    expect(await rowCount('api_tokens')).toBe(before);
  });

  it('refuses a missing or unknown token with 401', async () => {
    await expectError(await call('/tokens', { body: {} }), 401, 'unauthorized');
    await expectError(await call('/tokens', { token: 'udc_nope', body: {} }), 401, 'unauthorized');
  });
});

describe('GET /tokens', () => {
  it('shows a member only their own tokens, newest first, with no secret or hash', async () => {
    const { token: me1, team } = await bootstrap('Team C', 'Cy');
    const olu = await (await call('/members', { token: me1, body: { name: 'Olu', role: 'observer' } })).json<MemberCreateResult>();
    const second = await create(olu.token, { name: 'phone' });
    await create(me1, { name: "admin's spare" });

    const tokens = await list(olu.token);
    expect(tokens.map((t) => [t.name, t.memberId])).toEqual([
      ['phone', olu.member.id],
      [null, olu.member.id],
    ]);
    expect(tokens[0]!.id).toBe(second.token.id);
    for (const t of tokens) expect(Object.keys(t).toSorted()).toEqual(['createdAt', 'id', 'lastUsedAt', 'memberId', 'name', 'prefix', 'revokedAt', 'role']);
    const hashes = (await env.DB.prepare('SELECT token_hash AS h FROM api_tokens WHERE team_id = ?').bind(team.id).all<{ h: string }>()).results;
    const text = JSON.stringify(tokens);
    for (const { h } of hashes) expect(text).not.toContain(h);
    expect(text).not.toContain(second.secret);
    expect(text).not.toMatch(/hash|[0-9a-f]{64}/i);
  });

  it("shows an admin all of the team's tokens and none of another team's", async () => {
    const tokens = await list(admin);
    const owners = new Set(tokens.map((t) => t.memberId));
    for (const id of [adminId, people.observer.id, people.reviewer.id, people.admin.id]) expect(owners).toContain(id);
    expect(owners).not.toContain(otherTeamMemberId);
    expect((await list(otherAdmin)).map((t) => t.memberId)).toEqual([otherTeamMemberId]);
  });

  it.each(['observer', 'reviewer'] as const)("shows a %s none of the others' tokens", async (role) => {
    const tokens = await list(people[role].token);
    expect(tokens.length).toBeGreaterThan(0);
    expect(new Set(tokens.map((t) => t.memberId))).toEqual(new Set([people[role].id]));
  });

  it('shows when a token was last used', async () => {
    const { token, secret } = await create(people.observer.token, { name: 'fresh' });
    const find = async () => (await list(people.observer.token)).find((t) => t.id === token.id)!;
    expect((await find()).lastUsedAt).toBeNull();
    await call('/me', { token: secret });
    await expect.poll(async () => (await find()).lastUsedAt, { timeout: 2000 }).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('refuses a missing token with 401', async () => {
    await expectError(await call('/tokens'), 401, 'unauthorized');
  });
});

describe('DELETE /tokens/:id', () => {
  const revoke = (token: string, id: string) => call(`/tokens/${id}`, { token, method: 'DELETE' });

  it('revokes a token: it is refused with 401 on every route from then on', async () => {
    const { token: teamAdmin } = await bootstrap('Team D', 'Di');
    const dialogue = await createDialogue(teamAdmin);
    const { token, secret } = await create(teamAdmin, { name: 'to revoke' });
    expect((await call(`/dialogues/${dialogue.id}`, { token: secret })).status).toBe(200);

    const res = await revoke(secret, token.id);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect((await tokenRow(token.id))!.revoked_at).toMatch(/^\d{4}-\d\d-\d\dT/);

    const attempts: [string, Parameters<typeof call>[1]][] = [
      ['/me', {}],
      ['/dialogues', {}],
      [`/dialogues/${dialogue.id}`, {}],
      [`/dialogues/${dialogue.id}/record`, {}],
      [`/dialogues/${dialogue.id}`, { method: 'PATCH', body: { venue: 'Vienna' } }],
      ['/dialogues', { body: { title: 'x', theme: 'other', date: '2026-01-01' } }],
      ['/clips', { body: { clips: [webcastClip(dialogue.id)] } }],
      ['/members', {}],
      ['/tokens', {}],
      ['/tokens', { body: {} }],
      [`/tokens/${token.id}`, { method: 'DELETE' }],
    ];
    const clipsBefore = await rowCount('clips');
    for (const [path, options] of attempts) {
      await expectError(await call(path, { ...options, token: secret }), 401, 'unauthorized');
    }
    expect(await rowCount('clips')).toBe(clipsBefore);
    // The team's other token is untouched.
    expect((await call('/me', { token: teamAdmin })).status).toBe(200);
    expect((await list(teamAdmin)).find((t) => t.id === token.id)!.revokedAt).toEqual(expect.any(String));
  });

  it('keeps the first revocation time when revoked again', async () => {
    const { token } = await create(admin);
    expect((await revoke(admin, token.id)).status).toBe(204);
    const first = (await tokenRow(token.id))!.revoked_at;
    await new Promise((r) => setTimeout(r, 5));
    expect((await revoke(admin, token.id)).status).toBe(204);
    expect((await tokenRow(token.id))!.revoked_at).toBe(first);
  });

  it.each(['observer', 'reviewer'] as const)("lets a %s revoke their own tokens, not another member's (404)", async (role) => {
    const own = await create(people[role].token);
    expect((await revoke(people[role].token, own.token.id)).status).toBe(204);
    const others = await create(admin, { memberId: people.observer.id === people[role].id ? people.reviewer.id : people.observer.id });
    await expectError(await revoke(people[role].token, others.token.id), 404, 'not_found');
    expect((await tokenRow(others.token.id))!.revoked_at).toBeNull();
    expect((await call('/me', { token: others.secret })).status).toBe(200);
  });

  it("lets an admin revoke any of the team's tokens", async () => {
    const theirs = await create(people.observer.token, { name: 'lost phone' });
    expect((await revoke(admin, theirs.token.id)).status).toBe(204);
    await expectError(await call('/me', { token: theirs.secret }), 401, 'unauthorized');
  });

  it("answers 404 for another team's token, an unknown id and a non-UUID, revoking nothing", async () => {
    const theirs = await create(otherAdmin);
    await expectError(await revoke(admin, theirs.token.id), 404, 'not_found');
    expect((await call('/me', { token: theirs.secret })).status).toBe(200);
    await expectError(await revoke(admin, crypto.randomUUID()), 404, 'not_found');
    await expectError(await revoke(admin, 'not-a-uuid'), 404, 'not_found');
  });

  it('refuses a missing token with 401', async () => {
    const { token } = await create(admin);
    await expectError(await call(`/tokens/${token.id}`, { method: 'DELETE' }), 401, 'unauthorized');
    expect((await tokenRow(token.id))!.revoked_at).toBeNull();
  });
});

describe('a token never does more than its member', () => {
  it('acts with the lower role once the member is demoted', async () => {
    const made = await (await call('/members', { token: admin, body: { name: 'Soon demoted', role: 'admin' } })).json<MemberCreateResult>();
    const { token } = await create(made.token, { role: 'admin' });
    await env.DB.prepare("UPDATE members SET role = 'observer' WHERE id = ?").bind(made.member.id).run();
    expect((await me(made.token)).member.role).toBe('observer');
    await expectError(await call('/tokens', { token: made.token, body: { role: 'admin' } }), 400, 'validation_failed');
    await expectError(await call('/dialogues', { token: made.token, body: {} }), 403, 'forbidden');
    // Its admin-role token lists only its own tokens now.
    const visible: Token[] = await list(made.token);
    expect(new Set(visible.map((t) => t.memberId))).toEqual(new Set([made.member.id]));
    expect(visible.map((t) => t.id)).toContain(token.id);
  });
});
