import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { draftItem, EMPTY_DRAFT, type Draft } from '../../lib/storage';

/**
 * The draft lives in `local:draft` so it survives closing the panel and shows times set by the
 * keyboard commands. Our own writes come back through the watch in order; they are skipped so a
 * late echo cannot overwrite what was typed since (the caret would jump).
 */
export function useDraft(): [Draft, (patch: Partial<Draft>) => void, () => void] {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const current = useRef<Draft>(EMPTY_DRAFT);
  const echoes = useRef<string[]>([]);

  useEffect(() => {
    let live = true;
    void draftItem.getValue().then((d) => {
      if (!live || echoes.current.length > 0) return;
      current.current = { ...EMPTY_DRAFT, ...d };
      setDraft(current.current);
    });
    const unwatch = draftItem.watch((value) => {
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

  const write = useCallback((next: Draft) => {
    // An unchanged value fires no storage event, so it must not wait for an echo.
    if (JSON.stringify(next) === JSON.stringify(current.current)) return;
    current.current = next;
    setDraft(next);
    echoes.current.push(JSON.stringify(next));
    void draftItem.setValue(next);
  }, []);

  const update = useCallback((patch: Partial<Draft>) => write({ ...current.current, ...patch }), [write]);
  const clear = useCallback(() => write({ ...EMPTY_DRAFT }), [write]);
  return [draft, update, clear];
}
