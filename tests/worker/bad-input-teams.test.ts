// Bad-input corpus, part 1: the team routes (bootstrap, me, members, tokens, backup, restore) and
// the ones without input (health, openapi.json). See bad-input-table.ts for what each case asserts.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { cases } from './bad-input-cases-teams';
import { NO_SUCH, refuseAll, send, snapshot, toRequest, type Fixture } from './bad-input-table';
import { createDialogue, webcastClip } from './helpers';
import { send as sendClips, team } from './review-helpers';

const fixture: Fixture = { tokens: {}, ids: {} };

beforeAll(async () => {
  const t = await team('Bad input teams');
  fixture.tokens = { admin: t.admin, reviewer: t.reviewer, observer: t.observer, bootstrap: env.BOOTSTRAP_TOKEN };
  fixture.ids = { team: t.teamId, admin: t.ids.admin, observer: t.ids.observer, nosuch: NO_SUCH };
  // A first use of each token writes its last_used_at; do it now so the cases start from rest.
  for (const as of ['admin', 'reviewer', 'observer']) await send(toRequest({ name: '', method: 'GET', path: '/me', as, status: 200, code: '' }, fixture));
  // The team's own backup, good and spoiled, for the restore cases (`{backup…}` bodies).
  const { id } = await createDialogue(t.admin);
  await sendClips(t.observer, [webcastClip(id)]);
  const res = await send(toRequest({ name: '', method: 'GET', path: '/backup', as: 'admin', status: 200, code: '' }, fixture));
  const file = await res.json<{ format: string; clips: { dialogueId: string }[]; members: { id: string; role: string }[] }>();
  const spoil = (change: (f: typeof file) => void) => {
    const copy = structuredClone(file);
    change(copy);
    return JSON.stringify(copy);
  };
  fixture.ids.backup = JSON.stringify(file);
  fixture.ids.backupUnknownDialogue = spoil((f) => (f.clips[0]!.dialogueId = NO_SUCH));
  fixture.ids.backupRepeatedMember = spoil((f) => f.members.push({ ...f.members[0]! }));
  fixture.ids.backupNoAdmin = spoil((f) => f.members.forEach((m) => (m.role = 'observer')));
  fixture.ids.backupOtherFormat = spoil((f) => (f.format = 'some-other-backup'));
});

describe('bad input to the team routes', () => {
  refuseAll('teams', () => fixture, cases);
});

describe('text that looks like code is data', () => {
  it('stores SQL and HTML in a member name verbatim and runs none of it', async () => {
    const names = ["Robert'); DROP TABLE members; --", '<img src=x onerror=alert(1)><script>alert(2)</script>', '" OR ""="'];
    for (const name of names) {
      const before = await snapshot();
      const res = await send(toRequest({ name: '', method: 'POST', path: '/members', as: 'admin', body: { name, role: 'observer' }, status: 201, code: '' }, fixture));
      expect(res.status).toBe(201);
      expect((await res.json<{ member: { name: string } }>()).member.name).toBe(name);
      const after = await snapshot();
      expect(Object.keys(after)).toEqual(Object.keys(before));
      expect(after.members!.rows).toBe(before.members!.rows + 1);
    }
    const list = await send(toRequest({ name: '', method: 'GET', path: '/members', as: 'admin', status: 200, code: '' }, fixture));
    expect((await list.json<{ members: { name: string }[] }>()).members.map((m) => m.name)).toEqual(expect.arrayContaining(names));
  });
});

