import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClockSettings, fromLocalInput, toLocalInput } from '../../extension/entrypoints/review/clock-settings';
import { createApiClient } from '../../extension/lib/api-client';
import { onMessage, type Handlers, type ReviewTeam } from '../../extension/lib/protocol';
import type { ReviewDialogue } from '../../extension/lib/review-schemas';
import { BORIS, ME, REVIEW_DIALOGUE, TEAM } from './helpers/review-fixtures';

const DIALOGUE_ID = REVIEW_DIALOGUE.id;
const ADMIN = { ...ME, role: 'admin' as const };
const team = (member: typeof ME | typeof ADMIN): ReviewTeam => ({
  me: { team: TEAM, member },
  members: [
    { id: ME.id, name: ME.name, role: member.role, createdAt: '2026-01-01T00:00:00Z' },
    { id: BORIS.id, name: BORIS.name, role: BORIS.role, createdAt: '2026-01-01T00:00:00Z' },
  ],
});

let calls: { type: string; payload: unknown }[];
let source: 'estimated' | 'manual' | 'wall-marks';
let announced: [string, string | undefined][];

function background(overrides: Handlers = {}) {
  const log = <T,>(type: string, answer: T) => async (payload: unknown) => (calls.push({ type, payload }), answer);
  return onMessage({
    'review:record': async () => ({ ok: true, value: { dialogueId: DIALOGUE_ID, revision: 3, interventions: [], offsets: { [BORIS.id]: { offset: 992.5, source, support: 2 } } } }),
    'clock:set-offset': log('clock:set-offset', { ok: true as const, value: { memberId: BORIS.id, offset: 1000 } }),
    'clock:clear-offset': log('clock:clear-offset', { ok: true as const, value: null }),
    'clock:set-recording-start': async (payload) => {
      calls.push({ type: 'clock:set-recording-start', payload });
      return { ok: true, value: { ...REVIEW_DIALOGUE, recordingStartedAt: payload.recordingStartedAt } };
    },
    ...overrides,
  });
}

function open(member: typeof ME | typeof ADMIN, dialogue: ReviewDialogue = { ...REVIEW_DIALOGUE, recordingStartedAt: null }) {
  render(<ClockSettings dialogueId={DIALOGUE_ID} dialogue={dialogue} team={team(member)} announce={(text, tone) => announced.push([text, tone])} />);
}

beforeEach(() => {
  fakeBrowser.reset();
  calls = [];
  announced = [];
  source = 'wall-marks';
});
afterEach(cleanup);

