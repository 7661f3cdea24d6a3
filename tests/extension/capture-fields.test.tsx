// The side panel's Speaker, Tags and Channel fields, and its keys, against the real command runner.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '../../extension/entrypoints/sidepanel/app';
import { capturePrefsItem, dialoguesCacheItem, draftItem, EMPTY_DRAFT, settingsItem } from '../../extension/lib/storage';
import type { ClipInput, Dialogue } from '../../shared/schemas';
import { captureBackground, type PlayerClock } from './helpers/capture-background';
import { DIALOGUE } from './helpers/fixtures';

const SETUP: Dialogue = {
  ...DIALOGUE,
  tagVocabulary: ['victims', 'data', 'prevention'],
  defaultTag: 'victims',
  participants: [
    { name: 'Mexican Network against Trafficking', aliases: [], entityId: null, code: 'mexican-network', kind: 'ngo' },
    { name: 'Chile', aliases: [], entityId: 'CHL', code: 'CHL', kind: 'state' },
  ],
};

let added: ClipInput[];
let time: PlayerClock;

beforeEach(async () => {
  fakeBrowser.reset();
  added = [];
  time = { seconds: 75.34 };
  await settingsItem.setValue({ serverUrl: 'http://127.0.0.1:8787', token: 'udc_x' });
  await dialoguesCacheItem.setValue([SETUP]);
  captureBackground({ added, time, overrides: { 'dialogues:list': async () => ({ ok: true, dialogues: [SETUP] }) } });
});
afterEach(cleanup);

const field = (label: string) => screen.getByLabelText(label, { exact: true }) as HTMLInputElement;
const optionLabels = () => screen.queryAllByRole('option').filter((o) => o.closest('[role=listbox]')).map((o) => o.querySelector('span')?.textContent);

async function chooseDialogue() {
  await screen.findByRole('option', { name: new RegExp(SETUP.title) });
  fireEvent.change(screen.getByLabelText('Dialogue'), { target: { value: SETUP.id } });
}

