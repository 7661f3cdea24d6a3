import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Intervention, UndoResult } from '../../shared/schemas';
import { call, expectError, webcastClip } from './helpers';
import { merge, ok, patch, record, revisionsOf, send, split, sql, team, threeTurns, type Team } from './review-helpers';

let a: Team;
let b: Team;

beforeAll(async () => {
  a = await team('Undo A');
  b = await team('Undo B');
});

const undo = (token: string, id: string, body: unknown) => call(`/interventions/${id}/undo`, { token, body });

/** What the record shows of an intervention, without the version and who wrote it last. */
const shown = ({ version: _v, updatedAt: _a, updatedBy: _b, ...rest }: Intervention) => rest;
const recordOf = async (dialogueId: string) => (await record(a.admin, dialogueId)).interventions.map(shown);

async function refused(res: Response, code: string, current: Intervention) {
  const body = await res.json<{ error: { code: string; message: string }; current: Intervention }>();
  expect({ status: res.status, code: body.error.code }).toEqual({ status: 409, code });
  expect(body.error.message.length).toBeGreaterThan(10);
  expect(body.current).toMatchObject({ id: current.id, version: current.version });
  return body;
}

const revisionCount = async () => (await sql<{ n: number }>('SELECT COUNT(*) AS n FROM revisions'))[0]!.n;

describe('undoing a merge', () => {
  it('brings both back with their clips, fields, status and locks, in record order, as an undo-merge revision', async () => {
    const { dialogueId, interventions: [fr, cl, pe] } = await threeTurns(a);
    const edited = await ok<Intervention>(patch(a.reviewer, fr!.id, { baseVersion: 1, summary: 'France on victims', tags: ['victims'] }));
    await ok(patch(a.reviewer, pe!.id, { baseVersion: 1, status: 'approved' }));
    const before = await recordOf(dialogueId);
    const { intervention } = await ok<{ intervention: Intervention }>(merge(a.reviewer, { ids: [fr!.id, pe!.id], baseVersions: [edited.version, 2] }));
    expect((await record(a.admin, dialogueId)).interventions).toHaveLength(2);

    const result = await ok<UndoResult>(undo(a.reviewer, fr!.id, { baseVersion: intervention.version }));
    expect(result.undone).toBe('merge');
    expect(result.interventions.map((i) => [i.id, i.version, i.updatedBy?.id])).toEqual([
      [fr!.id, intervention.version + 1, a.ids.reviewer],
      [pe!.id, 4, a.ids.reviewer],
    ]);
    expect(await recordOf(dialogueId)).toEqual(before);
    expect(result.interventions.map((i) => ({ ...shown(i), undoable: null }))).toEqual([before[0], before[2]]);
    expect(before[2]).toMatchObject({ status: 'approved', locked: ['status'] });

    const [frTop] = await revisionsOf(a.observer, fr!.id);
    expect(frTop).toMatchObject({ action: 'undo-merge', by: { id: a.ids.reviewer }, changes: { mergedFrom: { from: pe!.id, to: null } } });
    expect(frTop!.reason).toMatch(/undid the merge/);
    expect((await revisionsOf(a.observer, pe!.id)).map((r) => r.action)).toEqual(['undo-merge', 'merge', 'status', 'assembled']);
    expect(cl).toBeDefined();
  });

  it('sends a clip that arrived after the merge to the one whose span holds it, and keeps both through re-assembly', async () => {
    const { dialogueId, interventions: [fr, cl] } = await threeTurns(a);
    const { intervention } = await ok<{ intervention: Intervention }>(merge(a.reviewer, { ids: [fr!.id, cl!.id], baseVersions: [1, 1] }));
    await send(a.observer, [webcastClip(dialogueId, { speaker: 'Chile', start: 120, end: 150, note: 'late Chile' })]);
    const merged = (await record(a.admin, dialogueId)).interventions[0]!;
    expect(merged.clipIds).toHaveLength(5);

    await ok(undo(a.reviewer, fr!.id, { baseVersion: merged.version }));
    const back = (await record(a.admin, dialogueId)).interventions;
    expect(back.map((i) => [i.id, i.clipIds.length])).toEqual([[fr!.id, 2], [cl!.id, 3], [expect.any(String), 2]]);
    expect(back[1]!.notes).toContain('late Chile');
    expect(back[1]!.newClipIds).toHaveLength(1);
    expect(intervention.id).toBe(fr!.id);

    // Later clips attach as they would have without the merge: France's to France, Chile's to Chile.
    await send(a.observer, [
      webcastClip(dialogueId, { speaker: 'France', start: 20, end: 40, note: 'more France' }),
      webcastClip(dialogueId, { speaker: 'Chile', start: 110, end: 140, note: 'more Chile' }),
    ]);
    const after = (await record(a.admin, dialogueId)).interventions;
    expect(after.map((i) => [i.id, i.speaker.code, i.clipIds.length])).toEqual([
      [fr!.id, 'FRA', 3],
      [cl!.id, 'CHL', 4],
      [expect.any(String), 'PER', 2],
    ]);
    expect(after[0]!.notes).toContain('more France');
    expect(after[1]!.notes).toContain('more Chile');
    expect(after.map((i) => i.position)).toEqual([0, 1, 2]);
    expect(after.flatMap((i) => i.clipIds).length).toBe(new Set(after.flatMap((i) => i.clipIds)).size);
  });
  it('takes back edits made after the merge too (the history keeps them, a restore brings them back)', async () => {
    const { dialogueId, interventions: [fr, cl] } = await threeTurns(a);
    const before = await recordOf(dialogueId);
    const { intervention } = await ok<{ intervention: Intervention }>(merge(a.reviewer, { ids: [fr!.id, cl!.id], baseVersions: [1, 1] }));
    const edited = await ok<Intervention>(patch(a.reviewer, fr!.id, { baseVersion: intervention.version, summary: 'France and Chile', status: 'reviewed' }));
    await ok(undo(a.reviewer, fr!.id, { baseVersion: edited.version }));
    expect(await recordOf(dialogueId)).toEqual(before);
    const history = await revisionsOf(a.reviewer, fr!.id);
    expect(history.map((r) => r.action)).toEqual(['undo-merge', 'edit', 'merge', 'assembled']);
    expect(history[0]!.changes).toMatchObject({ summary: { from: 'France and Chile', to: '' }, status: { from: 'reviewed', to: 'draft' } });
  });
});

