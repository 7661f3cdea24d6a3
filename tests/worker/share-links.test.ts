import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ShareLink, ShareLinkCreated } from '../../shared/schemas/export';
import { sha256Hex } from '../../worker/lib/crypto';
import { call, expectError } from './helpers';
import { ok, patch, sql, team, threeTurns, type Team } from './review-helpers';

const APPROVED = 'Chile asked that survivors be heard';

let t: Team;
let dialogueId: string;

const create = (token: string, format: string, id = dialogueId) => call(`/dialogues/${id}/share-links`, { token, body: { format } });
const list = (token: string, id = dialogueId) => call(`/dialogues/${id}/share-links`, { token });
const revoke = (token: string, id: string) => call(`/share-links/${id}`, { method: 'DELETE', token });
/** The public page, as a browser without any token would ask for it. */
const visit = (url: string) => exports.default.fetch(new Request(url));

async function created(token: string, format: 'html' | 'md'): Promise<ShareLinkCreated> {
  const res = await create(token, format);
  const body = await res.json<ShareLinkCreated>();
  expect(res.status, JSON.stringify(body)).toBe(201);
  return body;
}

beforeAll(async () => {
  t = await team('Sharers');
  const turns = await threeTurns(t);
  dialogueId = turns.dialogueId;
  const chile = turns.interventions[1]!;
  await ok(patch(t.reviewer, chile.id, { baseVersion: chile.version, summary: APPROVED, status: 'approved' }));
});

describe('share links', () => {
  it('reviewers and admins create them; the URL holds a 256-bit secret, answered once', async () => {
    for (const token of [t.reviewer, t.admin]) {
      const link = await created(token, 'html');
      expect(link).toMatchObject({ dialogueId, format: 'html', revokedAt: null, createdBy: { id: expect.any(String), name: expect.any(String) } });
      expect(link.url).toMatch(/^http:\/\/worker\.test\/share\/[A-Za-z0-9_-]{43}$/);
      expect(link.url.split('/share/')[1]!.startsWith(link.prefix)).toBe(true);
    }
    await expectError(await create(t.observer, 'html'), 403, 'forbidden');
    const bad = await expectError(await create(t.reviewer, 'pdf'), 400, 'validation_failed');
    expect(bad.problems?.map((p) => p.path)).toEqual(['format']);
  });

  it('stores only the SHA-256 of the secret', async () => {
    const link = await created(t.reviewer, 'md');
    const secret = link.url.split('/share/')[1]!;
    const [row] = await sql<Record<string, unknown>>('SELECT * FROM share_links WHERE id = ?', link.id);
    expect(row!.secret_hash).toBe(await sha256Hex(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it('lists them newest first, with who made them, without any URL; observers may not', async () => {
    const link = await created(t.admin, 'md');
    const { shareLinks } = await ok<{ shareLinks: ShareLink[] }>(list(t.reviewer));
    expect(shareLinks[0]).toEqual({ id: link.id, dialogueId, format: 'md', prefix: link.prefix, createdAt: link.createdAt, createdBy: link.createdBy, revokedAt: null });
    expect(shareLinks[0]!.createdBy.name).toBe('Sharers admin');
    expect(JSON.stringify(shareLinks)).not.toContain('/share/');
    await expectError(await list(t.observer), 403, 'forbidden');
  });

  it('the public HTML page works without a token, shows approved text only, under a strict CSP', async () => {
    const link = await created(t.reviewer, 'html');
    const res = await visit(link.url);
    const body = await res.text();
    expect(res.status, body).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('content-security-policy')).toContain("style-src 'unsafe-inline'");
    expect(res.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(body).toContain(APPROVED);
    expect(body).toContain('Chile');
    // France and Peru are drafts: not shown.
    expect(body).not.toContain('France one');
    expect(body).not.toContain('Peru');
    // No CORS, no rate limit per token: the API's middleware is not in the way.
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('a Markdown link answers Markdown', async () => {
    const link = await created(t.reviewer, 'md');
    const res = await visit(link.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(await res.text()).toContain(APPROVED);
  });

  it('revoked or unknown links answer a 404 page; revoking is for reviewers and admins of the team', async () => {
    const link = await created(t.reviewer, 'html');
    await expectError(await revoke(t.observer, link.id), 403, 'forbidden');
    const other = await team('Other sharers');
    await expectError(await revoke(other.admin, link.id), 404, 'not_found');
    await expectError(await create(other.admin, 'html'), 404, 'not_found');
    await expectError(await list(other.admin), 404, 'not_found');
    expect((await visit(link.url)).status).toBe(200);

    expect((await revoke(t.admin, link.id)).status).toBe(204);
    expect((await revoke(t.reviewer, link.id)).status).toBe(204);
    const gone = await visit(link.url);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('content-type')).toMatch(/^text\/html/);
    expect(gone.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(await gone.text()).not.toContain(APPROVED);
    const { shareLinks } = await ok<{ shareLinks: ShareLink[] }>(list(t.reviewer));
    expect(shareLinks.find((l) => l.id === link.id)!.revokedAt).toEqual(expect.any(String));

    expect((await visit('http://worker.test/share/' + 'A'.repeat(43))).status).toBe(404);
    expect((await visit('http://worker.test/share/short')).status).toBe(404);
    await expectError(await revoke(t.admin, crypto.randomUUID()), 404, 'not_found');
  });
});
