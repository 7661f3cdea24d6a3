import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OutboxPanel } from '../../extension/entrypoints/sidepanel/outbox-panel';
import type { ClipEditResult } from '../../extension/lib/clip-edit';
import { onMessage, type Handlers } from '../../extension/lib/protocol';
import { EMPTY_SYNC, recentClipsItem, type OutboxEntry, type RecentClip } from '../../extension/lib/storage';
import type { ClipPatch } from '../../shared/schemas';
import { clip } from './helpers/fixtures';

let stop: () => void;
const edits: { type: string; id: string; patch: ClipPatch }[] = [];
let answer: (patch: ClipPatch) => ClipEditResult;

function background(overrides: Handlers = {}) {
  stop = onMessage({
    'outbox:edit': async ({ id, patch }) => (edits.push({ type: 'outbox', id, patch }), answer(patch)),
    'clips:edit': async ({ id, patch }) => (edits.push({ type: 'clips', id, patch }), answer(patch)),
    'clips:recent': async () => ({ clips: await recentClipsItem.getValue(), message: null }),
    ...overrides,
  });
}

const entry = (over: Partial<OutboxEntry> = {}): OutboxEntry => ({
  clip: clip({ speaker: 'Mexico', start: 75.5, end: 112 }),
  state: 'waiting',
  attempts: 0,
  lastError: null,
  nextAttemptAt: 0,
  ...over,
});

function panel(entries: OutboxEntry[]) {
  return render(<OutboxPanel entries={entries} sync={EMPTY_SYNC} sending={false} onSendNow={() => {}} />);
}

beforeEach(() => {
  fakeBrowser.reset();
  edits.length = 0;
  answer = () => ({ ok: true, clip: clip() });
});
afterEach(() => {
  cleanup();
  stop?.();
});

