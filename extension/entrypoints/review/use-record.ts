/**
 * The record of one dialogue and every write a reviewer makes to it. Each write names the version
 * it was based on; a 409 keeps the attempt and the server's current state so that the reviewer can
 * re-apply or discard it.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Problem, UndoableChange } from '../../../shared/schemas';
import { formatClock } from '../../lib/clock';
import { t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/protocol';
import type { InterventionPatch, ReviewIntervention, ReviewRecord, WriteResult } from '../../lib/review-schemas';
import { statusLabel } from './labels';

export type Attempt =
  | { kind: 'edit'; patch: Omit<InterventionPatch, 'baseVersion'> }
  | { kind: 'split'; at: number }
  | { kind: 'merge'; nextId: string }
  | { kind: 'restore'; version: number }
  | { kind: 'undo'; undoing: Undoable };

/** The structural change an undo would take back. */
export type Undoable = UndoableChange;

/**
 * The record's own word on what each card's undo would take back (so it is offered after a
 * reload too), less any this page just saw refused at that same version.
 */
function undoableIn(record: ReviewRecord, refusedAt: ReadonlyMap<string, number>): Record<string, Undoable> {
  const offered: Record<string, Undoable> = {};
  for (const iv of record.interventions) if (iv.undoable && refusedAt.get(iv.id) !== iv.version) offered[iv.id] = iv.undoable;
  return offered;
}

/** An undo the server refused for a reason other than a stale version, in words. */
function undoRefusal(code: string | undefined): string | null {
  if (code === 'nothing_to_undo') return t('review.undoNothing');
  if (code === 'undo_ambiguous') return t('review.undoAmbiguous');
  return null;
}

export interface Stale {
  attempt: Attempt;
  /** The intervention as the server has it now (null when the server did not say). */
  current: ReviewIntervention | null;
}

export type Outcome = { ok: true } | { ok: false; stale?: boolean; problems?: Problem[]; message: string };
export type Announce = (text: string, tone?: 'ok' | 'error') => void;

export function label(iv: ReviewIntervention): string {
  return `#${iv.position + 1} ${iv.speaker.name}`;
}

