// The record says, per intervention, what an undo would take back, so the review page can offer it
// after a reload; it must agree with the undo route (one rule: shared/review/undo.ts lastStructural).
import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { lastStructural } from '../../shared/review/undo';
import type { DialogueRecord, Intervention, RecordIntervention } from '../../shared/schemas';
import { call, callWith, countingD1, createDialogue, webcastClip } from './helpers';
import { merge, ok, patch, record, revisionsOf, send, split, team, type Team } from './review-helpers';

let a: Team;

beforeAll(async () => {
  a = await team('Undoable A');
});

const undo = (token: string, id: string, baseVersion: number) => call(`/interventions/${id}/undo`, { token, body: { baseVersion } });

const SPEAKERS = ['France', 'Chile', 'Peru', 'Mexico', 'Germany', 'Spain', 'Kenya', 'Japan', 'Brazil', 'Egypt', 'India', 'Norway'];

/** A dialogue of `n` turns 100 s apart, two clips each (so each can be split at start + 3). */
async function turns(t: Team, n: number): Promise<{ dialogueId: string; interventions: RecordIntervention[] }> {
  const { id } = await createDialogue(t.admin);
  await send(
    t.observer,
    SPEAKERS.slice(0, n).flatMap((speaker, i) => [
      webcastClip(id, { speaker, start: i * 100, end: i * 100 + 60, note: `${speaker} one` }),
      webcastClip(id, { speaker, start: i * 100 + 5, end: i * 100 + 55, note: `${speaker} two` }),
    ]),
  );
  const { interventions } = await record(t.admin, id);
  expect(interventions).toHaveLength(n);
  return { dialogueId: id, interventions };
}

const marks = async (t: Team, dialogueId: string) =>
  Object.fromEntries((await record(t.observer, dialogueId)).interventions.map((iv) => [iv.speaker.name, iv.undoable]));

