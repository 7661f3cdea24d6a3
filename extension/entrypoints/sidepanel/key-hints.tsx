import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';

/** The browser-wide shortcuts as the observer has set them (chrome://extensions/shortcuts). */
function useCommandKeys(): Record<string, string> {
  const [keys, setKeys] = useState<Record<string, string>>({});
  useEffect(() => {
    const commands = (browser as { commands?: { getAll?(): Promise<{ name?: string; shortcut?: string }[]> } }).commands;
    if (!commands?.getAll) return;
    // A browser (or test fake) without it may throw rather than reject.
    Promise.resolve()
      .then(() => commands.getAll!())
      .then((all) => setKeys(Object.fromEntries(all.filter((c) => c.name && c.shortcut).map((c) => [c.name!, c.shortcut!]))))
      .catch(() => undefined);
  }, []);
  return keys;
}

const ROWS = [
  ['clip-start', 'Alt+S', 'capture.keyStart'],
  ['clip-end', 'Alt+E', 'capture.keyEnd'],
  ['next-speaker', 'Alt+N', 'capture.keyNext'],
  ['clip-save', 'Ctrl+Enter', 'capture.keySave'],
] as const;

/** The panel's keys, and the same commands' keys anywhere in the browser. */
export function KeyHints() {
  const global = useCommandKeys();
  return (
    <details class="key-hints">
      <summary>{t('capture.keysTitle')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('capture.keysAction')}</th>
            <th scope="col">{t('capture.keysPanel')}</th>
            <th scope="col">{t('capture.keysBrowser')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([name, panelKey, label]) => (
            <tr key={name}>
              <th scope="row">{t(label)}</th>
              <td>
                <kbd>{panelKey}</kbd>
              </td>
              <td>{global[name] ? <kbd>{global[name]}</kbd> : t('capture.keysUnset')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
