import { beforeAll, describe, expect, it } from 'vitest';
import type { ClipResult, Dialogue, DialogueRecord } from '../../shared/schemas';
import { bootstrap, call, callWith, createDialogue, dialogueInput, expectError, rowCount, webcastClip } from './helpers';

let admin: string;

beforeAll(async () => {
  admin = (await bootstrap()).token;
});

async function recordOf(dialogueId: string, speakers: string[]): Promise<DialogueRecord> {
  // Far apart, so each clip is its own intervention.
  const clips = speakers.map((speaker, i) => webcastClip(dialogueId, { start: i * 1000, end: i * 1000 + 60, speaker }));
  const sent = await callWith({}, '/clips', { token: admin, body: { clips } });
  expect((await sent.json<{ results: ClipResult[] }>()).results.every((r) => r.status === 'stored')).toBe(true);
  return (await call(`/dialogues/${dialogueId}/record`, { token: admin })).json();
}

const participants = [
  { name: 'Friends of the Earth', aliases: ['FoE'] },
  { name: 'United States', entityId: 'USA', aliases: ['Uncle Sam'] },
  { name: 'Institute of Crime Studies', kind: 'academia' },
];

describe('dialogue participants', () => {
  it('are stored with the speaker code the record will use, and answered with the dialogue', async () => {
    const created = await createDialogue(admin, { participants });
    expect(created.participants).toEqual([
      { name: 'Friends of the Earth', aliases: ['FoE'], entityId: null, code: 'X-FRIENDS-OF-THE-EARTH', kind: 'ngo' },
      { name: 'United States', aliases: ['Uncle Sam'], entityId: 'USA', code: 'USA', kind: 'state' },
      { name: 'Institute of Crime Studies', aliases: [], entityId: null, code: 'X-INSTITUTE-OF-CRIME-STUDIES', kind: 'academia' },
    ]);
    expect(await (await call(`/dialogues/${created.id}`, { token: admin })).json()).toEqual(created);
    const { dialogues } = await (await call('/dialogues', { token: admin })).json<{ dialogues: Dialogue[] }>();
    expect(dialogues.find((d) => d.id === created.id)?.participants).toEqual(created.participants);
  });

  it('canonicalise their aliases in the record; without them the same names stay unknown', async () => {
    const withThem = await createDialogue(admin, { participants });
    const { interventions } = await recordOf(withThem.id, ['FoE', 'Uncle Sam', 'Friends of the Eatrh', 'Institute of Crime Studies']);
    expect(interventions.map((i) => i.speaker)).toEqual([
      { name: 'Friends of the Earth', code: 'X-FRIENDS-OF-THE-EARTH', kind: 'ngo', known: true },
      { name: 'United States of America', code: 'USA', kind: 'state', known: true },
      { name: 'Friends of the Earth', code: 'X-FRIENDS-OF-THE-EARTH', kind: 'ngo', known: true },
      { name: 'Institute of Crime Studies', code: 'X-INSTITUTE-OF-CRIME-STUDIES', kind: 'academia', known: true },
    ]);

    const without = await createDialogue(admin);
    const plain = await recordOf(without.id, ['FoE', 'Uncle Sam']);
    expect(plain.interventions.map((i) => [i.speaker.name, i.speaker.code, i.speaker.known])).toEqual([
      ['FoE', null, false],
      ['Uncle Sam', null, false],
    ]);
  });

  it('give distinct codes to participants whose names fold alike', async () => {
    const created = await createDialogue(admin, { participants: [{ name: 'Green Action' }, { name: 'GREEN-ACTION!' }, { name: 'التحالف' }] });
    expect(created.participants?.map((p) => p.code)).toEqual(['X-GREEN-ACTION', 'X-GREEN-ACTION-2', 'X-P3']);
  });

  it.each([
    ['an unknown entity id', [participants[0], { name: 'Atlantis', entityId: 'ATL' }], 'participants.1.entityId'],
    ['an empty name', [{ name: ' ' }], 'participants.0.name'],
    ['an over-long alias', [{ name: 'A', aliases: ['x'.repeat(201)] }], 'participants.0.aliases.0'],
    ['too many aliases', [{ name: 'A', aliases: Array.from({ length: 21 }, (_, i) => `a${i}`) }], 'participants.0.aliases'],
    ['an unknown kind', [{ name: 'A', kind: 'pirate' }], 'participants.0.kind'],
    ['an unknown field', [{ name: 'A', seat: 3 }], 'participants.0.seat'],
    ['more than 300', Array.from({ length: 301 }, (_, i) => ({ name: `P${i}` })), 'participants'],
  ])('reject %s with 400 naming it, writing nothing', async (_, list, path) => {
    const before = await rowCount('dialogues');
    const res = await call('/dialogues', { token: admin, body: dialogueInput({ participants: list }) });
    const error = await expectError(res, 400, 'validation_failed');
    expect(error.problems?.map((p) => p.path)).toEqual([path]);
    expect(await rowCount('dialogues')).toBe(before);
  });

  it('accept 300', async () => {
    const created = await createDialogue(admin, { participants: Array.from({ length: 300 }, (_, i) => ({ name: `Org ${i}` })) });
    expect(created.participants).toHaveLength(300);
  });
});
