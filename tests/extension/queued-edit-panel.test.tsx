/**
 * The side panel shows a sent clip's edit that waits in the outbox: next to the clip, as waiting,
 * sending or refused (with the reason in words); a refused one can be copied or discarded.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OutboxPanel } from '../../extension/entrypoints/sidepanel/outbox-panel';
import type { ClipEditResult } from '../../extension/lib/clip-edit';
import { onMessage, type Handlers } from '../../extension/lib/protocol';
import { EMPTY_SYNC, recentClipsItem, type OutboxEntry, type RecentClip } from '../../extension/lib/storage';
import type { ClipPatch } from '../../shared/schemas';
import { clip } from './helpers/fixtures';

let stop: (() => void) | undefined;
const sent = clip({ speaker: 'France', start: 5, end: 9, note: '' });
const recent: RecentClip = { clip: sent, sentAt: 0, review: { status: 'draft', editable: true, lock: null, checkedAt: 0 } };
const queued = (over: Partial<OutboxEntry> = {}): OutboxEntry => ({
  clip: { ...sent, speaker: 'Peru', note: 'said twice' },
  state: 'waiting',
  attempts: 1,
  lastError: 'Cannot reach the server',
  nextAttemptAt: 0,
  onServer: true,
  edited: true,
  rev: 0,
  ...over,
});

function background(overrides: Handlers = {}) {
  stop = onMessage({ 'clips:recent': async () => ({ clips: await recentClipsItem.getValue(), message: null }), ...overrides });
}

const panel = (entries: OutboxEntry[]) => render(<OutboxPanel entries={entries} sync={EMPTY_SYNC} sending={false} onSendNow={() => {}} />);
const recentItem = async () => within(await screen.findByTestId('recent-clips')).getAllByRole('listitem')[0]!;

beforeEach(async () => {
  fakeBrowser.reset();
  await recentClipsItem.setValue([recent]);
});
afterEach(() => {
  cleanup();
  stop?.();
  vi.restoreAllMocks();
});

describe('a sent clip with an edit in the outbox', () => {
  it('shows the waiting edit next to the clip, with the content as edited, and edits from there', async () => {
    const edits: { id: string; patch: ClipPatch }[] = [];
    background({ 'clips:edit': async ({ id, patch }) => (edits.push({ id, patch }), { ok: true, clip: sent, queued: true }) });
    panel([queued()]);
    const item = await recentItem();
    expect(item.getAttribute('data-edit-state')).toBe('waiting');
    expect(within(item).getByText('Edit waiting to sync')).toBeTruthy();
    expect(within(item).getByText('Peru · 5–9')).toBeTruthy();
    expect(within(item).getByTestId('recent-edit-state').textContent).toMatch(/waits to be sent/);
    // The outbox lists it as an edit, not as a clip to send.
    expect(within(screen.getByTestId('outbox-waiting')).getByText('Edit waiting to sync')).toBeTruthy();

    // Editing starts from the queued content, and the form closes on a queued answer.
    fireEvent.click(within(item).getByRole('button', { name: 'Edit the clip Peru · 5–9' }));
    const note = (await screen.findByLabelText('Note')) as HTMLTextAreaElement;
    expect(note.value).toBe('said twice');
    fireEvent.input(note, { target: { value: 'said three times' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(edits).toEqual([{ id: sent.id, patch: expect.objectContaining({ note: 'said three times' }) }]);
    expect(screen.getByTestId('recent-message').textContent).toMatch(/cannot be reached now/);
  });

  it('shows "sending" while the edit is on its way', async () => {
    background();
    panel([queued({ sending: true })]);
    const item = await recentItem();
    expect(item.getAttribute('data-edit-state')).toBe('sending');
    expect(within(item).getByText('Sending edit…')).toBeTruthy();
  });

  it('a refused edit: the reason in words, no Edit or Send again, its text copied or discarded', async () => {
    const discards: string[] = [];
    background({ 'outbox:discard': async ({ id }) => (discards.push(id), { waiting: 0, failed: 0 }) });
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    panel([queued({ state: 'failed', refusal: 'reviewed', lastError: 'A reviewer has already reviewed this clip' })]);

    const item = await recentItem();
    expect(item.getAttribute('data-edit-state')).toBe('failed');
    expect(within(item).getByText('Edit refused')).toBeTruthy();
    expect(within(item).getByTestId('recent-edit-state').textContent).toMatch(/A reviewer got there first: the clip has been reviewed/);
    expect(within(item).queryByRole('button', { name: /^Edit/ })).toBeNull();

    const refused = within(screen.getByTestId('outbox-failed')).getAllByRole('listitem')[0]!;
    expect(within(refused).queryByRole('button', { name: /^Send again/ })).toBeNull();
    expect(within(refused).queryByRole('button', { name: /^Edit/ })).toBeNull();
    fireEvent.click(within(refused).getByRole('button', { name: 'Copy text of the change to Peru · 5–9' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText.mock.calls[0]).toEqual([['Speaker: Peru', 'Tags: victims', 'Note: said twice', 'Audio channel: floor', 'Start: 5', 'End: 9'].join('\n')]);
    await waitFor(() => expect(screen.getByTestId('outbox-message').textContent).toBe('The text of the change is copied.'));

    fireEvent.click(within(refused).getByRole('button', { name: 'Discard the refused change to Peru · 5–9' }));
    await waitFor(() => expect(discards).toEqual([sent.id]));
    await waitFor(() => expect(screen.getByTestId('outbox-message').textContent).toMatch(/discarded; the clip on the server stays as it was/));
  });

  it('shows the text to copy by hand when the browser refuses to copy it', async () => {
    background();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => Promise.reject(new Error('denied')) }, configurable: true });
    (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
    panel([queued({ state: 'failed', refusal: 'gone' })]);
    fireEvent.click(await screen.findByRole('button', { name: /^Copy text/ }));
    const area = (await screen.findByLabelText('Text of the change to Peru · 5–9')) as HTMLTextAreaElement;
    expect(area.value).toMatch(/^Speaker: Peru\n/);
    expect(screen.getByTestId('outbox-message').textContent).toMatch(/could not be copied/);
  });

  it('an edit refused for its values shows the problems and may be edited again', async () => {
    background();
    panel([queued({ state: 'failed', refusal: 'invalid', problems: [{ path: 'note', message: 'too long' }] })]);
    const refused = within(screen.getByTestId('outbox-failed')).getAllByRole('listitem')[0]!;
    expect(refused.textContent).toMatch(/The server refused these values/);
    expect(refused.textContent).toMatch(/Note: too long/);
    expect(within(refused).getByRole('button', { name: 'Edit the clip Peru · 5–9' })).toBeTruthy();
    expect(within(await recentItem()).getByRole('button', { name: 'Edit the clip Peru · 5–9' })).toBeTruthy();
  });

  it('once the waiting edit is refused, the stale "saved here" message goes and the list asks the server again', async () => {
    let asked = 0;
    background({
      'clips:recent': async () => (asked++, { clips: await recentClipsItem.getValue(), message: null }),
      'clips:edit': async () => ({ ok: true, clip: sent, queued: true }),
    });
    const view = panel([queued()]);
    const item = await recentItem();
    fireEvent.click(within(item).getByRole('button', { name: /^Edit the clip/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByTestId('recent-message').textContent).toMatch(/cannot be reached now/));

    const askedBefore = asked;
    view.rerender(<OutboxPanel entries={[queued({ state: 'failed', refusal: 'locked' })]} sync={EMPTY_SYNC} sending={false} onSendNow={() => {}} />);
    await waitFor(() => expect(screen.getByTestId('recent-message').textContent).toBe(''));
    await waitFor(() => expect(asked).toBe(askedBefore + 1));
    expect((await recentItem()).textContent).toMatch(/they edited the clip/);
  });
});
