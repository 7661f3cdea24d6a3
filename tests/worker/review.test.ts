import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Intervention } from '../../shared/schemas';
import { addMember, call, createDialogue, expectError, webcastClip } from './helpers';
import { history, merge, ok, patch, record, restore, revisionsOf, send, split, threeTurns, team, type Team } from './review-helpers';

let a: Team;
let b: Team;

beforeAll(async () => {
  a = await team('Team A');
  b = await team('Team B');
});

const roles = ['admin', 'reviewer', 'observer'] as const;

describe('review routes × roles', () => {
  it('let reviewers and admins edit, split, merge and restore, and refuse observers with 403, writing nothing', async () => {
    for (const role of roles) {
      const { dialogueId, interventions: [fr, cl, pe] } = await threeTurns(a);
      const token = a[role];
      const writes = [
        () => patch(token, fr!.id, { baseVersion: 1, summary: 'France opened' }),
        () => split(token, cl!.id, { baseVersion: 1, at: 130 }),
        () => merge(token, { ids: [pe!.id, fr!.id], baseVersions: [1, 2] }),
        () => restore(token, fr!.id, { baseVersion: 3, version: 1 }),
      ];
      if (role === 'observer') {
        for (const write of writes) await expectError(await write(), 403, 'forbidden');
        const after = await record(a.admin, dialogueId);
        expect(after.interventions.map((i) => [i.version, i.summary, i.locked])).toEqual([[1, '', []], [1, '', []], [1, '', []]]);
        continue;
      }
      for (const write of writes) expect((await write()).status, role).toBe(200);
      const after = await record(a.admin, dialogueId);
      expect(after.interventions.map((i) => i.speaker.code)).toEqual(['FRA', 'CHL', 'CHL']);
      expect(after.interventions[0]).toMatchObject({ version: 4, summary: '', updatedBy: { id: a.ids[role] } });
    }
  });

  it('let every role of the team read the history', async () => {
    const { interventions: [fr] } = await threeTurns(a);
    await ok(patch(a.reviewer, fr!.id, { baseVersion: 1, status: 'approved' }));
    for (const role of roles) expect((await revisionsOf(a[role], fr!.id)).map((r) => r.action)).toEqual(['status', 'assembled']);
  });

  it('refuse a missing or unknown token with 401', async () => {
    const { interventions: [fr] } = await threeTurns(a);
    for (const token of [null, 'udc_unknown']) {
      await expectError(await patch(token as string, fr!.id, { baseVersion: 1, summary: 'x' }), 401, 'unauthorized');
      await expectError(await history(token as string, fr!.id), 401, 'unauthorized');
      await expectError(await merge(token as string, { ids: [fr!.id, 'x'], baseVersions: [1, 1] }), 401, 'unauthorized');
    }
  });
});

describe('another team', () => {
  it('gets 404 reading, editing, splitting, merging and restoring, and nothing changes', async () => {
    const { dialogueId, interventions: [fr, cl] } = await threeTurns(a);
    await ok(patch(a.reviewer, fr!.id, { baseVersion: 1, summary: 'ours' }));
    const { interventions: [theirs] } = await threeTurns(b);
    for (const token of [b.admin, b.reviewer]) {
      await expectError(await history(token, fr!.id), 404, 'not_found');
      await expectError(await patch(token, fr!.id, { baseVersion: 2, summary: 'theirs' }), 404, 'not_found');
      await expectError(await split(token, cl!.id, { baseVersion: 1, at: 130 }), 404, 'not_found');
      await expectError(await restore(token, fr!.id, { baseVersion: 2, version: 1 }), 404, 'not_found');
      await expectError(await merge(token, { ids: [fr!.id, cl!.id], baseVersions: [2, 1] }), 404, 'not_found');
      // One of its own and one foreign: still 404, and its own is left alone.
      await expectError(await merge(token, { ids: [theirs!.id, cl!.id], baseVersions: [1, 1] }), 404, 'not_found');
    }
    await expectError(await history(b.observer, fr!.id), 404, 'not_found');
    const after = await record(a.admin, dialogueId);
    expect(after.interventions.map((i) => [i.version, i.summary])).toEqual([[2, 'ours'], [1, ''], [1, '']]);
    expect((await record(b.admin, (await call(`/dialogues`, { token: b.admin }).then((r) => r.json<{ dialogues: { id: string }[] }>())).dialogues[0]!.id)).interventions[0]!.version).toBe(1);
  });

  it('gets 404 for unknown ids', async () => {
    await expectError(await patch(a.admin, 'no-such-intervention', { baseVersion: 1, summary: 'x' }), 404, 'not_found');
    await expectError(await history(a.admin, 'no-such-intervention'), 404, 'not_found');
  });
});

