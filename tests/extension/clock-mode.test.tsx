import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClockMode } from '../../extension/entrypoints/sidepanel/clock-mode';
import { onMessage, type PlayerLookup } from '../../extension/lib/protocol';
import { capturePrefsItem, dialoguesCacheItem, draftItem, EMPTY_DRAFT, selectedDialogueIdItem } from '../../extension/lib/storage';
import { DIALOGUE } from './helpers/fixtures';

const STARTED = '2026-07-01T13:00:00Z';
let live: boolean;
const lookup = async (): Promise<PlayerLookup> => ({
  ok: true,
  tabId: 7,
  url: DIALOGUE.webcastUrl,
  time: { currentTime: 1234, duration: live ? null : 3600, paused: false, live },
});

beforeEach(async () => {
  fakeBrowser.reset();
  live = false;
  onMessage({ 'player:time': lookup });
  await dialoguesCacheItem.setValue([{ ...DIALOGUE, recordingStartedAt: STARTED }, { ...DIALOGUE, id: '00000000-0000-4000-8000-00000000d0d0', recordingStartedAt: null }]);
  await selectedDialogueIdItem.setValue(DIALOGUE.id);
});
afterEach(cleanup);

const badge = () => screen.getByTestId('clock-mode');

describe('side panel clock mode', () => {
  it('shows Live as soon as the player says it is live, before any mark', async () => {
    live = true;
    render(<ClockMode />);
    await waitFor(() => expect(badge().textContent).toBe('Live'));
    expect(screen.getByText('Times will be aligned to the recording.')).toBeTruthy();
  });

  it('shows Recording for an archive player, and the clock of the marks once there are some', async () => {
    render(<ClockMode />);
    await waitFor(() => expect(badge().dataset.clock).toBe('recording'));
    await draftItem.setValue({ ...EMPTY_DRAFT, clock: 'live', start: '1100' });
    await waitFor(() => expect(badge().textContent).toBe('Live'));
  });

  it("switches to the wall clock, takes the empty draft's clock along, and shows the dialogue's start time", async () => {
    render(<ClockMode />);
    fireEvent.click(await screen.findByLabelText('The wall clock (no webcast)'));
    await waitFor(() => expect(badge().textContent).toBe('Wall clock'));
    expect((await capturePrefsItem.getValue()).mode).toBe('wall');
    await waitFor(async () => expect((await draftItem.getValue()).clock).toBe('wall'));
    const start = new Date(STARTED).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'medium' });
    expect(screen.getByTestId('clock-recording-start').textContent).toBe(`This dialogue's recording started at ${start}: clips are placed from it.`);
  });

  it('warns in wall-clock mode that clips wait for a dialogue without a start time', async () => {
    await capturePrefsItem.setValue({ mode: 'wall', channel: 'floor' });
    await selectedDialogueIdItem.setValue('00000000-0000-4000-8000-00000000d0d0');
    render(<ClockMode />);
    await waitFor(() => expect(screen.getByTestId('clock-recording-start').textContent).toMatch(/no recording start time yet.*once an admin sets it/));
    expect(screen.getByTestId('clock-recording-start').className).toContain('warn');
  });

  it('leaves a draft with times on its clock when switching, for the next mark to settle', async () => {
    await draftItem.setValue({ ...EMPTY_DRAFT, clock: 'recording', start: '75.5' });
    render(<ClockMode />);
    fireEvent.click(await screen.findByLabelText('The wall clock (no webcast)'));
    await waitFor(async () => expect((await capturePrefsItem.getValue()).mode).toBe('wall'));
    expect(await draftItem.getValue()).toMatchObject({ clock: 'recording', start: '75.5' });
    fireEvent.click(screen.getByLabelText('The webcast player'));
    await waitFor(async () => expect((await capturePrefsItem.getValue()).mode).toBe('player'));
  });
});