describe('undoing a split', () => {
  it('rejoins the halves, from either one, as they were before the split; later clips join the one', async () => {
    for (const from of ['first', 'second'] as const) {
      const { dialogueId, interventions: [, cl] } = await threeTurns(a);
      await ok(patch(a.reviewer, cl!.id, { baseVersion: 1, summary: 'Chile', status: 'reviewed' }));
      const before = await recordOf(dialogueId);
      const { interventions: halves } = await ok<{ interventions: Intervention[] }>(split(a.reviewer, cl!.id, { baseVersion: 2, at: 130 }));
      const named = from === 'first' ? halves[0]! : halves[1]!;

      const result = await ok<UndoResult>(undo(a.reviewer, named.id, { baseVersion: named.version }));
      expect(result).toMatchObject({ undone: 'split', interventions: [{ id: cl!.id, version: 4 }] });
      expect(await recordOf(dialogueId)).toEqual(before);
      expect((await revisionsOf(a.reviewer, cl!.id))[0]).toMatchObject({ action: 'undo-split', changes: { splitInto: { from: halves[1]!.id, to: null } } });
      expect((await revisionsOf(a.reviewer, halves[1]!.id)).map((r) => r.action)).toEqual(['undo-split', 'split']);

      await send(a.observer, [webcastClip(dialogueId, { speaker: 'Chile', start: 140, end: 155, note: 'after the undo' })]);
      const after = (await record(a.admin, dialogueId)).interventions;
      expect(after.map((i) => i.id)).toEqual(before.map((i) => i.id));
      expect(after[1]).toMatchObject({ id: cl!.id, summary: 'Chile', status: 'reviewed', start: 100 });
      expect(after[1]!.clipIds).toHaveLength(3);
    }
  });
});

