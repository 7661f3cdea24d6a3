import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Intervention } from '../../shared/schemas';
import { getDb } from '../../worker/db/client';
import { loadAssemblyInput } from '../../worker/repositories/assembly-input';
import { writeAssembly } from '../../worker/repositories/interventions';
import { assembleInput } from '../../worker/services/assembly';
import { addMember, callDeferred, callWith, countingD1, createDialogue, revisions, webcastClip } from './helpers';
import { merge, ok, patch, record, revisionsOf, send, split, team, threeTurns, type Team } from './review-helpers';

let t: Team;
let observers: string[];

beforeAll(async () => {
  t = await team('Review assembly');
  observers = await Promise.all([1, 2, 3, 4, 5].map((n) => addMember(t.teamId, 'observer', `observer ${n}`)));
});

const everyClipOnce = (interventions: Intervention[], expected: string[]) =>
  expect(interventions.flatMap((i) => i.clipIds).toSorted()).toEqual(expected.toSorted());

describe('a reviewed record under new clips', () => {
  it("keeps a reviewer's edits and approval through 100 new clips, attaching the overlapping ones as new", async () => {
    const { id } = await createDialogue(t.admin);
    const first = [
      webcastClip(id, { speaker: 'France', start: 100, end: 160, tags: ['victims'] }),
      webcastClip(id, { speaker: 'France', start: 104, end: 158 }),
      webcastClip(id, { speaker: 'Chile', start: 400, end: 460 }),
      webcastClip(id, { speaker: 'Peru', start: 800, end: 860 }),
    ];
    await send(observers[0]!, first.slice(0, 1).concat(first.slice(2)));
    await send(observers[1]!, first.slice(1, 2));
    const france = (await record(t.reviewer, id)).interventions[0]!;
    expect(france.speaker.code).toBe('FRA');

    const edited = await ok<Intervention>(
      patch(t.reviewer, france.id, { baseVersion: france.version, speaker: { name: 'Belgium' }, start: 98.5, end: 165, summary: 'Belgium on victims.' }),
    );
    const approved = await ok<Intervention>(patch(t.reviewer, france.id, { baseVersion: edited.version, status: 'approved' }));

    // 100 clips in 4 batches of 25 from four observers: 24 restate the approved turn (as France,
    // as observers typed it), the rest are elsewhere: later turns, and more on Chile's.
    const overlapping: string[] = [];
    const all = [...first.map((c) => c.id)];
    for (let batch = 0; batch < 4; batch++) {
      const clips = Array.from({ length: 25 }, (_, i) => {
        const n = batch * 25 + i;
        if (i < 6) return webcastClip(id, { speaker: 'France', start: 100 + n % 50, end: 110 + (n % 50), tags: ['new-tag'], note: `france ${n}` });
        if (i < 10) return webcastClip(id, { speaker: 'Chile', start: 400 + i, end: 455 });
        return webcastClip(id, { speaker: ['Mexico', 'Kenya', 'Japan'][n % 3], start: 1000 + n * 70, end: 1040 + n * 70 });
      });
      overlapping.push(...clips.slice(0, 6).map((c) => c.id));
      all.push(...clips.map((c) => c.id));
      await send(observers[batch + 1]!, clips);
    }
    expect(all).toHaveLength(104);

    const after = await record(t.observer, id);
    everyClipOnce(after.interventions, all);
    const kept = after.interventions.find((i) => i.id === france.id)!;
    expect(kept).toMatchObject({
      speaker: approved.speaker,
      start: 98.5,
      end: 165,
      summary: 'Belgium on victims.',
      status: 'approved',
      tags: approved.tags,
      locked: approved.locked,
      updatedBy: null,
    });
    expect(kept.speaker).toEqual({ name: 'Belgium', code: 'BEL', kind: 'state', known: true });
    expect(kept.clipIds).toEqual([...france.clipIds, ...overlapping].toSorted());
    expect(kept.newClipIds.toSorted()).toEqual(overlapping.toSorted());
    expect(kept.clips.filter((c) => c.new).map((c) => c.id).toSorted()).toEqual(overlapping.toSorted());
    expect(kept.notes).toEqual(expect.arrayContaining(['france 0', 'france 80']));
    expect(after.interventions.filter((i) => i.status === 'approved')).toHaveLength(1);
    expect(after.interventions.filter((i) => i.id !== france.id).every((i) => i.status === 'draft' && i.newClipIds.length === 0)).toBe(true);

    // Assembly's changes are in the history, by nobody, each one version up; the reviewer's stay below.
    const history = await revisionsOf(t.reviewer, france.id);
    expect(history.at(-1)).toMatchObject({ version: france.version, action: 'assembled', by: null });
    const assembled = history.filter((r) => r.version > approved.version);
    expect(assembled.length).toBeGreaterThan(0);
    expect(assembled.every((r) => r.action === 'assembled' && r.by === null && 'clipIds' in r.changes)).toBe(true);
    expect(kept.version).toBe(approved.version + assembled.length);
    expect(history.map((r) => r.version)).toEqual(history.map((_, i) => kept.version - i));

    // A reviewer writing it again has seen the new clips.
    const seen = await ok<Intervention>(patch(t.reviewer, france.id, { baseVersion: kept.version, summary: 'Seen all.' }));
    expect(seen.newClipIds).toEqual([]);
    expect(seen.clips.every((c) => !c.new)).toBe(true);
  });

  it('keeps locked fields and lets unlocked ones follow assembly', async () => {
    const { dialogueId, interventions: [, chile] } = await threeTurns(t);
    const edited = await ok<Intervention>(patch(t.reviewer, chile!.id, { baseVersion: chile!.version, start: 95, summary: 'Chile.' }));
    // Chile goes on for longer, with a new tag: the end and the tags follow, the start stays.
    await send(observers[0]!, [webcastClip(dialogueId, { speaker: 'Chile', start: 110, end: 190, tags: ['late'] })]);
    const after = (await record(t.admin, dialogueId)).interventions.find((i) => i.id === chile!.id)!;
    expect(after).toMatchObject({ start: 95, summary: 'Chile.', locked: ['start', 'summary'], status: 'draft', version: edited.version + 1 });
    expect(after.end).toBeGreaterThan(edited.end!);
    expect(after.tags).toContain('late');
    expect(after.newClipIds).toHaveLength(1);
  });

  it('keeps a merge merged and a split split when new clips arrive', async () => {
    const { dialogueId, interventions: [fr, cl, pe] } = await threeTurns(t);
    await ok(merge(t.reviewer, { ids: [cl!.id, fr!.id], baseVersions: [1, 1] }));
    const halves = await ok<{ interventions: Intervention[] }>(split(t.reviewer, pe!.id, { baseVersion: 1, at: 230 }));
    const second = halves.interventions[1]!;
    expect(second.clipIds).toEqual([]);
    await send(observers[1]!, [
      webcastClip(dialogueId, { speaker: 'Chile', start: 120, end: 150 }),
      webcastClip(dialogueId, { speaker: 'Peru', start: 210, end: 225 }),
      webcastClip(dialogueId, { speaker: 'Peru', start: 235, end: 250 }),
    ]);
    const after = await record(t.admin, dialogueId);
    expect(after.interventions.map((i) => [i.id, i.clipIds.length, i.newClipIds.length])).toEqual([
      [fr!.id, 5, 1],
      [pe!.id, 3, 1],
      [second.id, 1, 1],
    ]);
    expect(after.interventions.map((i) => i.position)).toEqual([0, 1, 2]);
  });

  it("never lets an assembly that read the record before a reviewer's write overwrite it; the next read catches up", async () => {
    const { dialogueId, interventions: [fr] } = await threeTurns(t);
    const db = getDb(env.DB);
    await env.DB.prepare('UPDATE dialogues SET clips_revision = clips_revision + 1 WHERE id = ?').bind(dialogueId).run();
    const old = (await loadAssemblyInput(db, t.teamId, dialogueId))!;
    await ok(patch(t.reviewer, fr!.id, { baseVersion: 1, summary: 'mine', start: 1 }));
    expect(await writeAssembly(db, { teamId: t.teamId, dialogueId, revision: old.dialogue.clipsRevision, ...(await assembleInput(db, old)) })).toBe(false);
    const after = await record(t.admin, dialogueId);
    expect(after.interventions[0]).toMatchObject({ id: fr!.id, summary: 'mine', start: 1, version: 2 });
    const now = await revisions(dialogueId);
    expect(now.assembled).toBe(now.clips);
  });

  it('refuses an edit based on a draft assembly has changed since', async () => {
    const { dialogueId, interventions: [fr] } = await threeTurns(t);
    await send(observers[2]!, [webcastClip(dialogueId, { speaker: 'France', start: 30, end: 90 })]);
    const now = (await record(t.admin, dialogueId)).interventions[0]!;
    expect(now).toMatchObject({ id: fr!.id, version: 2, status: 'draft' });
    expect(now.end).toBeGreaterThan(fr!.end!);
    const res = await patch(t.reviewer, fr!.id, { baseVersion: 1, summary: 'based on what I saw' });
    expect(res.status).toBe(409);
    expect(await revisionsOf(t.admin, fr!.id)).toEqual([]);
  });
});

