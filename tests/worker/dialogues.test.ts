import { beforeAll, describe, expect, it } from 'vitest';
import type { Dialogue } from '../../shared/schemas';
import { addMember, bootstrap, call, createDialogue, dialogueInput, expectError, rowCount } from './helpers';

let admin: string;
let teamId: string;
let otherTeam: string;

beforeAll(async () => {
  ({ token: admin, team: { id: teamId } } = await bootstrap('Team A'));
  ({ token: otherTeam } = await bootstrap('Team B'));
});

describe('POST /dialogues', () => {
  it('creates a dialogue for the admin team', async () => {
    const res = await call('/dialogues', { token: admin, body: dialogueInput() });
    expect(res.status).toBe(201);
    const dialogue = await res.json<Dialogue>();
    expect(dialogue).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      title: 'Constructive Dialogue on Trafficking in Persons',
      theme: 'trafficking-in-persons',
      date: '2026-07-01',
      webcastUrl: 'https://webtv.un.org/en/asset/k1o/k1o7stmi6p',
      recordingStartedAt: '2026-07-01T13:00:00Z',
      createdAt: expect.any(String),
      participants: [],
      venue: null,
      webcastUrls: ['https://webtv.un.org/en/asset/k1o/k1o7stmi6p'],
      meetingPageUrls: [],
      tagVocabulary: [],
      defaultTag: null,
      counts: { draft: 0, 'needs-review': 0, reviewed: 0, approved: 0, rejected: 0 },
    });
    expect(await rowCount('dialogues', 'id = ? AND team_id = ?', dialogue.id, teamId)).toBe(1);
  });

  it('fills optional fields with null', async () => {
    const d = await createDialogue(admin, { webcastUrl: undefined, recordingStartedAt: undefined, theme: 'other' });
    expect(d).toMatchObject({ webcastUrl: null, recordingStartedAt: null, theme: 'other' });
  });

  it.each([
    ['a missing title', { title: undefined }, 'title'],
    ['an empty title', { title: '   ' }, 'title'],
    ['an unknown theme', { theme: 'piracy' }, 'theme'],
    ['a bad date', { date: '2026-13-45' }, 'date'],
    ['a date with time', { date: '2026-07-01T10:00' }, 'date'],
    ['a bad webcast URL', { webcastUrl: 'not a url' }, 'webcastUrl'],
    ['a non-http URL', { webcastUrl: 'javascript:alert(1)' }, 'webcastUrl'],
    ['a recording start without zone', { recordingStartedAt: '2026-07-01T13:00:00' }, 'recordingStartedAt'],
    ['an unknown field', { room: 'Plenary' }, 'room'],
  ])('rejects %s with 400 naming the field, writing nothing', async (_, overrides, path) => {
    const before = await rowCount('dialogues');
    const error = await expectError(await call('/dialogues', { token: admin, body: dialogueInput(overrides) }), 400, 'validation_failed');
    expect(error.problems?.map((p) => p.path)).toEqual([path]);
    expect(await rowCount('dialogues')).toBe(before);
  });

  it('rejects a body that is not an object', async () => {
    const error = await expectError(await call('/dialogues', { token: admin, body: [1, 2] }), 400, 'validation_failed');
    expect(error.problems?.[0]?.path).toBe('(body)');
  });

  it('rejects malformed JSON with 400 invalid_json', async () => {
    const before = await rowCount('dialogues');
    await expectError(await call('/dialogues', { token: admin, body: '{"title": "x",' }), 400, 'invalid_json');
    expect(await rowCount('dialogues')).toBe(before);
  });

  it('rejects a body that is not JSON with 415', async () => {
    const res = await call('/dialogues', { token: admin, body: 'title=x', headers: { 'content-type': 'text/plain' } });
    await expectError(res, 415, 'unsupported_media_type');
  });

  it('validates a body sent without a content type instead of skipping it', async () => {
    const res = await call('/dialogues', { token: admin, method: 'POST' });
    const error = await expectError(res, 400, 'validation_failed');
    expect(error.problems?.map((p) => p.path)).toContain('title');
  });

  it('refuses observers and reviewers with 403, writing nothing', async () => {
    for (const role of ['observer', 'reviewer'] as const) {
      const token = await addMember(teamId, role);
      const before = await rowCount('dialogues');
      await expectError(await call('/dialogues', { token, body: dialogueInput() }), 403, 'forbidden');
      expect(await rowCount('dialogues')).toBe(before);
    }
  });

  it('refuses a missing or wrong token with 401', async () => {
    await expectError(await call('/dialogues', { body: dialogueInput() }), 401, 'unauthorized');
    await expectError(await call('/dialogues', { token: 'udc_nope', body: dialogueInput() }), 401, 'unauthorized');
  });
});

describe('GET /dialogues', () => {
  it("lists the team's dialogues only, newest date first", async () => {
    const { token } = await bootstrap('Team C');
    const old = await createDialogue(token, { date: '2025-10-10' });
    const recent = await createDialogue(token, { date: '2026-10-10' });
    const middle = await createDialogue(token, { date: '2026-01-05' });
    await createDialogue(otherTeam, { date: '2027-01-01' });
    const res = await call('/dialogues', { token });
    expect(res.status).toBe(200);
    const { dialogues } = await res.json<{ dialogues: Dialogue[] }>();
    expect(dialogues.map((d) => d.id)).toEqual([recent.id, middle.id, old.id]);
  });

  it('lets an observer read', async () => {
    const observer = await addMember(teamId, 'observer');
    expect((await call('/dialogues', { token: observer })).status).toBe(200);
  });

  it('refuses a missing or wrong token with 401', async () => {
    await expectError(await call('/dialogues'), 401, 'unauthorized');
    await expectError(await call('/dialogues', { token: 'udc_nope' }), 401, 'unauthorized');
  });
});

describe('GET /dialogues/:id', () => {
  it('answers one dialogue of the team', async () => {
    const created = await createDialogue(admin);
    const res = await call(`/dialogues/${created.id}`, { token: admin });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(created);
  });

  it("answers 404 for another team's dialogue, an unknown id and a non-UUID", async () => {
    const foreign = await createDialogue(otherTeam);
    await expectError(await call(`/dialogues/${foreign.id}`, { token: admin }), 404, 'not_found');
    await expectError(await call(`/dialogues/${crypto.randomUUID()}`, { token: admin }), 404, 'not_found');
    await expectError(await call('/dialogues/not-a-uuid', { token: admin }), 404, 'not_found');
  });

  it('refuses a missing or wrong token with 401', async () => {
    const created = await createDialogue(admin);
    await expectError(await call(`/dialogues/${created.id}`), 401, 'unauthorized');
    await expectError(await call(`/dialogues/${created.id}`, { token: 'udc_nope' }), 401, 'unauthorized');
  });
});