describe('undos stack', () => {
  it('take back a split of the merged one, then the merge; then there is nothing left to undo', async () => {
    const { dialogueId, interventions: [fr, cl] } = await threeTurns(a);
    const before = await recordOf(dialogueId);
    const { intervention } = await ok<{ intervention: Intervention }>(merge(a.reviewer, { ids: [fr!.id, cl!.id], baseVersions: [1, 1] }));
    const { interventions: halves } = await ok<{ interventions: Intervention[] }>(split(a.reviewer, fr!.id, { baseVersion: intervention.version, at: 80 }));
    const one = await ok<UndoResult>(undo(a.reviewer, fr!.id, { baseVersion: halves[0]!.version }));
    expect(one.undone).toBe('split');
    const two = await ok<UndoResult>(undo(a.reviewer, fr!.id, { baseVersion: one.interventions[0]!.version }));
    expect(two.undone).toBe('merge');
    expect(await recordOf(dialogueId)).toEqual(before);
    await refused(await undo(a.reviewer, fr!.id, { baseVersion: two.interventions[0]!.version }), 'nothing_to_undo', two.interventions[0]!);
    expect((await revisionsOf(a.admin, fr!.id)).map((r) => r.action)).toEqual(['undo-merge', 'undo-split', 'split', 'merge', 'assembled']);
  });
});