describe('dialogue counts', () => {
  it('count interventions by status in GET /dialogues and GET /dialogues/:id, merged-away ones not', async () => {
    const { dialogueId, interventions: [fr, cl, pe] } = await threeTurns(a);
    await ok(patch(a.reviewer, fr!.id, { baseVersion: 1, status: 'approved' }));
    await ok(patch(a.reviewer, cl!.id, { baseVersion: 1, status: 'rejected' }));
    await ok(merge(a.reviewer, { ids: [cl!.id, pe!.id], baseVersions: [2, 1] }));
    const counts = { draft: 0, 'needs-review': 1, reviewed: 0, approved: 1, rejected: 0 };
    const list = await (await call('/dialogues', { token: a.observer })).json<{ dialogues: { id: string; counts: unknown }[] }>();
    expect(list.dialogues.find((d) => d.id === dialogueId)!.counts).toEqual(counts);
    expect((await (await call(`/dialogues/${dialogueId}`, { token: a.observer })).json<{ counts: unknown }>()).counts).toEqual(counts);
    const empty = await createDialogue(a.admin);
    expect((await (await call(`/dialogues/${empty.id}`, { token: a.admin })).json<{ counts: unknown }>()).counts).toEqual({
      draft: 0,
      'needs-review': 0,
      reviewed: 0,
      approved: 0,
      rejected: 0,
    });
    const theirs = await (await call('/dialogues', { token: b.admin })).json<{ dialogues: { id: string }[] }>();
    expect(theirs.dialogues.map((d) => d.id)).not.toContain(dialogueId);
  });
});

