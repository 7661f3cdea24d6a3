// The review page and the background speak the observer's language: the words, the plural forms,
// dates and numbers through Intl, right to left for Arabic, and a new choice applies at once.
import { screen, waitFor, within } from '@testing-library/preact';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackground } from '../../extension/entrypoints/background/start';
import { ReviewApp } from '../../extension/entrypoints/review/app';
import { createApiClient } from '../../extension/lib/api-client';
import { allNamespaces, currentLanguage, loadMessages } from '../../extension/lib/i18n';
import { renderInLanguage } from '../../extension/lib/i18n-live';
import { settingsItem, uiLanguageItem, type UiLanguagePreference } from '../../extension/lib/storage';
import { stubBrowserGaps } from './helpers/fixtures';
import { BORIS, ME, REVIEW_DIALOGUE, createReviewServer, intervention } from './helpers/review-fixtures';

let stops: (() => void)[] = [];

afterEach(async () => {
  stops.forEach((stop) => stop());
  stops = [];
  // The other tests read English.
  await loadMessages('en', allNamespaces());
});

const CLIP_A = 'c0000001-0000-4000-8000-00000000000a';
const CLIP_B = 'c0000001-0000-4000-8000-00000000000b';

async function openIn(language: UiLanguagePreference, { token = 'udc_review', query = `?dialogue=${REVIEW_DIALOGUE.id}` } = {}) {
  fakeBrowser.reset();
  stubBrowserGaps();
  const server = createReviewServer([
    intervention({
      position: 0,
      clips: [
        { id: CLIP_A, memberId: ME.id, role: 'support', new: false },
        { id: CLIP_B, memberId: BORIS.id, role: 'dissent', new: false },
      ],
      clipIds: [CLIP_A, CLIP_B],
      conflicts: [{ kind: 'speaker', clipIds: [CLIP_B], speakers: ['Mexico'] }],
    }),
    intervention({ position: 1, start: 30, end: 45, speaker: { name: 'Chile', code: 'CHL', kind: 'state', known: true }, status: 'approved' }),
  ]);
  await settingsItem.setValue({ serverUrl: 'http://127.0.0.1:8787', token });
  await uiLanguageItem.setValue(language);
  stops.push(startBackground({ client: (s) => createApiClient(s, server.fetch) }));
  // The background loads its words as it starts (English is there underneath until then).
  await waitFor(() => expect(currentLanguage()).toBe(language === 'auto' ? 'en' : language));
  history.replaceState(null, '', `/review.html${query}`);
  // As main.tsx does: words first, then the page into its one root, and again on a new choice.
  const root = document.body.appendChild(document.createElement('div'));
  stops.push(() => {
    render(null, root);
    root.remove();
  });
  stops.push(await renderInLanguage(['review'], () => render(<ReviewApp />, root)));
  return server;
}

describe('the review page in other languages', () => {
  it('shows the record in French, with French plural forms, and switches to Arabic at once', async () => {
    await openIn('fr');
    await waitFor(() => expect(screen.getAllByTestId('intervention')).toHaveLength(2));
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByTestId('record-summary').textContent).toBe('2 interventions · 1 brouillon · 1 approuvée · 1 avec conflits');
    const first = screen.getAllByTestId('intervention')[0]!;
    expect(within(first).getByTestId('conflicts').textContent).toContain(
      'Les observateurs ne s’accordent pas sur l’orateur : 1 extrait nomme Mexico au lieu de France.',
    );
    expect(within(first).getByRole('button', { name: 'Lire à partir de 0:00:12' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tous les dialogues' })).toBeTruthy();
    expect(document.title).toBe(`${REVIEW_DIALOGUE.title} · Relecture`);

    // The options page saves another language: this page follows without a reload.
    await uiLanguageItem.setValue('ar');
    await waitFor(() => expect(screen.getByRole('link', { name: 'كل الحوارات' })).toBeTruthy());
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getByTestId('record-summary').textContent).toContain('مداخلتان');
    expect(within(screen.getAllByTestId('intervention')[1]!).getByTestId('status').textContent).toContain('معتمدة');
  });

  it('writes dates and numbers the Intl way of the chosen language', async () => {
    await openIn('ru', { query: '' });
    const row = await screen.findByTestId('dialogue-row');
    const expected = new Date(`${REVIEW_DIALOGUE.date}T00:00:00Z`).toLocaleDateString('ru', { dateStyle: 'medium', timeZone: 'UTC' });
    expect(row.querySelector('time')!.textContent).toBe(expected);
    expect(expected).not.toBe(REVIEW_DIALOGUE.date);
    expect(screen.getByRole('columnheader', { name: 'Требует проверки' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Проверка диалогов');
  });

  it('shows the background’s own messages in the language too', async () => {
    await openIn('es', { token: '', query: '' });
    expect((await screen.findByTestId('list-error')).textContent).toContain(
      'No se pudieron cargar los diálogos: Aún no hay token de API: configure uno en las opciones.',
    );
  });
});