describe('the record says what an undo would take back', () => {
  it('marks a merged, a split, an undone and an untouched intervention; edits leave it; undos stack', async () => {
    const { dialogueId, interventions: [fr, cl, pe, mx, de, es] } = await turns(a, 6);
    expect((await record(a.admin, dialogueId)).interventions.map((iv) => iv.undoable)).toEqual([null, null, null, null, null, null]);

    const { intervention: merged } = await ok<{ intervention: Intervention }>(merge(a.reviewer, { ids: [fr!.id, cl!.id], baseVersions: [1, 1] }));
    await ok(split(a.reviewer, pe!.id, { baseVersion: 1, at: 203 }));
    const { intervention: mxde } = await ok<{ intervention: Intervention }>(merge(a.reviewer, { ids: [mx!.id, de!.id], baseVersions: [1, 1] }));
    await ok(undo(a.reviewer, mx!.id, mxde.version));
    expect(await marks(a, dialogueId)).toEqual({ France: 'merge', Peru: 'split', Mexico: null, Germany: null, Spain: null });
    const shown = (await record(a.admin, dialogueId)).interventions;
    expect(shown.map((iv) => [iv.speaker.name, iv.undoable])).toEqual([
      ['France', 'merge'],
      ['Peru', 'split'],
      ['Peru', 'split'],
      ['Mexico', null],
      ['Germany', null],
      ['Spain', null],
    ]);
    expect(shown.at(-1)!.id).toBe(es!.id);

    // An edit and a status change are not structural: the merge is still the one to undo.
    const edited = await ok<Intervention>(patch(a.reviewer, fr!.id, { baseVersion: merged.version, summary: 'France and Chile' }));
    const approved = await ok<Intervention>(patch(a.reviewer, fr!.id, { baseVersion: edited.version, status: 'approved' }));
    expect((await marks(a, dialogueId)).France).toBe('merge');

    // Split the merged one: that split is what an undo takes back first, then the merge.
    await ok(split(a.reviewer, fr!.id, { baseVersion: approved.version, at: 103 }));
    const afterSplit = (await record(a.admin, dialogueId)).interventions;
    expect(afterSplit.slice(0, 2).map((iv) => iv.undoable)).toEqual(['split', 'split']);
    await ok(undo(a.reviewer, fr!.id, afterSplit[0]!.version));
    const rejoined = (await record(a.admin, dialogueId)).interventions[0]!;
    expect([rejoined.id, rejoined.undoable]).toEqual([fr!.id, 'merge']);
    await ok(undo(a.reviewer, fr!.id, rejoined.version));
    expect((await record(a.admin, dialogueId)).interventions.slice(0, 2).map((iv) => [iv.id, iv.undoable])).toEqual([
      [fr!.id, null],
      [cl!.id, null],
    ]);
  });

  it("agrees with the undo route and with each intervention's whole history, whatever was merged, split and undone (property)", async () => {
    const op = fc.record({ kind: fc.constantFrom('merge', 'split', 'undo'), at: fc.nat(), pick: fc.nat() });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        const { dialogueId } = await turns(a, 4);
        for (const { kind, at, pick } of ops) {
          const ivs = (await record(a.admin, dialogueId)).interventions;
          const iv = ivs[at % ivs.length]!;
          if (kind === 'merge' && ivs[(at % ivs.length) + 1]) {
            const next = ivs[(at % ivs.length) + 1]!;
            await ok(merge(a.reviewer, { ids: [iv.id, next.id], baseVersions: [iv.version, next.version] }));
          } else if (kind === 'split') {
            // Between its first two clips' starts, when it has two.
            if (iv.clipIds.length > 1 && iv.start !== null) await ok(split(a.reviewer, iv.id, { baseVersion: iv.version, at: iv.start + 3 }));
          } else if (kind === 'undo') {
            const offered = ivs.filter((x) => x.undoable);
            const target = offered[pick % Math.max(offered.length, 1)];
            if (target) {
              const res = await undo(a.reviewer, target.id, target.version);
              const body = await res.json<{ undone?: string; error?: { code: string } }>();
              // Offered: never "nothing to undo"; taken back as the record said, or refused as ambiguous.
              if (res.status === 200) expect(body.undone).toBe(target.undoable);
              else expect([res.status, body.error?.code]).toEqual([409, 'undo_ambiguous']);
            }
          }
        }
        const shown = (await record(a.admin, dialogueId)).interventions;
        for (const iv of shown) {
          const whole = lastStructural(iv.id, await revisionsOf(a.admin, iv.id));
          expect(iv.undoable).toBe(whole.kind === 'none' ? null : whole.kind);
          if (iv.undoable) continue;
          // Not offered: the route has nothing to undo either (and writes nothing).
          const res = await undo(a.reviewer, iv.id, iv.version);
          expect([res.status, (await res.json<{ error: { code: string } }>()).error.code]).toEqual([409, 'nothing_to_undo']);
        }
        expect((await record(a.admin, dialogueId)).interventions).toEqual(shown);
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('is read in the same one batch however many interventions were merged, split or undone (no read per intervention)', async () => {
    const { dialogueId, interventions } = await turns(a, 12);
    for (const k of [0, 4, 8]) {
      const [x, y] = [interventions[k]!, interventions[k + 1]!];
      await ok(merge(a.reviewer, { ids: [x.id, y.id], baseVersions: [x.version, y.version] }));
    }
    for (const k of [2, 6, 10]) {
      const iv = interventions[k]!;
      await ok(split(a.reviewer, iv.id, { baseVersion: iv.version, at: iv.start! + 3 }));
    }
    const before = (await record(a.admin, dialogueId)).interventions;
    const mergedFirst = before.find((iv) => iv.id === interventions[0]!.id)!;
    await ok(undo(a.reviewer, mergedFirst.id, mergedFirst.version));

    const counting = countingD1(env.DB);
    const res = await callWith({ DB: counting.db }, `/dialogues/${dialogueId}/record`, { token: a.admin });
    const shown = (await res.json<DialogueRecord>()).interventions;
    expect(shown.filter((iv) => iv.undoable === 'merge')).toHaveLength(2);
    expect(shown.filter((iv) => iv.undoable === 'split')).toHaveLength(6);
    expect(shown.filter((iv) => iv.undoable === null)).toHaveLength(shown.length - 8);
    // The same as for a dialogue nobody reviewed (tests/worker/revisions.test.ts): the token lookup and one batch.
    expect(counting.statements()).toBe(5);
  });
});
