import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClipResult, Dialogue } from '../../shared/schemas';
import { getDb } from '../../worker/db/client';
import { updateDialogue } from '../../worker/repositories/dialogues';
import { addMember, bootstrap, call, callDeferred, createDialogue, dialogueInput, expectError, revisions, webcastClip } from './helpers';

let admin: string;
let teamId: string;
let otherAdmin: string;

beforeAll(async () => {
  ({ token: admin, team: { id: teamId } } = await bootstrap('Team A'));
  ({ token: otherAdmin } = await bootstrap('Team B'));
});

const WEBCASTS = ['https://webtv.un.org/en/asset/k1a/k1a2b3', 'https://media.un.org/en/asset/k1b/k1b2c3'];
const PAGES = ['https://www.unodc.org/unodc/en/treaties/CTOC/dialogue.html'];

// Sent without the older webcastUrl, which would have to be the first of webcastUrls.
const setup = {
  webcastUrl: undefined,
  venue: 'Vienna International Centre, Board Room D',
  webcastUrls: WEBCASTS,
  meetingPageUrls: PAGES,
  tagVocabulary: ['victims', 'NGO access', 'data'],
  defaultTag: 'victims',
};

const patch = (id: string, body: unknown, token = admin) => call(`/dialogues/${id}`, { token, method: 'PATCH', body });

/** Every column of the dialogue's row, to show a refused change left it exactly as it was. */
const row = (id: string) => env.DB.prepare('SELECT * FROM dialogues WHERE id = ?').bind(id).first<Record<string, unknown>>();

describe('POST /dialogues with the setup fields', () => {
  it('stores and answers them; webcastUrl is the first webcast URL', async () => {
    const d = await createDialogue(admin, setup);
    expect(d).toMatchObject({ ...setup, webcastUrl: WEBCASTS[0] });
    expect(await (await call(`/dialogues/${d.id}`, { token: admin })).json()).toEqual(d);
    expect(await row(d.id)).toMatchObject({ webcast_url: WEBCASTS[0], webcast_urls: JSON.stringify(WEBCASTS), default_tag: 'victims' });
  });

  it('takes an older client’s single webcastUrl as the list of one', async () => {
    const d = await createDialogue(admin);
    expect(d).toMatchObject({ webcastUrl: dialogueInput().webcastUrl, webcastUrls: [dialogueInput().webcastUrl], venue: null, defaultTag: null });
  });

  it('accepts webcastUrl with webcastUrls when it is their first', async () => {
    const d = await createDialogue(admin, { webcastUrl: WEBCASTS[0], webcastUrls: WEBCASTS });
    expect(d.webcastUrls).toEqual(WEBCASTS);
  });

  it.each([
    ['a webcastUrl other than the first of webcastUrls', { webcastUrls: WEBCASTS }, 'webcastUrl'],
    ['a default tag outside the vocabulary', { tagVocabulary: ['a'], defaultTag: 'b' }, 'defaultTag'],
    ['a default tag without a vocabulary', { defaultTag: 'b' }, 'defaultTag'],
    ['a bad meeting page URL', { meetingPageUrls: ['ftp://x.example/a'] }, 'meetingPageUrls.0'],
  ])('rejects %s with 400 naming the field', async (_, overrides, path) => {
    const error = await expectError(await call('/dialogues', { token: admin, body: dialogueInput(overrides) }), 400, 'validation_failed');
    expect(error.problems?.map((p) => p.path)).toEqual([path]);
  });
});

