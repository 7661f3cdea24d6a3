import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '../../extension/entrypoints/sidepanel/app';
import { createCommandRunner } from '../../extension/lib/commands';
import { onMessage, type Handlers, type PlayerLookup } from '../../extension/lib/protocol';
import { draftItem, EMPTY_DRAFT, outboxItem, selectedDialogueIdItem, settingsItem, type OutboxEntry } from '../../extension/lib/storage';
import type { ClipInput } from '../../shared/schemas';
import { clip, DIALOGUE } from './helpers/fixtures';

let added: ClipInput[];

/** A stand-in background that answers the panel's messages. */
function fakeBackground(overrides: Partial<Handlers> = {}) {
  const lookup = async (): Promise<PlayerLookup> => ({
    ok: true,
    tabId: 7,
    url: DIALOGUE.webcastUrl,
    time: { currentTime: 75.34, duration: 3600, paused: false, live: false },
  });
  const add = async (c: ClipInput) => {
    added.push(c);
    return { waiting: added.length, failed: 0 };
  };
  // The real command runner (it builds and checks the clip), on a stand-in player and outbox.
  const commands = createCommandRunner({ add, lookup: (tabId) => (overrides['player:time'] ?? lookup)({ tabId }, {} as never) });
  const handlers: Handlers = {
    'player:time': lookup,
    'outbox:add': async ({ clip: c }) => add(c),
    'capture:command': ({ command, tabId, draft }) => commands.run(command, { tabId, draft }),
    'outbox:flush': async () => ({ waiting: 0, failed: 0 }),
    'outbox:state': async () => ({ waiting: 0, failed: 0 }),
    'dialogues:list': async () => ({ ok: true, dialogues: [DIALOGUE] }),
    'settings:check': async () => ({ ok: false, error: { kind: 'settings', message: '' }, message: '' }),
    ...overrides,
  };
  return onMessage(handlers);
}

beforeEach(async () => {
  fakeBrowser.reset();
  added = [];
  await settingsItem.setValue({ serverUrl: 'http://127.0.0.1:8787', token: 'udc_x' });
});
afterEach(cleanup);

async function chooseDialogue() {
  await screen.findByRole('option', { name: new RegExp(DIALOGUE.title) });
  fireEvent.change(screen.getByLabelText('Dialogue'), { target: { value: DIALOGUE.id } });
}

describe('side panel', () => {
  it('shows field errors and queues nothing when the clip is invalid', async () => {
    fakeBackground();
    render(<SidePanelApp />);
    await chooseDialogue();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Speaker must not be empty/)).toBeTruthy();
    expect(screen.getByText(/Press Start, or type the start/)).toBeTruthy();
    expect(screen.getByLabelText('Start (s)').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('capture-message').textContent).toMatch(/not saved/);
    expect(added).toEqual([]);
  });

  it('takes the player time, saves a valid clip to the outbox and clears the form but not the dialogue', async () => {
    fakeBackground();
    render(<SidePanelApp />);
    await chooseDialogue();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect((screen.getByLabelText('Start (s)') as HTMLInputElement).value).toBe('75.3'));
    fireEvent.input(screen.getByLabelText('End (s)'), { target: { value: '1:52' } });
    fireEvent.input(screen.getByLabelText('Speaker'), { target: { value: ' Mexico ' } });
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'victims, data,, victims' } });
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Called for more NGO seats.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(added).toHaveLength(1));
    expect(added[0]).toMatchObject({
      kind: 'webcast',
      dialogueId: DIALOGUE.id,
      clock: 'recording',
      start: 75.3,
      end: 112,
      speaker: 'Mexico',
      tags: ['victims', 'data'],
      note: 'Called for more NGO seats.',
      channel: 'floor',
      url: DIALOGUE.webcastUrl,
    });
    expect(added[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(added[0]!.capturedAt))).toBe(false);
    await waitFor(() => expect((screen.getByLabelText('Speaker') as HTMLInputElement).value).toBe(''));
    expect((screen.getByLabelText('Start (s)') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Dialogue') as unknown as HTMLSelectElement).value).toBe(DIALOGUE.id);
    expect(await selectedDialogueIdItem.getValue()).toBe(DIALOGUE.id);
    expect(await draftItem.getValue()).toMatchObject({ start: '', speaker: '' });
  });

  it('says so when no video is found', async () => {
    fakeBackground({ 'player:time': async () => ({ ok: false, reason: 'no-video', message: 'No video player found in the tab.' }) });
    render(<SidePanelApp />);
    fireEvent.click(screen.getByRole('button', { name: 'End' }));
    await waitFor(() => expect(screen.getByTestId('capture-message').textContent).toBe('No video player found in the tab.'));
  });

  it('restores the draft, follows times set by the keyboard command, and takes Alt+S and Ctrl+Enter', async () => {
    fakeBackground();
    await selectedDialogueIdItem.setValue(DIALOGUE.id);
    await draftItem.setValue({ ...EMPTY_DRAFT, speaker: 'Chair', note: 'opening' });
    render(<SidePanelApp />);
    await waitFor(() => expect((screen.getByLabelText('Speaker') as HTMLInputElement).value).toBe('Chair'));

    await draftItem.setValue({ ...(await draftItem.getValue()), end: '200' }); // as the background's command does
    await waitFor(() => expect((screen.getByLabelText('End (s)') as HTMLInputElement).value).toBe('200'));

    fireEvent.keyDown(document, { key: 's', code: 'KeyS', altKey: true });
    await waitFor(() => expect((screen.getByLabelText('Start (s)') as HTMLInputElement).value).toBe('75.3'));
    await screen.findByRole('option', { name: new RegExp(DIALOGUE.title) });
    fireEvent.keyDown(document, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(added).toHaveLength(1));
    expect(added[0]).toMatchObject({ speaker: 'Chair', start: 75.3, end: 200, note: 'opening' });
  });

  it('shows the outbox state live and flushes on "Send now"', async () => {
    const flush = vi.fn(async () => ({ waiting: 0, failed: 0 }));
    fakeBackground({ 'outbox:flush': flush });
    render(<SidePanelApp />);
    await waitFor(() => expect(screen.getByTestId('outbox-status').textContent).toBe('All sent'));

    const waiting: OutboxEntry = { clip: clip(), state: 'waiting', attempts: 2, lastError: null, nextAttemptAt: 0 };
    const failed: OutboxEntry = { clip: clip(), state: 'failed', attempts: 1, lastError: 'invalid: start: must not be negative', nextAttemptAt: 0 };
    await outboxItem.setValue([waiting, { ...waiting, clip: clip() }, failed]);
    await waitFor(() => expect(screen.getByTestId('outbox-status').textContent).toBe('2 waiting, 1 failed'));
    expect(screen.getByTestId('outbox-failed').textContent).toContain('must not be negative');

    fireEvent.click(screen.getByRole('button', { name: 'Send now' }));
    await waitFor(() => expect(flush).toHaveBeenCalledWith({ force: true }, expect.anything()));
  });

  it('offers cached dialogues and explains when the server cannot list them', async () => {
    fakeBackground({ 'dialogues:list': async () => ({ ok: false, message: 'Cannot reach the server at http://127.0.0.1:8787.', dialogues: [DIALOGUE] }) });
    render(<SidePanelApp />);
    expect(await screen.findByRole('option', { name: new RegExp(DIALOGUE.title) })).toBeTruthy();
    expect((await screen.findByTestId('dialogue-load-message')).textContent).toMatch(/Could not load dialogues: Cannot reach/);
  });
});
