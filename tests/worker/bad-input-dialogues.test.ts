// Bad-input corpus, part 2: dialogues, their record, live offsets, exports, share links and the
// public share page. See bad-input-table.ts for what each case asserts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dialogue } from '../../shared/schemas';
import { cases, valid } from './bad-input-cases-dialogues';
import { NO_SUCH, refuseAll, send, snapshot, toRequest, type Fixture } from './bad-input-table';
import { createDialogue } from './helpers';
import { team } from './review-helpers';

const fixture: Fixture = { tokens: {}, ids: {} };

beforeAll(async () => {
  const t = await team('Bad input dialogues');
  const other = await team('Another team');
  fixture.tokens = { admin: t.admin, reviewer: t.reviewer, observer: t.observer };
  const mine = await createDialogue(t.admin, { tagVocabulary: ['victims'], defaultTag: 'victims' });
  const theirs = await createDialogue(other.admin);
  fixture.ids = { dialogue: mine.id, theirs: theirs.id, observer: t.ids.observer, stranger: other.ids.observer, nosuch: NO_SUCH };
  for (const as of ['admin', 'reviewer', 'observer']) await send(toRequest({ name: '', method: 'GET', path: '/me', as, status: 200, code: '' }, fixture));
});

describe('bad input to the dialogue routes', () => {
  refuseAll('dialogues', () => fixture, cases);
});

describe('text that looks like code is data', () => {
  it('stores SQL and HTML in a dialogue verbatim, and the HTML export escapes it', async () => {
    const title = "Dialogue'); DROP TABLE dialogues; -- <script>alert('x')</script>";
    const venue = '<img src=x onerror=alert(1)> Room " OR 1=1';
    const before = await snapshot();
    const res = await send(toRequest({ name: '', method: 'POST', path: '/dialogues', as: 'admin', body: { ...valid, title, venue }, status: 201, code: '' }, fixture));
    expect(res.status).toBe(201);
    const { id } = await res.json<Dialogue>();
    const after = await snapshot();
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after.dialogues!.rows).toBe(before.dialogues!.rows + 1);

    const read = await send(toRequest({ name: '', method: 'GET', path: `/dialogues/${id}`, as: 'observer', status: 200, code: '' }, fixture));
    expect(await read.json()).toMatchObject({ title, venue });
    const html = await (await send(toRequest({ name: '', method: 'GET', path: `/dialogues/${id}/export?format=html`, as: 'observer', status: 200, code: '' }, fixture))).text();
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain("<script>alert('x')");
  });
});
