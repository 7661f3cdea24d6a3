import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { closeReview, openReview, writes } from './helpers/review-page';
import { BORIS, ME, REVIEW_DIALOGUE, intervention } from './helpers/review-fixtures';

afterEach(closeReview);

const CLIP_A = 'c0000001-0000-4000-8000-00000000000a';
const CLIP_B = 'c0000001-0000-4000-8000-00000000000b';
const CLIP_NEW = 'c0000001-0000-4000-8000-00000000000c';

const disputed = () =>
  intervention({
    position: 0,
    start: 12,
    end: 3725.4,
    locked: ['speaker', 'summary'],
    clips: [
      { id: CLIP_A, memberId: ME.id, role: 'support', new: false },
      { id: CLIP_B, memberId: BORIS.id, role: 'dissent', new: false },
    ],
    clipIds: [CLIP_A, CLIP_B],
    conflicts: [{ kind: 'speaker', clipIds: [CLIP_B], speakers: ['Mexico'] }],
  });
const unknown = () =>
  intervention({
    position: 1,
    start: 3800,
    end: 3830,
    speaker: { name: 'Xyzland', code: null, kind: null, known: false },
    status: 'approved',
    clips: [{ id: CLIP_NEW, memberId: BORIS.id, role: 'support', new: true }],
    clipIds: [CLIP_NEW],
    newClipIds: [CLIP_NEW],
    quotes: ['We call for a global instrument.'],
  });

function card(name: RegExp) {
  return screen.getAllByTestId('intervention').find((el) => name.test(el.querySelector('h3')!.textContent ?? ''))!;
}

describe('review page: dialogues', () => {
  it('lists dialogues with their counts by status, and opens one into the URL', async () => {
    await openReview([disputed()], { query: '' });
    const row = await screen.findByTestId('dialogue-row');
    const count = (status: string) => row.querySelector(`[data-status="${status}"]`)!.textContent;
    expect(count('approved')).toBe('4');
    expect(count('needs-review')).toBe('1');
    expect(count('reviewed')).toBe('0');
    expect(screen.getByRole('columnheader', { name: 'Needs review' })).toBeTruthy();

    const link = within(row).getByRole('link', { name: REVIEW_DIALOGUE.title });
    expect(link.getAttribute('href')).toBe(`?dialogue=${REVIEW_DIALOGUE.id}`);
    fireEvent.click(link);
    expect(new URLSearchParams(location.search).get('dialogue')).toBe(REVIEW_DIALOGUE.id);
    expect(await screen.findByRole('heading', { level: 1, name: REVIEW_DIALOGUE.title })).toBeTruthy();
    await screen.findAllByTestId('intervention');

    fireEvent.click(screen.getByRole('link', { name: 'All dialogues' }));
    expect(location.search).toBe('');
    expect(await screen.findByTestId('dialogue-row')).toBeTruthy();
  });
});