describe('speaker field', () => {
  it('suggests from the speaker table in any UN language; arrows, Enter and Escape work it', async () => {
    render(<SidePanelApp />);
    const speaker = field('Speaker');
    expect(speaker.getAttribute('role')).toBe('combobox');
    expect(speaker.getAttribute('aria-expanded')).toBe('false');
    fireEvent.focus(speaker);
    fireEvent.input(speaker, { target: { value: 'Мексика' } });
    // The table arrives lazily (its own chunk), then Mexico is offered.
    await waitFor(() => expect(optionLabels()).toContain('Mexico'));
    expect(speaker.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox', { name: 'Speaker suggestions' });
    expect(speaker.getAttribute('aria-controls')).toBe(listbox.id);

    fireEvent.keyDown(speaker, { key: 'ArrowDown' });
    const active = speaker.getAttribute('aria-activedescendant');
    expect(document.getElementById(active!)?.getAttribute('aria-selected')).toBe('true');
    expect(document.getElementById(active!)?.textContent).toContain('Mexico');
    fireEvent.keyDown(speaker, { key: 'Enter' });
    await waitFor(() => expect(speaker.value).toBe('Mexico'));
    expect(speaker.getAttribute('aria-expanded')).toBe('false');
    expect(speaker.getAttribute('aria-activedescendant')).toBeNull();

    fireEvent.input(speaker, { target: { value: '墨西' } });
    await waitFor(() => expect(speaker.getAttribute('aria-expanded')).toBe('true'));
    fireEvent.keyDown(speaker, { key: 'Escape' });
    expect(speaker.getAttribute('aria-expanded')).toBe('false');
    expect(speaker.value).toBe('墨西');
  });

  it("offers the dialogue's expected participants first", async () => {
    render(<SidePanelApp />);
    await chooseDialogue();
    const speaker = field('Speaker');
    fireEvent.focus(speaker);
    fireEvent.keyDown(speaker, { key: 'ArrowDown' });
    await waitFor(() => expect(optionLabels()).toEqual(['Mexican Network against Trafficking', 'Chile']));
    fireEvent.input(speaker, { target: { value: 'mex' } });
    await waitFor(() => expect(optionLabels()).toContain('Mexico'));
    expect(optionLabels()[0]).toBe('Mexican Network against Trafficking');
    fireEvent.click(screen.getAllByRole('option').find((o) => o.querySelector('span')?.textContent === 'Mexico')!);
    await waitFor(() => expect(speaker.value).toBe('Mexico'));
  });
});

describe('tags and channel', () => {
  it("starts a new clip with the dialogue's default tag and offers its vocabulary", async () => {
    render(<SidePanelApp />);
    await chooseDialogue();
    const tags = field('Tags');
    await waitFor(() => expect(tags.value).toBe('victims'));
    expect(screen.getByText(/default tag: victims/)).toBeTruthy();
    fireEvent.input(tags, { target: { value: 'victims, d' } });
    await waitFor(() => expect(optionLabels()).toEqual(['data']));
    fireEvent.keyDown(tags, { key: 'ArrowDown' });
    fireEvent.keyDown(tags, { key: 'Enter' });
    await waitFor(() => expect(tags.value).toBe('victims, data, '));
    fireEvent.input(tags, { target: { value: 'victims, data, ' } });
    await waitFor(() => expect(optionLabels()).toEqual(['prevention']));
  });

  it('remembers the audio channel for the next clips', async () => {
    await draftItem.setValue({ ...EMPTY_DRAFT, start: '10', speaker: 'Chile' });
    render(<SidePanelApp />);
    await chooseDialogue();
    await waitFor(() => expect(field('Speaker').value).toBe('Chile'));
    fireEvent.change(screen.getByLabelText('Audio channel'), { target: { value: 'fr' } });
    await waitFor(async () => expect((await capturePrefsItem.getValue()).channel).toBe('fr'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(added).toHaveLength(1));
    expect(added[0]).toMatchObject({ channel: 'fr', speaker: 'Chile', tags: [] });
    // The new draft keeps the channel and takes the default tag; so does the one after.
    await waitFor(() => expect(field('Tags').value).toBe('victims'));
    expect((screen.getByLabelText('Audio channel') as unknown as HTMLSelectElement).value).toBe('fr');
    fireEvent.input(field('Speaker'), { target: { value: 'Chair' } });
    fireEvent.input(field('Start (s)'), { target: { value: '20' } });
    fireEvent.keyDown(document, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(added).toHaveLength(2));
    expect(added[1]).toMatchObject({ channel: 'fr', speaker: 'Chair', tags: ['victims'] });
    expect((await draftItem.getValue()).channel).toBe('fr');
  });
});

describe('panel keys', () => {
  it('Alt+N saves this speaker and starts the next at the same time; focus goes to Speaker', async () => {
    render(<SidePanelApp />);
    await chooseDialogue();
    fireEvent.keyDown(document, { key: 's', code: 'KeyS', altKey: true });
    await waitFor(() => expect(field('Start (s)').value).toBe('75.3'));
    fireEvent.input(field('Speaker'), { target: { value: 'Chile' } });
    time.seconds = 101.02;
    fireEvent.keyDown(document, { key: 'n', code: 'KeyN', altKey: true });
    await waitFor(() => expect(added).toHaveLength(1));
    expect(added[0]).toMatchObject({ speaker: 'Chile', start: 75.3, end: 101 });
    await waitFor(() => expect(screen.getByTestId('capture-message').textContent).toMatch(/next speaker starts at 101/));
    expect(field('Start (s)').value).toBe('101');
    expect(field('Speaker').value).toBe('');
    expect(document.activeElement).toBe(field('Speaker'));
    // Alt+Shift+N is the browser-wide command, not the panel's key.
    fireEvent.keyDown(document, { key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(added).toHaveLength(1);
  });

  it('keeps the next speaker typed while Next speaker is still running', async () => {
    render(<SidePanelApp />);
    await chooseDialogue();
    fireEvent.keyDown(document, { key: 's', code: 'KeyS', altKey: true });
    await waitFor(() => expect(field('Start (s)').value).toBe('75.3'));
    fireEvent.input(field('Speaker'), { target: { value: 'Chile' } });
    let release!: () => void;
    time.gate = new Promise((resolve) => (release = resolve));
    time.seconds = 120;
    fireEvent.keyDown(document, { key: 'n', code: 'KeyN', altKey: true });
    // The player has not answered yet: the observer already types the next name.
    await new Promise((r) => setTimeout(r, 20));
    fireEvent.input(field('Speaker'), { target: { value: 'Ke' } });
    release();
    await waitFor(() => expect(added).toHaveLength(1));
    expect(added[0]).toMatchObject({ speaker: 'Chile', start: 75.3, end: 120 });
    await waitFor(() => expect(field('Start (s)').value).toBe('120'));
    await new Promise((r) => setTimeout(r, 50)); // the background's storage event, if it comes late
    expect(field('Speaker').value).toBe('Ke');
    expect(await draftItem.getValue()).toMatchObject({ start: '120', speaker: 'Ke', end: '' });
  });
});

describe('draft echoes', () => {
  it('knows its own write back whatever the key order (Chromium sorts the keys of stored values)', async () => {
    const { canonical } = await import('../../extension/entrypoints/sidepanel/use-draft');
    const mine = { ...EMPTY_DRAFT, speaker: 'Ме', machine: { source: 's', speaker: null, text: 't', at: 3 } };
    const sorted = Object.fromEntries(Object.entries(mine).sort(([a], [b]) => a.localeCompare(b)));
    expect(JSON.stringify(sorted)).not.toBe(JSON.stringify(mine));
    expect(canonical(sorted)).toBe(canonical(mine));
    expect(canonical({ ...sorted, speaker: 'М' })).not.toBe(canonical(mine));
    expect(canonical({ ...mine, machine: { ...mine.machine, at: 4 } })).not.toBe(canonical(mine));
  });
});
