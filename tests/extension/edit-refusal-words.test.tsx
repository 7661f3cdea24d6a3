/**
 * An edit of a sent clip refused at once (the server is up) is worded in the observer's language,
 * with the words a refused queued edit uses, never in the server's English. The real background
 * against the test clip server; the panel in French.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../extension/entrypoints/background/start';
import { RecentClips } from '../../extension/entrypoints/sidepanel/recent-clips';
import { createApiClient, type ApiClient } from '../../extension/lib/api-client';
import { allNamespaces, loadMessages, type Language } from '../../extension/lib/i18n';
import { recentClipsItem, settingsItem, uiLanguageItem } from '../../extension/lib/storage';
import type { ClipInput } from '../../shared/schemas';
import { startClipServer, TOKEN, type ClipServer } from './helpers/clip-server';
import { clip, stubBrowserGaps } from './helpers/fixtures';

let server: ClipServer;
let stop: (() => void) | undefined;
/** Clips whose PATCH is refused with the server's English words, by clip id. */
const refusals = new Map<string, { status: number; code: string; message: string; problems?: { path: string; message: string }[] }>();

function client(s: Parameters<typeof createApiClient>[0]): ApiClient {
  const real = createApiClient(s);
  return {
    ...real,
    patchClip: async (id, p) => {
      const refusal = refusals.get(id);
      return refusal ? { ok: false, error: { kind: 'client', ...refusal } } : real.patchClip(id, p);
    },
  };
}

/** A clip the server holds, in the recent list, the panel open in `lang` and editing it. */
async function editIn(lang: Language, c: ClipInput): Promise<HTMLElement> {
  server.stored.set(c.id, JSON.stringify(c));
  await recentClipsItem.setValue([{ clip: c, sentAt: 0, review: null }]);
  await uiLanguageItem.setValue(lang);
  stop = startBackground({ client });
  await loadMessages(lang, allNamespaces());
  render(<RecentClips />);
  // The panel asks the server where the clip stands as it opens: draft, still editable.
  await waitFor(async () => expect((await recentClipsItem.getValue())[0]?.review?.status).toBe('draft'));
  fireEvent.click(await screen.findByRole('button', { name: `Modifier l’extrait ${c.speaker} · 75.5–112` }));
  return screen.findByRole('form');
}

beforeEach(async () => {
  fakeBrowser.reset();
  stubBrowserGaps();
  refusals.clear();
  server = await startClipServer();
  await settingsItem.setValue({ serverUrl: server.url, token: TOKEN });
});

afterEach(async () => {
  cleanup();
  stop?.();
  stop = undefined;
  // Answers still on their way (the panel's refresh as it opened) end before the server does.
  await new Promise((r) => setTimeout(r, 50));
  await server.down();
  await loadMessages('en', allNamespaces());
});

describe('an edit refused at once, in French', () => {
  it('409 clip_reviewed: the refusal in French words, not the server’s English; the clip shown locked', async () => {
    const c = clip({ speaker: 'France' });
    const form = await editIn('fr', c);
    // A reviewer approves the clip while its observer is typing.
    server.reviews.set(c.id, { status: 'approved', lock: 'reviewed' });
    fireEvent.input(within(form).getByLabelText('Orateur'), { target: { value: 'Pérou' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));

    await waitFor(() =>
      expect(screen.getByTestId('editor-error').textContent).toBe('Un réviseur est passé avant : l’extrait a été révisé et ne peut plus être modifié.'),
    );
    expect(screen.getByTestId('editor-error').textContent).not.toMatch(/reviewer|already/i);
    expect(server.patches).toHaveLength(1);
    expect(JSON.parse(server.stored.get(c.id)!).speaker).toBe('France');
    expect((await recentClipsItem.getValue())[0]?.review).toMatchObject({ editable: false, lock: 'reviewed' });
  });

  it('403: the refusal in French words, without the status or the server’s message', async () => {
    const c = clip({ speaker: 'Chile' });
    refusals.set(c.id, { status: 403, code: 'forbidden', message: 'Only the clip’s observer may edit it' });
    const form = await editIn('fr', c);
    fireEvent.input(within(form).getByLabelText('Orateur'), { target: { value: 'Pérou' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));
    await waitFor(() => expect(screen.getByTestId('editor-error').textContent).toBe('Le serveur ne vous permet pas de modifier cet extrait.'));
  });

  it('400: each problem at its field, named in French; the speaker’s reason in French words', async () => {
    const c = clip({ speaker: 'Peru' });
    refusals.set(c.id, {
      status: 400,
      code: 'validation_failed',
      message: 'The request is not valid',
      problems: [
        { path: 'speaker', message: 'must not be empty' },
        { path: 'channel', message: 'Invalid option' },
      ],
    });
    const form = await editIn('fr', c);
    fireEvent.input(within(form).getByLabelText('Note'), { target: { value: 'dit deux fois' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));
    const speaker = within(form).getByLabelText('Orateur');
    await waitFor(() => expect(speaker.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(speaker.getAttribute('aria-describedby')!)!.textContent).toBe('L’orateur ne doit pas être vide.');
    // A field the form does not show is named in words above the buttons.
    expect(screen.getByTestId('editor-error').textContent).toBe('Canal audio : Invalid option');
    expect(form.textContent).not.toMatch(/not valid/);

    // A reason the panel has no words for is not passed off as another: the field named, the server's reason.
    refusals.get(c.id)!.problems = [{ path: 'speaker', message: 'Too big: expected string to have <=200 characters' }];
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));
    await waitFor(() => expect(document.getElementById(speaker.getAttribute('aria-describedby')!)!.textContent).toBe('Orateur : Too big: expected string to have <=200 characters'));
  });
});