describe('review page: the record as a timeline', () => {
  it('shows times, speakers, conflicts, dissent, new clips, unknown speakers and locks in words', async () => {
    await openReview([disputed(), unknown()]);
    await waitFor(() => expect(screen.getAllByTestId('intervention')).toHaveLength(2));
    const first = card(/France/);
    expect(first.querySelector('h3')!.textContent).toContain('France (FRA)');
    expect(within(first).getByText('0:00:12–1:02:05')).toBeTruthy();
    expect(within(first).getByTestId('conflict-badge').textContent).toContain('Conflict');
    expect(within(first).getByTestId('conflicts').textContent).toContain('Observers disagree on the speaker: 1 clip names Mexico instead of France.');
    // Locked speaker and summary carry a marker a screen reader reads.
    expect(within(first).getAllByText('(locked)')).toHaveLength(2);

    // Clips observer by observer: the caller by name, Boris by a short label (members are admin-only).
    const observers = within(first).getAllByTestId('observer');
    expect(observers.map((o) => o.querySelector('.observer-name')!.textContent)).toEqual(['Amina (you)', `Observer ${BORIS.id.slice(0, 6)}`]);
    expect(within(observers[1]!).getByTestId('dissent').textContent).toContain('Dissent: named another speaker');
    expect(within(observers[0]!).queryByTestId('dissent')).toBeNull();

    const second = card(/Xyzland/);
    expect(within(second).getByTestId('unknown-speaker').textContent).toContain('Unknown speaker');
    expect(within(second).getByTestId('new-badge').textContent).toContain('1 new clip');
    expect(within(second).getByTestId('new-clip').textContent).toContain('New');
    expect(within(second).getByTestId('status').textContent).toContain('Approved');
    expect(second.textContent).toContain('We call for a global instrument.');
    expect(within(second).queryByTestId('conflicts')).toBeNull();
    expect(screen.getByTestId('record-summary').textContent).toBe('2 interventions · 1 draft · 1 approved · 1 with conflicts');
  });

  it('reloads the record on request, showing what observers sent since', async () => {
    const server = await openReview([disputed()]);
    await waitFor(() => expect(screen.getAllByTestId('intervention')).toHaveLength(1));
    server.interventions.push(unknown());
    fireEvent.click(screen.getByRole('button', { name: 'Reload the record' }));
    await waitFor(() => expect(screen.getAllByTestId('intervention')).toHaveLength(2));
    expect(screen.getByTestId('review-live').textContent).toMatch(/up to date/);
  });

  it("names every observer when the caller may list the team's members", async () => {
    await openReview([disputed()], {
      members: [
        { ...ME, createdAt: '2026-01-01T00:00:00Z' },
        { ...BORIS, createdAt: '2026-01-01T00:00:00Z' },
      ],
    });
    await waitFor(() =>
      expect(screen.getAllByTestId('observer').map((o) => o.querySelector('.observer-name')!.textContent)).toEqual(['Amina (you)', 'Boris']),
    );
  });

  it('resolves a speaker conflict with one click, keeping or changing the speaker, sending the version it saw', async () => {
    const iv = { ...disputed(), locked: [] };
    const server = await openReview([iv]);
    fireEvent.click(await screen.findByRole('button', { name: 'Keep France' }));
    await waitFor(() => expect(writes(server)).toHaveLength(1));
    fireEvent.click(await screen.findByRole('button', { name: 'Use Mexico' }));
    await waitFor(() => expect(card(/Mexico/)).toBeTruthy());
    expect(writes(server)).toEqual([
      { method: 'PATCH', path: `/interventions/${iv.id}`, body: { baseVersion: 1, speaker: { name: 'France' } } },
      { method: 'PATCH', path: `/interventions/${iv.id}`, body: { baseVersion: 2, speaker: { name: 'Mexico' } } },
    ]);
  });

  it('disables Play with an explanation when the dialogue has no webcast', async () => {
    await openReview([disputed()], { dialogue: { ...REVIEW_DIALOGUE, webcastUrl: null } });
    const play = await screen.findByRole('button', { name: 'Play from 0:00:12' });
    expect(play.getAttribute('aria-disabled')).toBe('true');
    await waitFor(() => expect(document.getElementById('no-webcast')!.textContent).toMatch(/This dialogue has no webcast URL/));
    // A screen reader on the button hears why, too.
    expect(document.getElementById(play.getAttribute('aria-describedby')!)!.textContent).toMatch(/no webcast URL/);
    fireEvent.click(play);
    await waitFor(() => expect(screen.getByTestId('review-live').textContent).toMatch(/no webcast URL/));
  });

  it('asks the background to play the webcast from the start of the intervention', async () => {
    await openReview([disputed()]);
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    fireEvent.click(await screen.findByRole('button', { name: 'Play from 0:00:12' }));
    await waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.map((t) => t.url)).toContain(`${REVIEW_DIALOGUE.webcastUrl}#t=12`);
    });
  });

  it('explains when the record cannot be loaded, and says so when it is empty', async () => {
    await openReview([], { query: '?dialogue=00000000-0000-4000-8000-000000000000' });
    expect((await screen.findByText(/Could not load the record/)).textContent).toMatch(/Not found \(404\)/);
    closeReview();
    await openReview([]);
    expect(await screen.findByText(/No interventions yet/)).toBeTruthy();
  });
});