describe('review clock settings', () => {
  it("shows each live observer's offset and where it came from, and lets a reviewer correct it", async () => {
    background();
    open(ME);
    const input = (await screen.findByLabelText('Offset for Boris, in seconds')) as HTMLInputElement;
    expect(input.value).toBe('992.5');
    expect(screen.getByTestId('offset-now').textContent).toMatch(/Now 992.5 s: estimated from the wall clock of their Start and End/);
    fireEvent.input(input, { target: { value: '1000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set offset' }));
    await waitFor(() => expect(calls).toEqual([{ type: 'clock:set-offset', payload: { dialogueId: DIALOGUE_ID, memberId: BORIS.id, offset: 1000 } }]));
    await waitFor(() => expect(announced.at(-1)).toEqual(['Offset saved. Reload the record to see the interventions in their new place.', undefined]));
    // A reviewer may not change the recording's start (admins only): the field is read-only, with no button.
    expect((screen.getByLabelText(/Recording started at/) as HTMLInputElement).readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save start time' })).toBeNull();
  });

  it('refuses an offset that is not a number of seconds in range, sending nothing', async () => {
    background();
    open(ME);
    const input = await screen.findByLabelText('Offset for Boris, in seconds');
    for (const bad of ['abc', '90000', '']) {
      fireEvent.input(input, { target: { value: bad } });
      fireEvent.click(screen.getByRole('button', { name: 'Set offset' }));
      await screen.findByText('Type a number of seconds between -86400 and 86400.');
    }
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(calls).toEqual([]);
  });

  it("clears a reviewer's offset back to the estimate", async () => {
    source = 'manual';
    background();
    open(ME);
    fireEvent.click(await screen.findByRole('button', { name: 'Use the estimate' }));
    await waitFor(() => expect(calls).toEqual([{ type: 'clock:clear-offset', payload: { dialogueId: DIALOGUE_ID, memberId: BORIS.id } }]));
  });

  it("lets an admin set the recording's start from local date and time, and clear it", async () => {
    background();
    open(ADMIN);
    const input = await screen.findByLabelText(/Recording started at/);
    expect(screen.getByText(/Not set: wall-clock clips wait unplaced/)).toBeTruthy();
    fireEvent.input(input, { target: { value: '2026-07-01T15:00:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save start time' }));
    const iso = new Date(2026, 6, 1, 15, 0, 30).toISOString();
    await waitFor(() => expect(calls).toEqual([{ type: 'clock:set-recording-start', payload: { dialogueId: DIALOGUE_ID, recordingStartedAt: iso } }]));
    fireEvent.click(await screen.findByRole('button', { name: 'Clear start time' }));
    await waitFor(() => expect(calls.at(-1)).toEqual({ type: 'clock:set-recording-start', payload: { dialogueId: DIALOGUE_ID, recordingStartedAt: null } }));
  });

  it("says so when the server refuses, and shows the start it has", async () => {
    background({ 'clock:set-recording-start': async () => ({ ok: false, message: 'Your role in the team does not allow this (403).', status: 403 }) });
    open(ADMIN, { ...REVIEW_DIALOGUE, recordingStartedAt: '2026-07-01T13:00:00Z' });
    const input = (await screen.findByLabelText(/Recording started at/)) as HTMLInputElement;
    // The browser may drop ':00' seconds from the shown value; it is the same instant.
    expect(fromLocalInput(input.value)).toBe('2026-07-01T13:00:00.000Z');
    fireEvent.input(input, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save start time' }));
    expect(await screen.findByText('Choose a date and a time.')).toBeTruthy();
    fireEvent.input(input, { target: { value: '2026-07-01T13:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save start time' }));
    await waitFor(() => expect(announced.at(-1)).toEqual(['Your role in the team does not allow this (403).', 'error']));
  });

  it('converts between datetime-local values and instants', () => {
    expect(fromLocalInput(toLocalInput('2026-07-01T13:00:05Z'))).toBe('2026-07-01T13:00:05.000Z');
    expect(fromLocalInput('2026-07-01')).toBeNull();
  });
});

describe('the typed client for the clock settings', () => {
  it('sends PUT and DELETE to the live-offset route and a PATCH of only recordingStartedAt', async () => {
    const seen: { method: string; url: string; body: unknown }[] = [];
    const fetchStub = (async (url: string, init: RequestInit) => {
      seen.push({ method: init.method!, url, body: init.body ? JSON.parse(String(init.body)) : null });
      const body = url.includes('live-offsets') ? { memberId: BORIS.id, offset: 12 } : { ...REVIEW_DIALOGUE, recordingStartedAt: '2026-07-01T13:00:00Z' };
      return new Response(init.method === 'DELETE' ? null : JSON.stringify(body), { status: init.method === 'DELETE' ? 204 : 200 });
    }) as typeof fetch;
    const client = createApiClient({ serverUrl: 'http://127.0.0.1:8787', token: 'udc_x' }, fetchStub);
    expect(await client.setLiveOffset(DIALOGUE_ID, BORIS.id, 12)).toEqual({ ok: true, value: { memberId: BORIS.id, offset: 12 } });
    expect(await client.clearLiveOffset(DIALOGUE_ID, BORIS.id)).toEqual({ ok: true, value: null });
    expect((await client.setRecordingStart(DIALOGUE_ID, '2026-07-01T13:00:00Z')).ok).toBe(true);
    const base = `http://127.0.0.1:8787/api/v1/dialogues/${DIALOGUE_ID}`;
    expect(seen).toEqual([
      { method: 'PUT', url: `${base}/live-offsets/${BORIS.id}`, body: { offset: 12 } },
      { method: 'DELETE', url: `${base}/live-offsets/${BORIS.id}`, body: null },
      { method: 'PATCH', url: base, body: { recordingStartedAt: '2026-07-01T13:00:00Z' } },
    ]);
  });
});
