/**
 * The side panel's machine-transcript suggestion, with the real background service answering
 * `transcript:suggest` and `fetch` stubbed at the network boundary to serve the fixture answers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useEffect, useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  dismissSuggestion,
  MachineSuggestion,
  takeSuggestion,
  withSuggestion,
} from '../../extension/entrypoints/sidepanel/machine-suggestion';
import { SidePanelApp } from '../../extension/entrypoints/sidepanel/app';
import { buildClip } from '../../extension/lib/build-clip';
import { createCommandRunner } from '../../extension/lib/commands';
import { onMessage, type Handlers } from '../../extension/lib/protocol';
import { EMPTY_DRAFT, settingsItem, type Draft, type MachinePrefill } from '../../extension/lib/storage';
import type { ClipInput } from '../../shared/schemas';
import { createTranscriptService } from '../../extension/lib/transcripts';
import { DIALOGUE } from './helpers/fixtures';

const WEBCAST = 'https://webtv.un.org/en/asset/k1o/k1o7stmi6p';
const FIXTURE = readFileSync(path.resolve('tests/fixtures/transcripts/k1o7stmi6p.json'), 'utf8');
const MEXICO_TEXT =
  'Thank you, Co-Chair. Mexico calls for more seats for civil society in the review mechanism.\n\nWe also support a stronger focus on victim identification.';

let online: boolean;
let fetches: number;
let current: Draft;
let stopBackground: () => void;
let service: ReturnType<typeof createTranscriptService>;

beforeEach(() => {
  fakeBrowser.reset();
  online = true;
  fetches = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      fetches++;
      if (!online) throw new TypeError('Failed to fetch');
      const ok = String(input) === 'https://transcripts.un.org/en/asset/k1o/k1o7stmi6p.json';
      return new Response(ok ? FIXTURE : '{"error":"Video not found"}', { status: ok ? 200 : 404 });
    }),
  );
  service = createTranscriptService();
  stopBackground = onMessage({ 'transcript:suggest': (req) => service.suggest(req) });
});
afterEach(() => {
  cleanup();
  stopBackground();
  vi.unstubAllGlobals();
});

/** The panel's draft state around the component, as app.tsx holds it. */
function Harness({ initial, loaded }: { initial: Draft; loaded?: Draft }) {
  const [draft, setDraft] = useState(initial);
  current = draft;
  // The panel's draft arrives from storage after the first render.
  useEffect(() => void (loaded && setTimeout(() => setDraft(loaded), 5)), []);
  return (
    <>
      <input aria-label="Start" value={draft.start} onInput={(e) => setDraft((d) => ({ ...d, start: e.currentTarget.value }))} />
      <input aria-label="Speaker" value={draft.speaker} onInput={(e) => setDraft((d) => ({ ...d, speaker: e.currentTarget.value }))} />
      <textarea aria-label="Note" value={draft.note} onInput={(e) => setDraft((d) => ({ ...d, note: e.currentTarget.value }))} />
      <MachineSuggestion draft={draft} update={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
    </>
  );
}

const draftAt = (start: string, more: Partial<Draft> = {}): Draft => ({ ...EMPTY_DRAFT, start, url: WEBCAST, ...more });

describe('machine suggestion in the side panel', () => {
  it('fills an empty speaker and note from the statement at Start, marked machine-made, and the saved clip keeps the mark', async () => {
    render(<Harness initial={draftAt('30.4')} />);
    await waitFor(() => expect(current.speaker).toBe('Mexico'));
    expect(current.note).toBe(`[Machine transcript] ${MEXICO_TEXT}`);
    expect(current.machine).toEqual({ source: 'https://transcripts.un.org/en/asset/k1o/k1o7stmi6p?t=0:00:24', speaker: 'Mexico', text: MEXICO_TEXT, at: 24 });
    const box = screen.getByRole('region', { name: 'Machine transcript — not an official record' });
    expect(box.textContent).toMatch(/Filled in from the UN's machine transcript/);
    expect(screen.queryByRole('button', { name: 'Use' })).toBeNull(); // nothing left to use
    expect(screen.getByRole('link', { name: 'Open the transcript at 0:00:24' }).getAttribute('href')).toBe(current.machine!.source);

    const built = buildClip({ draft: current, dialogueId: DIALOGUE.id, id: crypto.randomUUID(), capturedAt: '2026-07-02T10:00:00.000Z' });
    expect(built.ok && built.clip.speaker).toBe('Mexico');
    expect(built.ok && built.clip.note.startsWith('[Machine transcript] Thank you, Co-Chair.')).toBe(true);
  });

  it("never overwrites what the observer typed; Use puts the suggestion in on request", async () => {
    render(<Harness initial={draftAt('55', { speaker: 'Portugal for the EU', note: 'Welcomed NGOs.' })} />);
    await waitFor(() => expect(current.machine?.speaker).toBe('Portugal (on behalf of European Union)'));
    expect(current.speaker).toBe('Portugal for the EU');
    expect(current.note).toBe('Welcomed NGOs.');
    expect(screen.getByText(/machine transcript suggests/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Use' }));
    expect(current.speaker).toBe('Portugal (on behalf of European Union)');
    expect(current.note).toMatch(/^\[Machine transcript\] I speak on behalf of the European Union/);
  });

  it('a new Start replaces what the suggestion filled, but not a field the observer edited', async () => {
    render(<Harness initial={draftAt('30')} />);
    await waitFor(() => expect(current.speaker).toBe('Mexico'));
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Mexico: more NGO seats.' } });
    fireEvent.input(screen.getByLabelText('Start'), { target: { value: '62' } });
    await waitFor(() => expect(current.speaker).toBe('United Nations Office on Drugs and Crime'));
    expect(current.note).toBe('Mexico: more NGO seats.');
    expect(current.machine?.at).toBe(61);
    // A Start in a pause: what the suggestion filled goes, the observer's note stays.
    fireEvent.input(screen.getByLabelText('Start'), { target: { value: '38' } });
    await waitFor(() => expect(current.machine).toBeNull());
    expect(current.speaker).toBe('');
    expect(current.note).toBe('Mexico: more NGO seats.');
    expect(screen.queryByTestId('machine-suggestion')).toBeNull();
  });

  it('Dismiss empties only the fields it filled, and the same statement is not suggested again', async () => {
    render(<Harness initial={draftAt('81')} />);
    await waitFor(() => expect(current.note).toMatch(/^\[Machine transcript\] Our network of shelters/));
    fireEvent.input(screen.getByLabelText('Speaker'), { target: { value: 'La Strada International' } });
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(current.speaker).toBe('La Strada International');
    expect(current.note).toBe('');
    expect(screen.queryByTestId('machine-suggestion')).toBeNull();
    fireEvent.input(screen.getByLabelText('Start'), { target: { value: '82' } });
    await new Promise((r) => setTimeout(r, 30));
    expect(current.note).toBe('');
    expect(screen.queryByTestId('machine-suggestion')).toBeNull();
  });

  it('offline, nothing is suggested and the draft is what the observer typed', async () => {
    online = false;
    render(<Harness initial={draftAt('30', { speaker: 'Mexico', note: 'More NGO seats.' })} />);
    await waitFor(() => expect(fetches).toBe(1));
    await new Promise((r) => setTimeout(r, 30));
    expect(current).toEqual(draftAt('30', { speaker: 'Mexico', note: 'More NGO seats.' }));
    expect(screen.queryByTestId('machine-suggestion')).toBeNull();
    const built = buildClip({ draft: current, dialogueId: DIALOGUE.id, id: crypto.randomUUID(), capturedAt: '2026-07-02T10:00:00.000Z' });
    expect(built.ok && built.clip.note).toBe('More NGO seats.');
  });

  it('opening the panel offline keeps what an earlier answer filled in', async () => {
    online = false;
    const machine: MachinePrefill = { source: 'https://transcripts.un.org/en/asset/k1o/k1o7stmi6p?t=0:00:24', speaker: 'Mexico', text: MEXICO_TEXT, at: 24 };
    const filled = draftAt('30', { speaker: 'Mexico', note: `[Machine transcript] ${MEXICO_TEXT}`, machine });
    render(<Harness initial={filled} />);
    await waitFor(() => expect(fetches).toBe(1));
    await new Promise((r) => setTimeout(r, 30));
    expect(current).toEqual(filled);
    expect(screen.getByTestId('machine-suggestion')).toBeTruthy();
    cleanup();

    // As the panel opens: an empty draft first, then the stored one.
    render(<Harness initial={EMPTY_DRAFT} loaded={filled} />);
    await waitFor(() => expect(current).toEqual(filled));
    await new Promise((r) => setTimeout(r, 60)); // the background's answer (null: offline) has come
    expect(current).toEqual(filled);
    expect(screen.getByTestId('machine-suggestion')).toBeTruthy();
  });

  it.each([
    ['a live stream', draftAt('30', { clock: 'live' })],
    ['the wall clock', draftAt('10:00:30', { clock: 'wall' })],
    ['a page that is not a UN webcast', draftAt('30', { url: 'https://example.org/meeting' })],
    ['no Start yet', draftAt('')],
  ])('asks nothing for %s', async (_, draft) => {
    render(<Harness initial={draft} />);
    await new Promise((r) => setTimeout(r, 30));
    expect(fetches).toBe(0);
    expect(current).toEqual(draft);
  });
});

describe('in the side panel', () => {
  it('Start on a UN webcast fills the speaker and note; Save queues the clip with the machine marker', async () => {
    stopBackground();
    const added: ClipInput[] = [];
    const add = async (c: ClipInput) => (added.push(c), { waiting: added.length, failed: 0 });
    const commands = createCommandRunner({
      add,
      lookup: async () => ({ ok: true, tabId: 7, url: WEBCAST, time: { currentTime: 30.4, duration: 3600, paused: false, live: false } }),
    });
    const handlers: Handlers = {
      'capture:command': ({ command, tabId, draft }) => commands.run(command, { tabId, draft }),
      'transcript:suggest': (req) => service.suggest(req),
      'outbox:state': async () => ({ waiting: 0, failed: 0 }),
      'dialogues:list': async () => ({ ok: true, dialogues: [DIALOGUE] }),
    };
    stopBackground = onMessage(handlers);
    await settingsItem.setValue({ serverUrl: 'http://127.0.0.1:8787', token: 'udc_x' });
    render(<SidePanelApp />);
    await screen.findByRole('option', { name: new RegExp(DIALOGUE.title) });
    fireEvent.change(screen.getByLabelText('Dialogue'), { target: { value: DIALOGUE.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));

    await waitFor(() => expect((screen.getByLabelText('Speaker') as HTMLInputElement).value).toBe('Mexico'));
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe(`[Machine transcript] ${MEXICO_TEXT}`);
    expect(screen.getByRole('region', { name: 'Machine transcript — not an official record' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(added).toHaveLength(1));
    expect(added[0]).toMatchObject({ speaker: 'Mexico', start: 30.4, note: `[Machine transcript] ${MEXICO_TEXT}` });
    await waitFor(() => expect(screen.queryByTestId('machine-suggestion')).toBeNull());
  });
});

describe('the draft rules', () => {
  const m = (over: Partial<MachinePrefill> = {}): MachinePrefill => ({ source: 's', speaker: 'Mexico', text: 'Hello.', at: 24, ...over });

  it('the same statement again changes nothing (the draft object is kept)', () => {
    const d = draftAt('30', { speaker: 'x', note: '', machine: m({ speaker: null, text: null }) });
    expect(withSuggestion(d, m())).toBe(d);
  });

  it('a suggestion with no text fills the speaker only', () => {
    const d = withSuggestion(draftAt('30'), m({ text: null }));
    expect([d.speaker, d.note]).toEqual(['Mexico', '']);
    expect(takeSuggestion({ ...d, speaker: 'Chile', note: 'mine' })).toEqual({ speaker: 'Mexico', note: 'mine' });
  });

  it('Dismiss without a suggestion does nothing', () => {
    expect(dismissSuggestion(draftAt('30'))).toEqual({});
  });
});
