import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { browser } from 'wxt/browser';
import { LANGUAGE_NAMES, LANGUAGES, currentLanguage, setupI18n, t, type Language } from '../../lib/i18n';
import { sendToBackground } from '../../lib/protocol';
import { settingsItem, transcriptLookupItem, uiLanguageItem, type UiLanguagePreference } from '../../lib/storage';

type Status = { tone: 'ok' | 'error' | 'busy'; text: string } | null;

/** Hosts the manifest already grants; any other https server needs a runtime grant. */
const GRANTED = [/^https:\/\/webtv\.un\.org$/, /^https:\/\/media\.un\.org$/, /^https:\/\/www\.unodc\.org$/, /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/];

export function checkServerUrl(value: string): { origin: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { error: t('options.urlNotAddress', { example: 'https://dialogues.example.org' }) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: t('options.urlScheme') };
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
  const [language, setLanguage] = useState<UiLanguagePreference>('auto');
  const [transcripts, setTranscripts] = useState(true);
  const [, setShown] = useState<Language>(currentLanguage);

  useEffect(() => {
    void settingsItem.getValue().then((s) => {
      setServerUrl(s.serverUrl);
      setToken(s.token);
    });
    void uiLanguageItem.getValue().then(setLanguage);
    void transcriptLookupItem.getValue().then(setTranscripts);
  }, []);

  async function chooseTranscripts(on: boolean) {
    setTranscripts(on);
    await transcriptLookupItem.setValue(on);
    setStatus({ tone: 'ok', text: t(on ? 'options.transcriptsOn' : 'options.transcriptsOff') });
  }

  useEffect(() => {
    document.title = t('options.title');
  });

  // The page turns to the chosen language at once: its words reload, then this state re-renders it.
  async function chooseLanguage(choice: UiLanguagePreference) {
    setLanguage(choice);
    await uiLanguageItem.setValue(choice);
    setShown(await setupI18n(['options']));
    setStatus({ tone: 'ok', text: t('options.languageSaved', { language: LANGUAGE_NAMES[currentLanguage()] }) });
  }

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
        setStatus({ tone: 'error', text: t('options.notAllowed', { origin: checked.origin }) });
        return;
      }
      await settingsItem.setValue({ serverUrl: serverUrl.trim().replace(/\/+$/, ''), token: token.trim() });
      setStatus({ tone: 'busy', text: t('options.checking') });
      try {
        const res = await sendToBackground('settings:check', {});
        setStatus(
          res.ok
            ? {
                tone: 'ok',
                text: t('options.connected', { name: res.me.member.name, role: t(`options.role.${res.me.member.role}`), team: res.me.team.name }),
              }
            : { tone: 'error', text: res.message },
        );
      } catch {
        setStatus({ tone: 'error', text: t('options.savedNoAnswer') });
      }
    })();
  }

  return (
    <main>
      <h1>{t('options.heading')}</h1>
      <label for="ui-language">{t('options.language')}</label>
      <select id="ui-language" value={language} aria-describedby="ui-language-hint" onChange={(e) => void chooseLanguage(e.currentTarget.value as UiLanguagePreference)}>
        <option value="auto">{t('options.languageAuto')}</option>
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
      <p id="ui-language-hint" class="hint">
        {t('options.languageHint')}
      </p>
      <p class="muted">{t('options.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <label for="server-url">{t('options.serverUrl')}</label>
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
        <p id="server-url-hint" class="hint">
          {t('options.serverUrlHint', { example: 'http://127.0.0.1:8787' })}
        </p>
        <label for="api-token">{t('options.token')}</label>
        <input
          id="api-token"
          type="password"
          autoComplete="off"
          spellcheck={false}
          value={token}
          onInput={(e) => setToken(e.currentTarget.value)}
          aria-describedby="api-token-hint"
        />
        <p id="api-token-hint" class="hint">
          {t('options.tokenHint', { prefix: 'udc_' })}
        </p>
        <div class="actions">
          <button type="submit" class="primary" disabled={status?.tone === 'busy'}>
            {t('options.saveAndCheck')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite" class={`status ${status?.tone ?? ''}`} data-testid="settings-status">
        {status?.text ?? ''}
      </div>
      <h2>{t('options.privacy')}</h2>
      <div class="check-row">
        <input
          id="transcript-lookup"
          type="checkbox"
          checked={transcripts}
          aria-describedby="transcript-lookup-hint"
          onChange={(e) => void chooseTranscripts(e.currentTarget.checked)}
        />
        <label for="transcript-lookup">{t('options.transcripts')}</label>
      </div>
      <p id="transcript-lookup-hint" class="hint">
        {t('options.transcriptsHint', { host: 'transcripts.un.org' })}
      </p>
    </main>
  );
}
