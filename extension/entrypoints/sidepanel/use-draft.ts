import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { draftItem, EMPTY_DRAFT, type Draft } from '../../lib/storage';

/**
 * The draft lives in `local:draft` so it survives closing the panel and shows times set by the
 * keyboard commands. Our own writes come back through the watch in order; they are skipped so a
 * late echo cannot overwrite what was typed since (the caret would jump).
 */
export interface DraftControls {
  draft: Draft;
  update(patch: Partial<Draft>): void;
  /** Takes a draft the background has written but whose storage event has not arrived yet. */
  replace(next: Draft): void;
  /** The newest draft, including keystrokes not yet rendered. */
  latest(): Draft;
}

export function useDraft(): DraftControls {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const current = useRef<Draft>(EMPTY_DRAFT);
  const echoes = useRef<string[]>([]);
  // Once the draft was typed into or changed in storage, the first read is stale: its answer may
  // come after our own write's echo.
  const touched = useRef(false);

  useEffect(() => {
    let live = true;
    void draftItem.getValue().then((d) => {
      if (!live || touched.current) return;
      current.current = { ...EMPTY_DRAFT, ...d };
      setDraft(current.current);
    });
    const unwatch = draftItem.watch((value) => {
      touched.current = true;
      const json = JSON.stringify(value);
      const i = echoes.current.indexOf(json);
      if (i >= 0) {
        echoes.current.splice(0, i + 1);
        return;
      }
      current.current = { ...EMPTY_DRAFT, ...value };
      setDraft(current.current);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const update = useCallback((patch: Partial<Draft>) => {
    const next = { ...current.current, ...patch };
    // An unchanged value fires no storage event, so it must not wait for an echo.
    if (JSON.stringify(next) === JSON.stringify(current.current)) return;
    touched.current = true;
    current.current = next;
    setDraft(next);
    echoes.current.push(JSON.stringify(next));
    void draftItem.setValue(next);
  }, []);
  const replace = useCallback((next: Draft) => {
    touched.current = true;
    current.current = next;
    setDraft(next);
    // The background's write of it is still to come through the watch: by then the observer may
    // be typing, and the stale copy must not wipe that out.
    echoes.current.push(JSON.stringify(next));
  }, []);
  const latest = useCallback(() => current.current, []);
  return { draft, update, replace, latest };
}