describe('PATCH /interventions/:id', () => {
  it('sets and locks each field given, one version up, with a revision of who changed what', async () => {
    const { dialogueId, interventions: [fr] } = await threeTurns(a);
    const edited = await ok<Intervention>(
      patch(a.reviewer, fr!.id, { baseVersion: 1, speaker: { name: 'Belgique' }, start: 2, end: 58, summary: 'Opened.', tags: ['victims', 'victims'], reason: 'checked the video' }),
    );
    expect(edited).toMatchObject({
      id: fr!.id,
      version: 2,
      speaker: { name: 'Belgium', code: 'BEL', kind: 'state', known: true },
      start: 2,
      end: 58,
      openEnd: false,
      summary: 'Opened.',
      tags: ['victims'],
      status: 'draft',
      locked: ['speaker', 'start', 'end', 'summary', 'tags'],
      newClipIds: [],
      clipIds: fr!.clipIds,
      updatedBy: { id: a.ids.reviewer, name: 'Team A reviewer' },
    });
    expect(Date.parse(edited.updatedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await record(a.observer, dialogueId)).interventions[0]).toEqual({ ...edited, undoable: null });

    const [edit, base] = await revisionsOf(a.observer, fr!.id);
    expect(base).toMatchObject({ version: 1, action: 'assembled', by: null, changes: {}, snapshot: { speaker: { code: 'FRA' }, start: 0, locked: [] } });
    expect(edit).toMatchObject({
      version: 2,
      action: 'edit',
      by: { id: a.ids.reviewer, name: 'Team A reviewer' },
      reason: 'checked the video',
      changes: { speaker: { from: { code: 'FRA' }, to: { code: 'BEL' } }, start: { from: 0, to: 2 }, summary: { from: '', to: 'Opened.' } },
      snapshot: { summary: 'Opened.', locked: ['speaker', 'start', 'end', 'summary', 'tags'] },
    });
    expect(edit!.at).toBe(edited.updatedAt);

    const approved = await ok<Intervention>(patch(a.admin, fr!.id, { baseVersion: 2, status: 'approved' }));
    expect(approved).toMatchObject({ version: 3, status: 'approved', locked: ['speaker', 'start', 'end', 'summary', 'tags', 'status'] });
    expect((await revisionsOf(a.admin, fr!.id))[0]).toMatchObject({ version: 3, action: 'status', changes: { status: { from: 'draft', to: 'approved' } } });
  });

  it('takes a speaker code of the table or a free name', async () => {
    const { interventions: [fr] } = await threeTurns(a);
    const coded = await ok<Intervention>(patch(a.reviewer, fr!.id, { baseVersion: 1, speaker: { name: 'Delegation of Brazil', code: 'BRA' } }));
    expect(coded.speaker).toEqual({ name: 'Delegation of Brazil', code: 'BRA', kind: 'state', known: true });
    const free = await ok<Intervention>(patch(a.reviewer, fr!.id, { baseVersion: 2, speaker: { name: '  Global  Alliance ', code: null } }));
    expect(free.speaker).toEqual({ name: 'Global Alliance', code: null, kind: null, known: false });
    const body = await expectError(await patch(a.reviewer, fr!.id, { baseVersion: 3, speaker: { name: 'X', code: 'NOPE' } }), 400, 'validation_failed');
    expect(body.problems).toEqual([{ path: 'speaker.code', message: expect.any(String) }]);
  });

  it('answers 400 naming the field, writing nothing', async () => {
    const { dialogueId, interventions: [fr] } = await threeTurns(a);
    const cases: [unknown, string][] = [
      [{ baseVersion: 1, start: 50, end: 10 }, 'start'],
      [{ baseVersion: 1, start: 70 }, 'start'],
      [{ baseVersion: 1, end: -1 }, 'end'],
      [{ baseVersion: 1, status: 'done' }, 'status'],
      [{ baseVersion: 1, colour: 'red' }, '(body)'],
      [{ baseVersion: 1 }, '(body)'],
      [{ summary: 'no base' }, 'baseVersion'],
      [{ baseVersion: 1, summary: 'x'.repeat(10_001) }, 'summary'],
      [{ baseVersion: 1, tags: [''] }, 'tags.0'],
    ];
    for (const [body, path] of cases) {
      const error = await expectError(await patch(a.reviewer, fr!.id, body), 400, 'validation_failed');
      expect(error.problems?.map((p) => p.path), JSON.stringify(body)).toContain(path);
    }
    expect((await record(a.admin, dialogueId)).interventions[0]).toMatchObject({ version: 1, locked: [] });
    expect(await revisionsOf(a.admin, fr!.id)).toEqual([]);
  });

  it('answers 409 with the current state to an edit based on an older version', async () => {
    const { dialogueId, interventions: [fr] } = await threeTurns(a);
    const first = await ok<Intervention>(patch(a.reviewer, fr!.id, { baseVersion: 1, summary: 'first' }));
    const res = await patch(a.admin, fr!.id, { baseVersion: 1, summary: 'second' });
    expect(res.status).toBe(409);
    const body = await res.json<{ error: { code: string; message: string }; current: Intervention }>();
    expect(body.error).toEqual({ code: 'stale', message: expect.any(String) });
    expect(body.current).toEqual(first);
    expect((await record(a.admin, dialogueId)).interventions[0]).toEqual({ ...first, undoable: null });
    expect((await revisionsOf(a.admin, fr!.id)).map((r) => r.version)).toEqual([2, 1]);
    for (const res of [await split(a.admin, fr!.id, { baseVersion: 1, at: 30 }), await restore(a.admin, fr!.id, { baseVersion: 1, version: 1 })]) {
      expect(res.status).toBe(409);
      expect((await res.json<{ current: Intervention }>()).current.version).toBe(2);
    }
  });

  it('lets exactly one of two simultaneous edits of one version through', async () => {
    const { interventions: [fr] } = await threeTurns(a);
    const results = await Promise.all(['one', 'two', 'three'].map((summary) => patch(a.reviewer, fr!.id, { baseVersion: 1, summary })));
    expect(results.map((r) => r.status).toSorted()).toEqual([200, 409, 409]);
    expect((await revisionsOf(a.admin, fr!.id)).map((r) => r.version)).toEqual([2, 1]);
  });

  it('counts a speaker conflict resolved once a reviewer locked the speaker; a restore without the lock shows it again', async () => {
    const { id } = await createDialogue(a.admin);
    const [o1, o2, o3] = await Promise.all([1, 2, 3].map((n) => addMember(a.teamId, 'observer', `observer ${n}`)));
    await send(o1!, [webcastClip(id, { start: 10, end: 70, speaker: 'France' })]);
    await send(o2!, [webcastClip(id, { start: 10, end: 70, speaker: 'France' })]);
    await send(o3!, [webcastClip(id, { start: 10, end: 70, speaker: 'Germany' })]);
    const [iv] = (await record(a.admin, id)).interventions;
    expect(iv!.conflicts.map((c) => c.kind)).toEqual(['speaker']);
    // Writing something else does not settle who spoke.
    const summarised = await ok<Intervention>(patch(a.reviewer, iv!.id, { baseVersion: iv!.version, summary: 'On victims.' }));
    expect(summarised.conflicts.map((c) => c.kind)).toEqual(['speaker']);
    const resolved = await ok<Intervention>(patch(a.reviewer, iv!.id, { baseVersion: summarised.version, speaker: { name: 'France' } }));
    expect(resolved.conflicts).toEqual([]);
    expect((await record(a.observer, id)).interventions[0]!.conflicts).toEqual([]);
    const restored = await ok<Intervention>(restore(a.admin, iv!.id, { baseVersion: resolved.version, version: summarised.version }));
    expect(restored).toMatchObject({ locked: ['summary'], summary: 'On victims.', version: resolved.version + 1 });
    expect(restored.conflicts.map((c) => c.kind)).toEqual(['speaker']);
    expect((await revisionsOf(a.admin, iv!.id))[0]).toMatchObject({ action: 'restore', reason: `restored version ${summarised.version}` });
  });
});

