import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** A storage item's value, kept live by its watch (read-only in the page). */
export function useStored<T, I = T>(item: WxtStorageItem<T, Record<string, unknown>>, initial: I): T | I {
  const [value, setValue] = useState<T | I>(initial);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
