import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../lib/protocol';
import { settingsItem } from '../../lib/storage';

type Status = { tone: 'ok' | 'error' | 'busy'; text: string } | null;

/** Hosts the manifest already grants; any other https server needs a runtime grant. */
const GRANTED = [/^https:\/\/webtv\.un\.org$/, /^https:\/\/media\.un\.org$/, /^https:\/\/www\.unodc\.org$/, /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/];

export function checkServerUrl(value: string): { origin: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { error: 'Server URL must be a full address, such as https://dialogues.example.org' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: 'Server URL must start with https:// or http://' };
  return { origin: url.origin };
}

/** Asks for access to a custom https server; must run inside the click, before any await. */
function requestHostAccess(origin: string): Promise<boolean> {
  if (GRANTED.some((re) => re.test(origin)) || !origin.startsWith('https:') || !browser.permissions?.request) {
    return Promise.resolve(true);
  }
  return browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
}

export function OptionsApp() {
  const [serverUrl, setServerUrl] = useState('');
  const [token, setToken] = useState('');
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    void settingsItem.getValue().then((s) => {
      setServerUrl(s.serverUrl);
      setToken(s.token);
    });
  }, []);

  function onSubmit(event: JSX.TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkServerUrl(serverUrl);
    if ('error' in checked) {
      setStatus({ tone: 'error', text: checked.error });
      return;
    }
    const access = requestHostAccess(checked.origin);
    void (async () => {
      if (!(await access)) {
        setStatus({ tone: 'error', text: `The extension was not allowed to reach ${checked.origin}.` });
        return;
      }
      await settingsItem.setValue({ serverUrl: serverUrl.trim().replace(/\/+$/, ''), token: token.trim() });
      setStatus({ tone: 'busy', text: 'Saved. Checking the connection…' });
      try {
        const res = await sendToBackground('settings:check', {});
        setStatus(
          res.ok
            ? { tone: 'ok', text: `Connected as ${res.me.member.name} (${res.me.member.role}) — team ${res.me.team.name}` }
            : { tone: 'error', text: res.message },
        );
      } catch {
        setStatus({ tone: 'error', text: 'Saved, but the extension background did not answer. Reload the extension and try again.' });
      }
    })();
  }

  return (
    <main>
      <h1>UN Dialogue Capture: settings</h1>
      <p class="muted">Your clips are sent only to this server, with this token.</p>
      <form onSubmit={onSubmit} noValidate>
        <label for="server-url">Server URL</label>
        <input
          id="server-url"
          type="url"
          inputMode="url"
          autoComplete="url"
          spellcheck={false}
          value={serverUrl}
          onInput={(e) => setServerUrl(e.currentTarget.value)}
          aria-describedby="server-url-hint"
        />
        <p id="server-url-hint" class="hint">For example http://127.0.0.1:8787 while testing locally.</p>
        <label for="api-token">API token</label>
        <input
          id="api-token"
          type="password"
          autoComplete="off"
          spellcheck={false}
          value={token}
          onInput={(e) => setToken(e.currentTarget.value)}
          aria-describedby="api-token-hint"
        />
        <p id="api-token-hint" class="hint">Starts with udc_. Your team admin gives it to you; it is shown only once.</p>
        <div class="actions">
          <button type="submit" class="primary" disabled={status?.tone === 'busy'}>
            Save and check
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite" class={`status ${status?.tone ?? ''}`} data-testid="settings-status">
        {status?.text ?? ''}
      </div>
    </main>
  );
}
