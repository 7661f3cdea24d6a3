import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { draftItem, EMPTY_DRAFT, type Draft } from '../../lib/storage';

/**
 * The draft lives in `local:draft` so it survives closing the panel and shows times set by the
 * keyboard commands. Our own writes come back through the watch in order; they are skipped so a
 * late echo cannot overwrite what was typed since (the caret would jump).
 *
 * A command (Start, Save, Next speaker…) rewrites the draft in the background. The observer may
 * type on while it runs, e.g. the next speaker's name right after Alt+N: those keystrokes are kept
 * and laid over the background's draft, whichever of its answer and its storage event comes first.
 */
export interface DraftControls {
  draft: Draft;
  update(patch: Partial<Draft>): void;
  /** A command is being sent to the background. */
  begin(): void;
  /**
   * Its answer: the draft the background wrote (undefined when it did not answer). True when the
   * observer typed while it ran (the focus then stays where they type).
   */
  done(result: Draft | undefined): boolean;
  /** The newest draft, including keystrokes not yet rendered. */
  latest(): Draft;
}

/**
 * A draft as comparable text. Chromium hands storage values back with their keys sorted, so the
 * echo of our own write would not match a plain JSON.stringify of what we wrote.
 */
export function canonical(draft: unknown): string {
  return JSON.stringify(draft, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

interface Flight {
  running: number;
  /** What was typed since the last command was sent. */
  edits: Partial<Draft>;
  /** The background's draft already arrived through the watch. */
  arrived: boolean;
  result?: Draft;
}

export function useDraft(): DraftControls {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const current = useRef<Draft>(EMPTY_DRAFT);
  const echoes = useRef<string[]>([]);
  // Once the draft was typed into or changed in storage, the first read is stale: its answer may
  // come after our own write's echo.
  const touched = useRef(false);
  const flight = useRef<Flight | null>(null);

  const show = useCallback((next: Draft) => {
    current.current = next;
    setDraft(next);
  }, []);
  const expect = useCallback((next: Draft) => {
    // A write that changes nothing fires no event and stays here: the oldest go in the end.
    echoes.current.push(canonical(next));
    if (echoes.current.length > 50) echoes.current.shift();
  }, []);
  const store = useCallback(
    (next: Draft) => {
      expect(next);
      void draftItem.setValue(next);
    },
    [expect],
  );

  useEffect(() => {
    let live = true;
    void draftItem.getValue().then((d) => {
      if (!live || touched.current) return;
      show({ ...EMPTY_DRAFT, ...d });
    });
    const unwatch = draftItem.watch((value) => {
      touched.current = true;
      const json = canonical(value);
      const i = echoes.current.indexOf(json);
      if (i >= 0) {
        // Only that one: the background's write may come between two of ours.
        echoes.current.splice(i, 1);
        return;
      }
      const next = { ...EMPTY_DRAFT, ...value };
      const f = flight.current;
      if (!f) return show(next);
      f.arrived = true;
      if (Object.keys(f.edits).length === 0) return show(next);
      const merged = { ...next, ...f.edits };
      show(merged);
      store(merged);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [show, store]);

  const update = useCallback(
    (patch: Partial<Draft>) => {
      const next = { ...current.current, ...patch };
      // An unchanged value fires no storage event, so it must not wait for an echo.
      if (canonical(next) === canonical(current.current)) return;
      touched.current = true;
      if (flight.current) Object.assign(flight.current.edits, patch);
      show(next);
      store(next);
    },
    [show, store],
  );

  const begin = useCallback(() => {
    // The draft sent holds everything typed so far: only what comes after it is laid over the answer.
    flight.current = { running: (flight.current?.running ?? 0) + 1, edits: {}, arrived: false };
  }, []);

  const done = useCallback(
    (result: Draft | undefined): boolean => {
      const f = flight.current;
      if (!f) return false;
      if (result) f.result = result;
      const typed = Object.keys(f.edits).length > 0;
      if (--f.running > 0) return typed;
      flight.current = null;
      if (f.arrived || !f.result) return typed;
      // The background's storage event is still to come: it must not undo what is shown now.
      touched.current = true;
      expect(f.result);
      if (!typed) {
        show(f.result);
        return false;
      }
      const merged = { ...f.result, ...f.edits };
      show(merged);
      store(merged);
      return true;
    },
    [show, store, expect],
  );

  const latest = useCallback(() => current.current, []);
  return { draft, update, begin, done, latest };
}