export function useRecord(dialogueId: string, announce: Announce) {
  const [record, setRecord] = useState<ReviewRecord | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [stale, setStale] = useState<Record<string, Stale>>({});
  // What each card's undo would take back: as the record says, and as this page just merged or split
  // (should the reload after it fail). The history offers it any time.
  const [undoable, setUndoable] = useState<Record<string, Undoable>>({});
  // Undos the server refused (nothing to undo, ambiguous), by the version they named: not offered again on the card.
  const refusedAt = useRef(new Map<string, number>());
  // Writes read the newest record (versions of neighbours), not the one of their render.
  const latest = useRef<ReviewRecord | null>(null);
  latest.current = record;

  const load = useCallback(async () => {
    try {
      const res = await sendToBackground('review:record', { dialogueId });
      if (res.ok) {
        setRecord(res.value);
        setUndoable(undoableIn(res.value, refusedAt.current));
        setLoadError(null);
      } else setLoadError(res.message);
    } catch {
      setLoadError(t('review.backgroundSilentReload'));
    }
  }, [dialogueId]);

  useEffect(() => {
    setRecord(null);
    void load();
  }, [load]);

  const replace = useCallback((next: ReviewIntervention) => {
    // An edit, status change or restore leaves what an undo would take back as it was.
    setRecord((r) => r && { ...r, interventions: r.interventions.map((iv) => (iv.id === next.id ? { ...next, undoable: iv.undoable } : iv)) });
  }, []);

  const find = (id: string) => latest.current?.interventions.find((iv) => iv.id === id);

  async function write(iv: ReviewIntervention, attempt: Attempt, baseVersion: number): Promise<{ res: WriteResult<unknown>; done: string }> {
    switch (attempt.kind) {
      case 'edit': {
        const res = await sendToBackground('review:edit', { interventionId: iv.id, patch: { ...attempt.patch, baseVersion } });
        if (res.ok) replace(res.value);
        const keys = Object.keys(attempt.patch);
        const done =
          keys.length === 1 && attempt.patch.status
            ? t('review.doneStatus', { status: statusLabel(attempt.patch.status), label: label(iv) })
            : t('review.doneSaved', { label: res.ok ? label(res.value) : label(iv), version: res.ok ? res.value.version : '?' });
        return { res, done };
      }
      case 'split': {
        const res = await sendToBackground('review:split', { interventionId: iv.id, baseVersion, at: attempt.at });
        if (res.ok) setUndoable((u) => ({ ...u, [res.value[0].id]: 'split', [res.value[1].id]: 'split' }));
        return { res, done: t('review.doneSplit', { label: label(iv), time: formatClock(attempt.at, { precise: true }) }) };
      }
      case 'merge': {
        const next = find(attempt.nextId);
        const nextVersion = next?.version ?? 0;
        const res = await sendToBackground('review:merge', { ids: [iv.id, attempt.nextId], baseVersions: [baseVersion, nextVersion] });
        if (res.ok) setUndoable((u) => ({ ...u, [res.value.id]: 'merge' }));
        return { res, done: t('review.doneMerged', { label: label(iv) }) };
      }
      case 'restore': {
        const res = await sendToBackground('review:restore', { interventionId: iv.id, baseVersion, version: attempt.version });
        if (res.ok) replace(res.value);
        return { res, done: t('review.doneRestored', { version: attempt.version, label: label(iv) }) };
      }
      case 'undo': {
        const res = await sendToBackground('review:undo', { interventionId: iv.id, baseVersion });
        if (res.ok || res.kind === 'error') setUndoable(({ [iv.id]: _, ...rest }) => rest);
        if (!res.ok && res.kind === 'error' && undoRefusal(res.code)) refusedAt.current.set(iv.id, baseVersion);
        if (!res.ok || res.value.undone === 'split') return { res, done: t('review.doneUndoSplit', { label: label(iv) }) };
        const other = res.value.interventions.find((i) => i.id !== iv.id);
        return { res, done: t('review.doneUndoMerge', { label: label(iv), other: other ? label(other) : '?' }) };
      }
    }
  }

  const run = useCallback(
    async (iv: ReviewIntervention, attempt: Attempt, baseVersion = iv.version): Promise<Outcome> => {
      let outcome: { res: WriteResult<unknown>; done: string };
      try {
        outcome = await write(iv, attempt, baseVersion);
      } catch {
        const message = t('review.backgroundSilentNotSaved');
        announce(message, 'error');
        return { ok: false, message };
      }
      const { res, done } = outcome;
      if (res.ok) {
        setStale(({ [iv.id]: _, ...rest }) => rest);
        announce(done, 'ok');
        // Split and merge renumber the record; fetch it as the server now has it.
        if (attempt.kind === 'split' || attempt.kind === 'merge' || attempt.kind === 'undo') await load();
        return { ok: true };
      }
      if (res.kind === 'stale') {
        setStale((s) => ({ ...s, [iv.id]: { attempt, current: res.current } }));
        announce(t('review.staleAnnounce', { label: label(iv) }), 'error');
        return { ok: false, stale: true, message: res.message };
      }
      const refusal = res.kind === 'error' ? undoRefusal(res.code) : null;
      if (refusal) {
        // Answered: nothing is left to re-apply, and the record has moved on under the page; show it as it is.
        setStale(({ [iv.id]: _, ...rest }) => rest);
        announce(refusal, 'error');
        await load();
        return { ok: false, message: refusal };
      }
      const problems = res.kind === 'invalid' ? res.problems : undefined;
      const detail = problems?.length ? problems.map((p) => `${p.path}: ${p.message}`).join('; ') : res.message;
      announce(t('review.notSaved', { detail }), 'error');
      return { ok: false, message: res.message, ...(problems ? { problems } : {}) };
    },
    [announce, load, replace],
  );

  /** Sends the kept attempt again, now based on the version the server has. */
  const reapply = useCallback(
    async (id: string): Promise<Outcome> => {
      const kept = stale[id];
      const iv = find(id);
      if (!kept || !iv) return { ok: false, message: t('review.nothingToReapply') };
      const current = kept.current?.id === id ? kept.current : null;
      if (current) replace(current);
      else await load();
      const base = current ?? find(id) ?? iv;
      return run(base, kept.attempt, base.version);
    },
    [stale, run, load, replace],
  );

  const discard = useCallback(
    async (id: string) => {
      const kept = stale[id];
      setStale(({ [id]: _, ...rest }) => rest);
      if (kept?.current) replace(kept.current);
      else await load();
      announce(t('review.discarded'), 'ok');
    },
    [stale, load, replace, announce],
  );

  return { record, loadError, load, run, stale, reapply, discard, undoable };
}