describe('split, merge and restore', () => {
  it('splits by clip start: the first half keeps the id, both lock their times, both have a history', async () => {
    const { dialogueId, interventions: [fr] } = await threeTurns(a);
    // France's clips start at 0 and 5: split at 3 sends the second one over.
    const { interventions: halves } = await ok<{ interventions: Intervention[] }>(split(a.reviewer, fr!.id, { baseVersion: 1, at: 3 }));
    const [first, second] = halves;
    expect(first).toMatchObject({ id: fr!.id, start: 0, end: 3, version: 2, locked: ['start', 'end'], position: 0 });
    expect(second).toMatchObject({ start: 3, end: 60, version: 1, locked: ['start', 'end'], position: 1, summary: '' });
    expect(second!.id).not.toBe(fr!.id);
    expect([...first!.clipIds, ...second!.clipIds].toSorted()).toEqual(fr!.clipIds);
    expect(first!.notes).toEqual(['France one']);
    expect(second!.notes).toEqual(['France two']);
    const after = await record(a.observer, dialogueId);
    expect(after.interventions.map((i) => [i.id, i.position])).toEqual([
      [fr!.id, 0],
      [second!.id, 1],
      [after.interventions[2]!.id, 2],
      [after.interventions[3]!.id, 3],
    ]);
    expect(after.interventions.slice(0, 2)).toEqual(halves.map((h) => ({ ...h, undoable: 'split' })));
    expect((await revisionsOf(a.admin, fr!.id)).map((r) => [r.version, r.action])).toEqual([[2, 'split'], [1, 'assembled']]);
    expect((await revisionsOf(a.admin, second!.id))[0]).toMatchObject({ version: 1, action: 'split', changes: { splitFrom: { from: null, to: fr!.id } } });
    for (const at of [0, 3, 60, 500]) {
      const error = await expectError(await split(a.reviewer, fr!.id, { baseVersion: 2, at }), 400, 'validation_failed');
      expect(error.problems).toEqual([{ path: 'at', message: expect.any(String) }]);
    }
  });

  it('merges into the earlier one; the other leaves the record, keeps its history and can no longer be edited', async () => {
    const { dialogueId, interventions: [fr, cl, pe] } = await threeTurns(a);
    // Positions stay without gaps when one merged away stood before another.
    await env.DB.prepare('UPDATE interventions SET position = 5 WHERE id = ?').bind(cl!.id).run();
    const { intervention } = await ok<{ intervention: Intervention }>(merge(a.reviewer, { ids: [pe!.id, cl!.id], baseVersions: [1, 1] }));
    expect(intervention).toMatchObject({ id: cl!.id, start: 100, end: 260, version: 2, position: 1, locked: ['speaker', 'start', 'end'] });
    expect(intervention.clipIds).toEqual([...cl!.clipIds, ...pe!.clipIds].toSorted());
    const after = await record(a.admin, dialogueId);
    expect(after.interventions.map((i) => i.id)).toEqual([fr!.id, cl!.id]);
    expect(after.interventions[1]).toEqual({ ...intervention, undoable: 'merge' });
    expect((await revisionsOf(a.observer, pe!.id))[0]).toMatchObject({ version: 2, action: 'merge', changes: { mergedInto: { from: null, to: cl!.id } } });
    await expectError(await patch(a.reviewer, pe!.id, { baseVersion: 2, summary: 'x' }), 404, 'not_found');
    await expectError(await merge(a.reviewer, { ids: [fr!.id, pe!.id], baseVersions: [1, 2] }), 404, 'not_found');

    const stale = await merge(a.reviewer, { ids: [fr!.id, cl!.id], baseVersions: [1, 1] });
    expect(stale.status).toBe(409);
    expect((await stale.json<{ current: Intervention }>()).current).toEqual(intervention);

    const other = await threeTurns(a);
    const across = await expectError(await merge(a.reviewer, { ids: [fr!.id, other.interventions[0]!.id], baseVersions: [1, 1] }), 400, 'validation_failed');
    expect(across.problems).toEqual([{ path: 'ids', message: expect.any(String) }]);
    await expectError(await merge(a.reviewer, { ids: [fr!.id, fr!.id], baseVersions: [1, 1] }), 400, 'validation_failed');
  });

  it('refuses to restore a version the intervention never had', async () => {
    const { interventions: [fr] } = await threeTurns(a);
    await ok(patch(a.reviewer, fr!.id, { baseVersion: 1, summary: 'x' }));
    const error = await expectError(await restore(a.reviewer, fr!.id, { baseVersion: 2, version: 7 }), 400, 'validation_failed');
    expect(error.problems).toEqual([{ path: 'version', message: expect.any(String) }]);
  });
});
