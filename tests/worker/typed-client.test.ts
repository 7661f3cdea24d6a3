import { exports } from 'cloudflare:workers';
import { hc } from 'hono/client';
import { expect, it } from 'vitest';
import type { AppType } from '../../worker/index';
import { bootstrap, createDialogue, webcastClip } from './helpers';

// The extension knows the Worker only through AppType; this drives the real app through it.
const client = (token: string) =>
  hc<AppType>('http://worker.test', {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => exports.default.fetch(new Request(input, init)),
    headers: { authorization: `Bearer ${token}` },
  });

it('serves a typed client from AppType', async () => {
  const { token } = await bootstrap();
  const { id } = await createDialogue(token);
  const api = client(token).api.v1;

  const me = await api.me.$get();
  expect(me.status).toBe(200);
  if (me.status === 200) expect((await me.json()).member.role).toBe('admin');

  const sent = await api.clips.$post({ json: { clips: [webcastClip(id)] } }, { headers: { 'idempotency-key': 'k-1' } });
  expect(sent.status).toBe(200);
  if (sent.status === 200) expect((await sent.json()).results[0]?.status).toBe('stored');

  const record = await api.dialogues[':id'].record.$get({ param: { id } });
  expect(record.status).toBe(200);
  if (record.status === 200) expect((await record.json()).interventions[0]?.speaker.code).toBe('FRA');

  const added = await api.members.$post({ json: { name: 'Liv', role: 'observer' } });
  expect(added.status).toBe(201);
  if (added.status !== 201) return;
  const memberId = (await added.json()).member.id;
  const offset = await api.dialogues[':id']['live-offsets'][':memberId'].$put({ param: { id, memberId }, json: { offset: 30 } });
  expect(offset.status).toBe(200);
  if (offset.status === 200) expect(await offset.json()).toEqual({ memberId, offset: 30 });
  const cleared = await api.dialogues[':id']['live-offsets'][':memberId'].$delete({ param: { id, memberId } });
  expect(cleared.status).toBe(204);
});
