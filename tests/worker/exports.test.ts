import { beforeAll, describe, expect, it } from 'vitest';
import type { Intervention } from '../../shared/schemas';
import { call, expectError, pageClip, revisions, webcastClip } from './helpers';
import { ok, patch, send, sql, team, threeTurns, type Team } from './review-helpers';

const FORMATS = {
  md: { type: /^text\/markdown/, ext: '.md' },
  html: { type: /^text\/html/, ext: '.html' },
  csv: { type: /^text\/csv/, ext: '.csv' },
  json: { type: /^application\/json/, ext: '.json' },
  popolo: { type: /^application\/json/, ext: '.popolo.json' },
  jsonld: { type: /^application\/ld\+json/, ext: '.jsonld' },
  vtt: { type: /^text\/vtt/, ext: '.vtt' },
} as const;
type Format = keyof typeof FORMATS;

const APPROVED = 'France called for more NGO seats in every session';

let t: Team;
let dialogueId: string;
let france: Intervention;

const get = (format: string, include?: string, token = t.reviewer, id = dialogueId) =>
  call(`/dialogues/${id}/export?format=${format}${include ? `&include=${include}` : ''}`, { token });

beforeAll(async () => {
  t = await team('Exporters');
  const turns = await threeTurns(t);
  dialogueId = turns.dialogueId;
  france = turns.interventions[0]!;
  // A page quote of Chile's, whose selectors the JSON-LD carries.
  await send(t.observer, [pageClip(dialogueId, { speaker: 'Chile', capturedAt: '2026-07-01T13:01:50Z' })]);
  await ok(patch(t.reviewer, france.id, { baseVersion: france.version, summary: APPROVED, status: 'approved' }));
});

describe('GET /dialogues/{id}/export', () => {
  it.each(Object.keys(FORMATS) as Format[])('answers %s as an attachment of its type, named by the dialogue and format', async (format) => {
    const res = await get(format, 'all', t.observer);
    const body = await res.text();
    expect(res.status, body).toBe(200);
    expect(res.headers.get('content-type')).toMatch(FORMATS[format].type);
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="[^"/\\]+"$/);
    expect(disposition.endsWith(`${FORMATS[format].ext}"`)).toBe(true);
    expect(disposition).toContain('constructive-dialogue-on-trafficking-in-persons');
    expect(body).toContain('France');
    if (format === 'json' || format === 'popolo' || format === 'jsonld') expect(() => JSON.parse(body)).not.toThrow();
    if (format === 'vtt') expect(body.startsWith('WEBVTT')).toBe(true);
    if (format === 'html') expect(body).toMatch(/<html[\s>]/i);
    if (format !== 'vtt') expect(body).toContain(APPROVED);
  });

  it('holds approved interventions by default; include=all adds the drafts, marked as such', async () => {
    const approved = await (await get('md')).text();
    const all = await (await get('md', 'all')).text();
    expect(approved).toContain(APPROVED);
    expect(all).toContain(APPROVED);
    expect(approved).not.toContain('Chile');
    expect(all).toContain('Chile');
    expect(all).toMatch(/draft/i);

    const json = (format: string, include?: string) => get(format, include).then((r) => r.text());
    expect(await json('csv')).not.toContain('Peru');
    expect(await json('csv', 'all')).toContain('Peru');
    expect(await json('json')).not.toContain('Peru one');
    expect(await json('json', 'all')).toMatch(/"draft"/);
  });

  it('says on whose behalf a speaker spoke, as most observers typed it', async () => {
    const other = await team('Behalf');
    const { id } = await (await call('/dialogues', { token: other.admin, body: { title: 'Behalf', theme: 'firearms', date: '2026-07-02' } })).json<{ id: string }>();
    await send(other.observer, [
      webcastClip(id, { speaker: 'Portugal, on behalf of the European Union', start: 10, end: 70 }),
      webcastClip(id, { speaker: 'Portugal on behalf of the EU', start: 12, end: 69 }),
      webcastClip(id, { speaker: 'Portugal', start: 11, end: 71 }),
      webcastClip(id, { speaker: 'Chile', start: 80, end: 120 }),
    ]);
    const md = await (await get('md', 'all', other.reviewer, id)).text();
    expect(md).toMatch(/Portugal, speaking on behalf of (the )?European Union/);
    expect(md).not.toMatch(/Chile, speaking on behalf/);
    const json = JSON.parse(await (await get('json', 'all', other.reviewer, id)).text());
    expect(json.interventions.map((i: { onBehalfOf: string | null }) => i.onBehalfOf)).toEqual(['European Union', null]);
  });

  it("carries a page quote's TextQuoteSelector in the JSON-LD", async () => {
    const body = await (await get('jsonld', 'all')).text();
    const doc = JSON.parse(body);
    expect(JSON.stringify(doc)).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(body).toContain('TextQuoteSelector');
    expect(body).toContain('We support civil society');
  });

  it('is current: a clip stored since the last assembly is in it', async () => {
    // Written straight to the table, as if the after-response assembly had not run yet (its trigger bumps clips_revision).
    await sql(
      `INSERT INTO clips (id, team_id, dialogue_id, member_id, kind, url, speaker, tags, note, channel, quote_exact, captured_at, content_hash)
       VALUES (?, ?, ?, ?, 'page', 'https://www.unodc.org/peru.html', 'Peru', '[]', '', 'floor', 'Fresh words from Peru', '2026-07-01T13:04:00Z', 'h')`,
      crypto.randomUUID(), t.teamId, dialogueId, t.ids.observer,
    );
    expect(await revisions(dialogueId)).toMatchObject({ clips: expect.any(Number) });
    expect(await (await get('md', 'all')).text()).toContain('Fresh words from Peru');
    const after = await revisions(dialogueId);
    expect(after.assembled).toBe(after.clips);
  });

  it('names a bad format or include; another team, an unknown id and no token are refused', async () => {
    const badFormat = await expectError(await get('pdf'), 400, 'validation_failed');
    expect(badFormat.problems?.map((p) => p.path)).toEqual(['format']);
    const missing = await expectError(await call(`/dialogues/${dialogueId}/export`, { token: t.reviewer }), 400, 'validation_failed');
    expect(missing.problems?.map((p) => p.path)).toEqual(['format']);
    const badInclude = await expectError(await get('md', 'drafts'), 400, 'validation_failed');
    expect(badInclude.problems?.map((p) => p.path)).toEqual(['include']);

    const other = await team('Other exporters');
    await expectError(await get('md', undefined, other.admin), 404, 'not_found');
    await expectError(await get('md', undefined, t.admin, crypto.randomUUID()), 404, 'not_found');
    await expectError(await call(`/dialogues/${dialogueId}/export?format=md`), 401, 'unauthorized');
  });
});