describe('outbox panel', () => {
  it('lists each clip with its state, and the server reasons with the fields in plain words', () => {
    background();
    const refused = entry({
      clip: clip({ speaker: 'Chile', start: 10, end: 5 }),
      state: 'failed',
      lastError: 'invalid: …',
      problems: [
        { path: 'end', message: 'must not be before start' },
        { path: 'tags.1', message: 'must not be empty' },
        { path: 'dialogueId', message: 'is not a dialogue of your team' },
      ],
    });
    panel([entry(), entry({ clip: clip({ speaker: 'Peru' }), sending: true }), refused]);
    expect(screen.getByTestId('outbox-status').textContent).toBe('2 waiting, 1 failed');
    const waiting = within(screen.getByTestId('outbox-waiting'));
    expect(waiting.getAllByRole('listitem').map((li) => li.getAttribute('data-state'))).toEqual(['waiting', 'sending']);
    expect(waiting.getByText('Sending…')).toBeTruthy();
    expect(waiting.getByText('Mexico · 75.5–112')).toBeTruthy();
    const failed = screen.getByTestId('outbox-failed');
    expect([...failed.querySelectorAll('.reasons li')].map((li) => li.textContent)).toEqual([
      'End: must not be before start',
      'Tag 2: must not be empty',
      'Dialogue: is not a dialogue of your team',
    ]);
    expect(within(failed).getByRole('button', { name: 'Send again: the clip Chile · 10–5' })).toBeTruthy();
    // Only a refused clip offers "Send again"; every clip can be edited.
    expect(screen.getAllByRole('button', { name: /^Send again/ })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: /^Edit the clip/ })).toHaveLength(3);
  });

  it('retries a refused clip by its id', async () => {
    const retry = vi.fn(async () => ({ waiting: 1, failed: 0 }));
    background({ 'outbox:retry': retry });
    const refused = entry({ state: 'failed', lastError: 'conflict: id' });
    panel([refused]);
    expect(screen.getByTestId('outbox-status').textContent).toBe('Nothing waiting, 1 failed');
    fireEvent.click(screen.getByRole('button', { name: /^Send again/ }));
    await waitFor(() => expect(retry).toHaveBeenCalledWith({ id: refused.clip.id }, expect.anything()));
    expect(screen.getByTestId('outbox-message').textContent).toMatch(/Sending the clip Mexico · 75.5–112 again/);
  });

  it('edits a waiting clip: speaker focused, refused fields marked and focused, then saved with parsed times', async () => {
    background();
    const e = entry();
    panel([e]);
    fireEvent.click(screen.getByRole('button', { name: 'Edit the clip Mexico · 75.5–112' }));
    const speaker = screen.getByLabelText('Speaker') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(speaker));
    expect((screen.getByLabelText('Start') as HTMLInputElement).value).toBe('75.5');

    // A time that is not one is caught here; nothing is sent.
    fireEvent.input(screen.getByLabelText('End'), { target: { value: 'soon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Type seconds, such as 75.5 or 1:15.5.')).toBeTruthy();
    expect(edits).toEqual([]);

    // The background refuses the speaker: the field says why and takes the focus.
    answer = () => ({ ok: false, reason: 'invalid', problems: [{ path: 'speaker', message: 'must not be empty' }] });
    fireEvent.input(screen.getByLabelText('End'), { target: { value: '2:00' } });
    fireEvent.input(speaker, { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Speaker must not be empty.')).toBeTruthy();
    expect(speaker.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(speaker);

    answer = (patch) => ({ ok: true, clip: { ...e.clip, ...patch } as never });
    fireEvent.input(speaker, { target: { value: 'Chile' } });
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'victims, access ,' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(edits.at(-1)).toEqual({
      type: 'outbox',
      id: e.clip.id,
      patch: { speaker: 'Chile', tags: ['victims', 'access'], note: '', start: 75.5, end: 120 },
    });
    expect(screen.getByTestId('outbox-message').textContent).toMatch(/Clip changed/);
  });

  it('closes the editor on Escape without sending anything, focus back on its Edit button', async () => {
    background();
    panel([entry()]);
    const button = screen.getByRole('button', { name: /^Edit the clip/ });
    fireEvent.click(button);
    const form = await screen.findByRole('form', { name: /Edit the clip of Mexico/ });
    fireEvent.keyDown(screen.getByLabelText('Note'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(form.isConnected).toBe(false);
    await waitFor(() => expect(document.activeElement?.id).toBe(button.id));
    expect(edits).toEqual([]);
  });

  it("saves the edit on Ctrl+Enter, which the capture form's shortcut then does not see", async () => {
    background();
    const captureShortcut = vi.fn();
    document.addEventListener('keydown', captureShortcut);
    try {
      panel([entry()]);
      fireEvent.click(screen.getByRole('button', { name: /^Edit the clip/ }));
      const note = await screen.findByLabelText('Note');
      fireEvent.input(note, { target: { value: 'said twice' } });
      fireEvent.keyDown(note, { key: 'Enter', ctrlKey: true });
      await waitFor(() => expect(edits).toHaveLength(1));
      expect(edits[0]!.patch).toMatchObject({ note: 'said twice' });
      expect(captureShortcut).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', captureShortcut);
    }
  });
});

describe('recent clips', () => {
  const recent = (over: Partial<RecentClip> = {}): RecentClip => ({ clip: clip({ speaker: 'France', start: 5, end: 9 }), sentAt: 0, review: null, ...over });

  it('shows each sent clip with its review status; a reviewed one is locked, an open one edits on the server', async () => {
    const open = recent({ review: { status: 'draft', editable: true, lock: null, checkedAt: 0 } });
    const approved = recent({ clip: clip({ speaker: 'Chile', start: 20, end: 30 }), review: { status: 'approved', editable: false, lock: 'reviewed', checkedAt: 0 } });
    await recentClipsItem.setValue([open, approved]);
    background();
    panel([]);
    const list = await screen.findByTestId('recent-clips');
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first!.getAttribute('data-locked')).toBe('false');
    expect(within(first!).getByTestId('recent-status').textContent).toBe('In the record; not reviewed yet');
    expect(second!.getAttribute('data-locked')).toBe('true');
    expect(within(second!).getByTestId('recent-status').textContent).toBe('Approved: it can no longer be changed');
    expect(within(second!).queryByRole('button')).toBeNull();

    // The server may have locked it since: the editor says so and keeps the text.
    answer = () => ({ ok: false, reason: 'locked', message: 'reviewed' });
    fireEvent.click(within(first!).getByRole('button', { name: 'Edit the clip France · 5–9' }));
    fireEvent.input(await screen.findByLabelText('Note'), { target: { value: 'typo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByTestId('editor-error').textContent).toMatch(/already reviewed or edited/));
    expect(edits).toEqual([{ type: 'clips', id: open.clip.id, patch: expect.objectContaining({ note: 'typo' }) }]);
  });

  it('shows five, then all on request', async () => {
    await recentClipsItem.setValue(Array.from({ length: 8 }, () => recent()));
    background();
    panel([]);
    const list = await screen.findByTestId('recent-clips');
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 8' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(8);
  });
});