describe('PATCH /dialogues/:id', () => {
  it('changes only the fields sent, and answers the dialogue as it is now', async () => {
    const d = await createDialogue(admin, { participants: [{ name: 'Friends of the Earth' }] });
    const res = await patch(d.id, { ...setup, title: 'Renamed', theme: 'firearms', date: '2026-08-02' });
    expect(res.status).toBe(200);
    const changed = await res.json<Dialogue>();
    expect(changed).toEqual({
      ...d,
      ...setup,
      title: 'Renamed',
      theme: 'firearms',
      date: '2026-08-02',
      webcastUrl: WEBCASTS[0],
    });
    expect(await (await call(`/dialogues/${d.id}`, { token: admin })).json()).toEqual(changed);

    // One field at a time leaves the others.
    const later = await (await patch(d.id, { venue: 'Geneva' })).json<Dialogue>();
    expect(later).toEqual({ ...changed, venue: 'Geneva' });
  });

  it('clears the lists, the venue, the recording start and the default tag', async () => {
    const d = await createDialogue(admin, setup);
    const res = await patch(d.id, { webcastUrls: [], meetingPageUrls: [], venue: null, recordingStartedAt: null, defaultTag: null, tagVocabulary: [] });
    expect(await res.json()).toMatchObject({
      webcastUrls: [],
      webcastUrl: null,
      meetingPageUrls: [],
      venue: null,
      recordingStartedAt: null,
      defaultTag: null,
      tagVocabulary: [],
    });
    expect((await row(d.id))!.webcast_url).toBeNull();
    expect((await (await patch(d.id, { venue: '  ' })).json<Dialogue>()).venue).toBeNull();
  });

  it('checks a default tag against the stored vocabulary, and a new vocabulary against the stored default tag', async () => {
    const d = await createDialogue(admin, setup);
    expect((await (await patch(d.id, { defaultTag: 'data' })).json<Dialogue>()).defaultTag).toBe('data');

    const before = await row(d.id);
    let error = await expectError(await patch(d.id, { defaultTag: 'elsewhere' }), 400, 'validation_failed');
    expect(error.problems?.map((p) => p.path)).toEqual(['defaultTag']);
    error = await expectError(await patch(d.id, { tagVocabulary: ['victims'] }), 400, 'validation_failed');
    expect(error.problems).toEqual([{ path: 'tagVocabulary', message: expect.stringContaining('"data"') }]);
    expect(await row(d.id)).toEqual(before);

    // Both at once is consistent by itself.
    const both = await (await patch(d.id, { tagVocabulary: ['victims'], defaultTag: 'victims' })).json<Dialogue>();
    expect(both).toMatchObject({ tagVocabulary: ['victims'], defaultTag: 'victims' });
  });

  it('writes nothing when the tags changed after they were checked (the guarded write)', async () => {
    const d = await createDialogue(admin, setup);
    const before = await row(d.id);
    const stale = { tagVocabulary: ['victims'], defaultTag: 'victims' };
    const update = { fields: { defaultTag: 'victims' }, reassemble: true, expectTags: stale };
    expect(await updateDialogue(getDb(env.DB), teamId, d.id, update)).toBeNull();
    expect(await row(d.id)).toEqual(before);
    const current = { tagVocabulary: setup.tagVocabulary, defaultTag: setup.defaultTag };
    expect(await updateDialogue(getDb(env.DB), teamId, d.id, { ...update, expectTags: current })).toMatchObject({ defaultTag: 'victims' });
    expect((await row(d.id))!.clips_revision).toBe((before!.clips_revision as number) + 1);
  });

  it.each([
    ['a default tag outside the vocabulary sent', { tagVocabulary: ['a', 'b'], defaultTag: 'c' }, ['defaultTag']],
    ['a bad URL among the webcast URLs', { webcastUrls: [WEBCASTS[0], WEBCASTS[1], 'not a url'] }, ['webcastUrls.2']],
    ['a javascript: URL', { meetingPageUrls: ['javascript:alert(1)'] }, ['meetingPageUrls.0']],
    ['too many webcast URLs', { webcastUrls: Array.from({ length: 11 }, (_, i) => `https://webtv.un.org/${i}`) }, ['webcastUrls']],
    ['too many meeting pages', { meetingPageUrls: Array.from({ length: 21 }, (_, i) => `https://www.unodc.org/${i}`) }, ['meetingPageUrls']],
    ['a venue over 300 characters', { venue: 'v'.repeat(301) }, ['venue']],
    ['a tag over 64 characters', { tagVocabulary: ['ok', 't'.repeat(65)] }, ['tagVocabulary.1']],
    ['an empty tag', { tagVocabulary: [' '] }, ['tagVocabulary.0']],
    ['a repeated tag', { tagVocabulary: ['a', 'b', 'a'] }, ['tagVocabulary.2']],
    ['too many tags', { tagVocabulary: Array.from({ length: 201 }, (_, i) => `t${i}`) }, ['tagVocabulary']],
    ['an empty title', { title: ' ' }, ['title']],
    ['an unknown theme', { theme: 'piracy' }, ['theme']],
    ['a bad date', { date: '2026-02-30' }, ['date']],
    ['a recording start without zone', { recordingStartedAt: '2026-07-01T13:00:00' }, ['recordingStartedAt']],
    ['an unknown participant id', { participants: [{ name: 'Narnia', entityId: 'NARNIA' }] }, ['participants.0.entityId']],
    ['an unknown field', { webcastUrl: WEBCASTS[0] }, ['webcastUrl']],
    ['a field of the server', { clipsRevision: 9 }, ['clipsRevision']],
    ['a body that is not an object', ['venue'], ['(body)']],
  ])('rejects %s with 400 naming the field, changing nothing', async (_, body, paths) => {
    const d = await createDialogue(admin, { ...setup, participants: [{ name: 'UNODC', entityId: 'UNODC' }] });
    const before = await row(d.id);
    const error = await expectError(await patch(d.id, body), 400, 'validation_failed');
    expect(error.problems?.map((p) => p.path)).toEqual(paths);
    expect(await row(d.id)).toEqual(before);
  });

  it('rejects malformed JSON and a body that is not JSON, changing nothing', async () => {
    const d = await createDialogue(admin, setup);
    const before = await row(d.id);
    await expectError(await patch(d.id, '{"venue":'), 400, 'invalid_json');
    await expectError(await call(`/dialogues/${d.id}`, { token: admin, method: 'PATCH', body: 'venue=x', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expect(await row(d.id)).toEqual(before);
  });

  it('answers an empty change with the dialogue unchanged', async () => {
    const d = await createDialogue(admin, setup);
    const before = await row(d.id);
    const res = await patch(d.id, {});
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(d);
    expect(await row(d.id)).toEqual(before);
  });

  it.each(['observer', 'reviewer'] as const)('refuses a %s with 403, changing nothing', async (role) => {
    const d = await createDialogue(admin, setup);
    const before = await row(d.id);
    await expectError(await patch(d.id, { venue: 'Elsewhere' }, await addMember(teamId, role)), 403, 'forbidden');
    expect(await row(d.id)).toEqual(before);
  });

  it("answers 404 for another team's dialogue, an unknown id and a non-UUID, changing nothing", async () => {
    const foreign = await createDialogue(otherAdmin, setup);
    const before = await row(foreign.id);
    await expectError(await patch(foreign.id, { venue: 'Taken over' }), 404, 'not_found');
    expect(await row(foreign.id)).toEqual(before);
    await expectError(await patch(crypto.randomUUID(), { venue: 'x' }), 404, 'not_found');
    await expectError(await patch('not-a-uuid', { venue: 'x' }), 404, 'not_found');
  });

  it('refuses a missing or unknown token with 401', async () => {
    const d = await createDialogue(admin);
    await expectError(await call(`/dialogues/${d.id}`, { method: 'PATCH', body: { venue: 'x' } }), 401, 'unauthorized');
    await expectError(await patch(d.id, { venue: 'x' }, 'udc_nope'), 401, 'unauthorized');
  });
});

describe('PATCH /dialogues/:id and the record', () => {
  async function assembled(dialogueId: string) {
    const clips = [webcastClip(dialogueId, { speaker: 'FoE', start: 10, end: 40 })];
    const sent = await (await call('/clips', { token: admin, body: { clips } })).json<{ results: ClipResult[] }>();
    expect(sent.results[0]!.status).toBe('stored');
    await call(`/dialogues/${dialogueId}/record`, { token: admin });
    const r = await revisions(dialogueId);
    expect(r.assembled).toBe(r.clips);
    return r.clips;
  }

  it.each([
    ['new participants', { participants: [{ name: 'Friends of the Earth', aliases: ['FoE'] }] }],
    ['a new recording start', { recordingStartedAt: '2026-07-01T13:30:00Z' }],
    ['no recording start', { recordingStartedAt: null }],
  ])('marks the dialogue for re-assembly on %s, and assembles it after the answer', async (_, body) => {
    const d = await createDialogue(admin);
    const revision = await assembled(d.id);
    const { res, settled } = await callDeferred({}, `/dialogues/${d.id}`, { token: admin, method: 'PATCH', body });
    expect(res.status).toBe(200);
    expect((await revisions(d.id)).clips).toBe(revision + 1);
    await settled();
    expect(await revisions(d.id)).toEqual({ clips: revision + 1, assembled: revision + 1 });
  });

  it('uses new participants in the record', async () => {
    const d = await createDialogue(admin);
    await assembled(d.id);
    const before = await (await call(`/dialogues/${d.id}/record`, { token: admin })).json<{ interventions: { speaker: { name: string; known: boolean } }[] }>();
    expect(before.interventions[0]!.speaker.known).toBe(false);
    await patch(d.id, { participants: [{ name: 'Friends of the Earth', aliases: ['FoE'] }] });
    const after = await (await call(`/dialogues/${d.id}/record`, { token: admin })).json<{ interventions: { speaker: { name: string; known: boolean } }[] }>();
    expect(after.interventions[0]!.speaker).toMatchObject({ name: 'Friends of the Earth', known: true });
  });

  it.each([
    ['the setup around the record', { ...setup, title: 'Renamed', date: '2026-09-09' }],
    ['the same participants again', { participants: [{ name: 'UNODC', entityId: 'UNODC' }] }],
    ['the same recording start, written otherwise', { recordingStartedAt: '2026-07-01T15:00:00.000+02:00' }],
  ])('leaves the record alone on %s', async (_, body) => {
    const d = await createDialogue(admin, { participants: [{ name: 'UNODC', entityId: 'UNODC' }] });
    const revision = await assembled(d.id);
    expect((await patch(d.id, body)).status).toBe(200);
    expect(await revisions(d.id)).toEqual({ clips: revision, assembled: revision });
  });
});
