import { expect } from 'vitest';
import type { ClipResult, DialogueRecord, Intervention, Revision } from '../../shared/schemas';
import { addMember, bootstrap, call, callWith, createDialogue, webcastClip } from './helpers';

export interface Team {
  teamId: string;
  admin: string;
  reviewer: string;
  observer: string;
  ids: { admin: string; reviewer: string; observer: string };
}

async function memberId(token: string): Promise<string> {
  return (await (await call('/me', { token })).json<{ member: { id: string } }>()).member.id;
}

/** A team with one member of each role, each with a token. */
export async function team(name: string): Promise<Team> {
  const a = await bootstrap(name, `${name} admin`);
  const reviewer = await addMember(a.team.id, 'reviewer', `${name} reviewer`);
  const observer = await addMember(a.team.id, 'observer', `${name} observer`);
  return {
    teamId: a.team.id,
    admin: a.token,
    reviewer,
    observer,
    ids: { admin: a.member.id, reviewer: await memberId(reviewer), observer: await memberId(observer) },
  };
}

/** Sends clips and waits for the assembly the Worker runs after the response. */
export async function send(token: string, clips: unknown[]): Promise<void> {
  const res = await callWith({}, '/clips', { token, body: { clips } });
  const { results } = await res.json<{ results: ClipResult[] }>();
  expect(results.map((r) => r.status)).toEqual(clips.map(() => 'stored'));
}

export async function record(token: string, dialogueId: string): Promise<DialogueRecord> {
  const res = await call(`/dialogues/${dialogueId}/record`, { token });
  expect(res.status).toBe(200);
  return res.json();
}

/** A dialogue with three turns: France 0-60, Chile 100-160, Peru 200-260 (two observers' clips each). */
export async function threeTurns(t: Team): Promise<{ dialogueId: string; interventions: Intervention[] }> {
  const { id } = await createDialogue(t.admin);
  const turns = [
    ['France', 0, 60],
    ['Chile', 100, 160],
    ['Peru', 200, 260],
  ] as const;
  await send(
    t.observer,
    turns.flatMap(([speaker, start, end]) => [
      webcastClip(id, { speaker, start, end, note: `${speaker} one` }),
      webcastClip(id, { speaker, start: start + 5, end: end - 5, note: `${speaker} two`, tags: ['second'] }),
    ]),
  );
  const { interventions } = await record(t.admin, id);
  expect(interventions.map((i) => i.speaker.code)).toEqual(['FRA', 'CHL', 'PER']);
  return { dialogueId: id, interventions };
}

export const patch = (token: string, id: string, body: unknown) => call(`/interventions/${id}`, { method: 'PATCH', token, body });
export const split = (token: string, id: string, body: unknown) => call(`/interventions/${id}/split`, { token, body });
export const merge = (token: string, body: unknown) => call('/interventions/merge', { token, body });
export const restore = (token: string, id: string, body: unknown) => call(`/interventions/${id}/restore`, { token, body });
export const history = (token: string, id: string) => call(`/interventions/${id}/revisions`, { token });

export async function ok<T>(res: Response | Promise<Response>): Promise<T> {
  const r = await res;
  const body = await r.json<T>();
  expect(r.status, JSON.stringify(body)).toBe(200);
  return body;
}

export async function revisionsOf(token: string, id: string): Promise<Revision[]> {
  return (await ok<{ revisions: Revision[] }>(history(token, id))).revisions;
}

export async function sql<T>(query: string, ...params: unknown[]): Promise<T[]> {
  const { env } = await import('cloudflare:workers');
  return (await env.DB.prepare(query).bind(...params).all<T>()).results;
}