describe('refusals', () => {
  it('refuses a stale baseVersion with 409 and the intervention now, writing nothing', async () => {
    const { dialogueId, interventions: [fr, cl] } = await threeTurns(a);
    const { intervention } = await ok<{ intervention: Intervention }>(merge(a.reviewer, { ids: [fr!.id, cl!.id], baseVersions: [1, 1] }));
    const revisionsBefore = await revisionCount();
    const recordBefore = await recordOf(dialogueId);
    await refused(await undo(a.reviewer, fr!.id, { baseVersion: 1 }), 'stale', intervention);
    expect(await revisionCount()).toBe(revisionsBefore);
    expect(await recordOf(dialogueId)).toEqual(recordBefore);
  });

  it('refuses observers with 403 and other teams with 404, writing nothing', async () => {
    const { dialogueId, interventions: [fr, cl] } = await threeTurns(a);
    const { intervention } = await ok<{ intervention: Intervention }>(merge(a.reviewer, { ids: [fr!.id, cl!.id], baseVersions: [1, 1] }));
    const recordBefore = await recordOf(dialogueId);
    await expectError(await undo(a.observer, fr!.id, { baseVersion: intervention.version }), 403, 'forbidden');
    await expectError(await undo(b.admin, fr!.id, { baseVersion: intervention.version }), 404, 'not_found');
    await expectError(await undo(b.reviewer, cl!.id, { baseVersion: 2 }), 404, 'not_found');
    // The merged-away one is not in the record: the undo is asked of the one it was merged into.
    await expectError(await undo(a.reviewer, cl!.id, { baseVersion: 2 }), 404, 'not_found');
    expect(await recordOf(dialogueId)).toEqual(recordBefore);
    expect(await revisionsOf(a.admin, fr!.id)).toHaveLength(2);
  });

  it('answers nothing_to_undo for an intervention never merged or split, and for a merged-away half brought back', async () => {
    const { interventions: [fr, cl] } = await threeTurns(a);
    await refused(await undo(a.admin, fr!.id, { baseVersion: 1 }), 'nothing_to_undo', fr!);
    const { intervention } = await ok<{ intervention: Intervention }>(merge(a.reviewer, { ids: [fr!.id, cl!.id], baseVersions: [1, 1] }));
    const { interventions } = await ok<UndoResult>(undo(a.reviewer, fr!.id, { baseVersion: intervention.version }));
    await refused(await undo(a.admin, cl!.id, { baseVersion: interventions[1]!.version }), 'nothing_to_undo', interventions[1]!);
  });

  it('refuses with undo_ambiguous when the other half was merged or split since, writing nothing', async () => {
    // The split's second half merged with Peru: which Peru clips would go where is not for us to guess.
    const t1 = await threeTurns(a);
    const [, cl1, pe1] = t1.interventions;
    const halves1 = (await ok<{ interventions: Intervention[] }>(split(a.reviewer, cl1!.id, { baseVersion: 1, at: 130 }))).interventions;
    await ok(merge(a.reviewer, { ids: [halves1[1]!.id, pe1!.id], baseVersions: [1, 1] }));
    const count = await revisionCount();
    const body = await refused(await undo(a.reviewer, cl1!.id, { baseVersion: halves1[0]!.version }), 'undo_ambiguous', halves1[0]!);
    expect(body.error.message).toMatch(/merged or split since/);
    expect(await revisionCount()).toBe(count);

    // The first half merged away into France: the second half cannot rejoin it.
    const t2 = await threeTurns(a);
    const [fr2, cl2] = t2.interventions;
    const halves2 = (await ok<{ interventions: Intervention[] }>(split(a.reviewer, cl2!.id, { baseVersion: 1, at: 130 }))).interventions;
    await ok(merge(a.reviewer, { ids: [fr2!.id, cl2!.id], baseVersions: [1, halves2[0]!.version] }));
    await refused(await undo(a.reviewer, halves2[1]!.id, { baseVersion: 1 }), 'undo_ambiguous', halves2[1]!);

    // The merged-away one was split? It cannot be (it left the record); but the merged one split again
    // then its second half merged elsewhere: undoing the split is refused, the merge stays.
    const t3 = await threeTurns(a);
    const [fr3, cl3, pe3] = t3.interventions;
    const merged3 = (await ok<{ intervention: Intervention }>(merge(a.reviewer, { ids: [fr3!.id, cl3!.id], baseVersions: [1, 1] }))).intervention;
    const halves3 = (await ok<{ interventions: Intervention[] }>(split(a.reviewer, fr3!.id, { baseVersion: merged3.version, at: 120 }))).interventions;
    await ok(merge(a.reviewer, { ids: [halves3[1]!.id, pe3!.id], baseVersions: [1, 1] }));
    await refused(await undo(a.reviewer, fr3!.id, { baseVersion: halves3[0]!.version }), 'undo_ambiguous', halves3[0]!);
    expect((await record(a.admin, t3.dialogueId)).interventions.map((i) => i.id)).toEqual([fr3!.id, halves3[1]!.id]);
  });
});

describe('merge then undo', () => {
  it('is the identity on the record, whatever was edited before (property)', async () => {
    const edits = fc.record({
      summary: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      status: fc.option(fc.constantFrom('needs-review', 'reviewed', 'approved', 'rejected'), { nil: undefined }),
      tags: fc.option(fc.array(fc.constantFrom('victims', 'scope', 'gender'), { maxLength: 2 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom([0, 1], [0, 2], [1, 2], [2, 0]), fc.array(edits, { minLength: 3, maxLength: 3 }), async ([i, j], perTurn) => {
        const { dialogueId, interventions } = await threeTurns(a);
        const versions = [1, 1, 1];
        for (const [k, e] of perTurn.entries()) {
          if (e.summary === undefined && e.status === undefined && e.tags === undefined) continue;
          versions[k] = (await ok<Intervention>(patch(a.reviewer, interventions[k]!.id, { baseVersion: 1, ...e }))).version;
        }
        const before = await recordOf(dialogueId);
        const { intervention } = await ok<{ intervention: Intervention }>(
          merge(a.reviewer, { ids: [interventions[i]!.id, interventions[j]!.id], baseVersions: [versions[i], versions[j]] }),
        );
        await ok(undo(a.reviewer, intervention.id, { baseVersion: intervention.version }));
        expect(await recordOf(dialogueId)).toEqual(before);
      }),
      { numRuns: 8, seed: 20261130 },
    );
  });
});
