import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, tn } from '../../lib/i18n';
import { sendToBackground } from '../../lib/protocol';
import type { PendingQuote, QuoteReport } from '../../lib/quote-types';
import { pendingQuotesItem, quoteReportsItem } from '../../lib/storage';
import { useStored } from './use-stored';
import './quotes.css';

/** The tab the panel is about: `?tabId=` when opened as a tab for a page, else the window's active tab. */
function useTargetTab(): number | null {
  const fixed = Number(new URLSearchParams(location.search).get('tabId') ?? NaN);
  const [tabId, setTabId] = useState<number | null>(Number.isInteger(fixed) ? fixed : null);
  useEffect(() => {
    if (Number.isInteger(fixed)) return;
    const update = () =>
      void browser.tabs
        .query({ active: true, currentWindow: true })
        .then(([tab]) => setTabId(tab?.id ?? null))
        .catch(() => setTabId(null));
    update();
    browser.tabs.onActivated.addListener(update);
    return () => browser.tabs.onActivated.removeListener(update);
  }, []);
  return tabId;
}

/** Page quotes: how many this page shows highlighted, the ones it no longer holds, and those waiting for a speaker. */
export function QuotesPanel() {
  const tabId = useTargetTab();
  const reports = useStored<Record<string, QuoteReport>>(quoteReportsItem, {});
  const pending = useStored<PendingQuote[]>(pendingQuotesItem, []);
  const report = tabId === null ? undefined : reports[String(tabId)];
  if (!report && pending.length === 0) return null;
  return (
    <section class="box quotes" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">{t('quotes.heading')}</h2>
      {report && (
        <p data-testid="quotes-highlighted">
          {report.highlighted + report.missing.length === 0 ? t('quotes.none') : tn('quotes.highlighted', report.highlighted)}
        </p>
      )}
      {report && report.missing.length > 0 && (
        <>
          <h3 id="quotes-missing-heading">{tn('quotes.notFoundHeading', report.missing.length)}</h3>
          <p class="muted">{t('quotes.notFoundHint')}</p>
          <ul class="quote-list" aria-labelledby="quotes-missing-heading" data-testid="quotes-missing">
            {report.missing.map((q) => (
              <li key={q.id}>
                <blockquote dir="auto">{q.exact}</blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
      {pending.length > 0 && (
        <>
          <h3 id="quotes-pending-heading">{t('quotes.pendingHeading')}</h3>
          <ul class="quote-list" aria-labelledby="quotes-pending-heading" data-testid="quotes-pending">
            {pending.map((q) => (
              <PendingItem key={q.id} quote={q} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function PendingItem({ quote }: { quote: PendingQuote }) {
  const [speaker, setSpeaker] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = `quote-speaker-${quote.id}`;
  const save = async (e: Event) => {
    e.preventDefault();
    if (!speaker.trim()) return setError(t('quotes.speakerMissing'));
    setBusy(true);
    try {
      const res = await sendToBackground('quotes:assign', { id: quote.id, speaker });
      setError(res.ok ? null : res.message);
    } catch {
      setError(t('common.backgroundSilent'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li>
      <blockquote id={`${inputId}-quote`} dir="auto">
        {quote.quote.exact}
      </blockquote>
      <p class="muted">{hostOf(quote.url)}</p>
      <form class="row" onSubmit={save} noValidate>
        <div>
          <label for={inputId}>{t('quotes.speakerLabel')}</label>
          <input
            id={inputId}
            dir="auto"
            autoComplete="off"
            value={speaker}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={`${inputId}-quote${error ? ` ${inputId}-error` : ''}`}
            onInput={(e) => setSpeaker(e.currentTarget.value)}
          />
        </div>
        <button type="submit" aria-busy={busy ? 'true' : undefined}>
          {t('quotes.save')}
        </button>
      </form>
      {error && (
        <p id={`${inputId}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
