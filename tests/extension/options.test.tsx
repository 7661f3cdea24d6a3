import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../extension/entrypoints/options/app';
import { startBackground } from '../../extension/entrypoints/background/start';
import { allNamespaces, loadMessages } from '../../extension/lib/i18n';
import { settingsItem, transcriptLookupItem, uiLanguageItem } from '../../extension/lib/storage';
import { startClipServer, TOKEN, type ClipServer } from './helpers/clip-server';
import { stubBrowserGaps } from './helpers/fixtures';

let server: ClipServer;
let stop: () => void;

beforeEach(async () => {
  fakeBrowser.reset();
  stubBrowserGaps();
  server = await startClipServer();
  stop = startBackground();
});
afterEach(async () => {
  cleanup();
  stop();
  await server.down();
  // Other tests read English.
  await loadMessages('en', allNamespaces());
});

async function saveAndCheck(url: string, token: string) {
  render(<OptionsApp />);
  await waitFor(() => expect((screen.getByLabelText('Server URL') as HTMLInputElement).value).toBe('http://127.0.0.1:8787'));
  fireEvent.input(screen.getByLabelText('Server URL'), { target: { value: url } });
  fireEvent.input(screen.getByLabelText('API token'), { target: { value: token } });
  fireEvent.click(screen.getByRole('button', { name: 'Save and check' }));
}

describe('options page', () => {
  it('saves the settings and shows who is connected', async () => {
    await saveAndCheck(`${server.url}/`, ` ${TOKEN} `);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Connected as Amina (observer) — team Alliance Observers'));
    expect(await settingsItem.getValue()).toEqual({ serverUrl: server.url, token: TOKEN });
  });

  it('says the token was refused on 401', async () => {
    await saveAndCheck(server.url, 'udc_wrong');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/refused the API token \(401\)/));
  });

  it('says the server cannot be reached, naming the URL', async () => {
    await server.down();
    await saveAndCheck(server.url, TOKEN);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`Cannot reach the server at ${server.url}. Is it running, and is the URL right?`));
  });

  it('rejects a URL that is not http(s) without saving it', async () => {
    await saveAndCheck('ftp://example.org', TOKEN);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/must start with https:\/\/ or http:\/\//));
    expect((await settingsItem.getValue()).token).toBe('');
  });
});

describe('machine-transcript privacy switch', () => {
  it('is on by default and turning it off is saved at once, with a message', async () => {
    render(<OptionsApp />);
    const box = screen.getByLabelText("Suggest speaker and text from the UN's machine transcripts") as HTMLInputElement;
    await waitFor(() => expect(box.checked).toBe(true));
    expect(box.getAttribute('aria-describedby')).toBe('transcript-lookup-hint');
    fireEvent.click(box);
    await waitFor(async () => expect(await transcriptLookupItem.getValue()).toBe(false));
    await waitFor(() => expect(screen.getByTestId('settings-status').textContent).toMatch(/off: nothing is asked/));
    cleanup();
    render(<OptionsApp />);
    await waitFor(() => expect((screen.getByLabelText("Suggest speaker and text from the UN's machine transcripts") as HTMLInputElement).checked).toBe(false));
  });
});

describe('language chooser', () => {
  it('saves the choice and shows the page in it at once, right to left for Arabic', async () => {
    render(<OptionsApp />);
    const chooser = screen.getByLabelText('Language') as HTMLSelectElement;
    expect([...chooser.options].map((o) => o.textContent)).toEqual([
      'Automatic (the browser\'s language)',
      'English',
      'Français',
      'Español',
      'العربية',
      '中文',
      'Русский',
    ]);
    fireEvent.change(chooser, { target: { value: 'fr' } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Enregistrer et vérifier' })).toBeTruthy());
    expect(screen.getByLabelText('URL du serveur')).toBeTruthy();
    expect(await uiLanguageItem.getValue()).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');

    fireEvent.change(screen.getByLabelText('Langue'), { target: { value: 'ar' } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'حفظ وتحقق' })).toBeTruthy());
    expect(document.documentElement.dir).toBe('rtl');
    await waitFor(() => expect(document.title).toBe('UN Dialogue Capture: الإعدادات'));

    // Automatic follows the browser again (English here).
    fireEvent.change(screen.getByLabelText('اللغة'), { target: { value: 'auto' } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save and check' })).toBeTruthy());
    expect(await uiLanguageItem.getValue()).toBe('auto');
    expect(document.documentElement.dir).toBe('ltr');
  });
});