describe('statements', () => {
  it('an edit costs 7 statements, token lookup included: one read batch and one write batch', async () => {
    const { interventions: [fr] } = await threeTurns(t);
    await callWith({}, '/me', { token: t.reviewer });
    const counting = countingD1(env.DB);
    const res = await callWith({ DB: counting.db }, `/interventions/${fr!.id}`, { method: 'PATCH', token: t.reviewer, body: { baseVersion: 1, summary: 'x' } });
    expect(res.status).toBe(200);
    // token (1) + intervention, clips, revisions (3) + revisions, update, review_revision (3)
    expect(counting.statements()).toBe(7);
  });

  it('ingest-time assembly writes reviewed interventions only when it changes them', async () => {
    const { dialogueId, interventions: [fr] } = await threeTurns(t);
    await ok(patch(t.reviewer, fr!.id, { baseVersion: 1, status: 'approved' }));
    await callWith({}, '/me', { token: t.observer });
    const assemblyCost = async (clip: unknown) => {
      const counting = countingD1(env.DB);
      const { res, settled } = await callDeferred({ DB: counting.db }, '/clips', { token: t.observer, body: { clips: [clip] } });
      expect(res.status).toBe(200);
      const atResponse = counting.statements();
      await settled();
      return counting.statements() - atResponse;
    };
    // Elsewhere: the approved one is left alone; the same 10 as a record without reviews.
    expect(await assemblyCost(webcastClip(dialogueId, { speaker: 'Mexico', start: 2000, end: 2050 }))).toBe(10);
    const before = (await revisionsOf(t.admin, fr!.id)).length;
    // Onto it: plus its update and its 'assembled' revision.
    expect(await assemblyCost(webcastClip(dialogueId, { speaker: 'France', start: 10, end: 50 }))).toBe(12);
    expect(await revisionsOf(t.admin, fr!.id)).toHaveLength(before + 1);
  });
});
