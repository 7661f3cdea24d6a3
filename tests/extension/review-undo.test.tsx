import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { closeReview, openReview, reloadReview, writes } from './helpers/review-page';
import { ME, intervention } from './helpers/review-fixtures';

afterEach(closeReview);

const cards = () => screen.getAllByTestId('intervention');
const live = () => screen.getByTestId('review-live').textContent ?? '';

describe('undo a merge or a split', () => {
  it('offers "Undo merge" on the card after a merge, and brings both back', async () => {
    const a = intervention({ position: 0, start: 10, end: 20, version: 2 });
    const b = intervention({ position: 1, start: 21, end: 30, version: 5, speaker: { name: 'Mexico', code: 'MEX', kind: 'state', known: true } });
    const server = await openReview([a, b]);
    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(screen.queryByTestId('undo')).toBeNull();
    fireEvent.click(within(cards()[0]!).getByRole('button', { name: 'Merge with next' }));
    await waitFor(() => expect(cards()).toHaveLength(1));

    const button = within(cards()[0]!).getByRole('button', { name: 'Undo merge (intervention 1)' });
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(writes(server).at(-1)).toEqual({ method: 'POST', path: `/interventions/${a.id}/undo`, body: { baseVersion: 3 } });
    expect(cards().map((c) => c.querySelector('h3')!.textContent)).toEqual([expect.stringContaining('France'), expect.stringContaining('Mexico')]);
    expect(live()).toMatch(/Merge undone: #1 France and #2 Mexico are separate again/);
    // Done: the card no longer offers it.
    expect(screen.queryByTestId('undo')).toBeNull();
  });

  it('offers "Undo split" on both halves after a split; either rejoins them', async () => {
    const iv = intervention({ start: 12, end: 19 });
    const server = await openReview([iv]);
    fireEvent.click(await screen.findByRole('button', { name: 'Split…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Split here' }));
    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(within(cards()[0]!).getByRole('button', { name: 'Undo split (intervention 1)' })).toBeTruthy();
    const second = server.interventions[1]!;
    fireEvent.click(within(cards()[1]!).getByRole('button', { name: 'Undo split (intervention 2)' }));
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(writes(server).at(-1)).toEqual({ method: 'POST', path: `/interventions/${second.id}/undo`, body: { baseVersion: 1 } });
    expect(cards()[0]!.querySelector('.times')!.textContent).toContain('0:00:12–0:00:19');
    expect(live()).toMatch(/Split undone: #2 France is one intervention again/);
  });

  it('offers the undo in the history when the latest structural change there is a merge, and says so when there is nothing to undo', async () => {
    const iv = intervention({ version: 2 });
    const server = await openReview([iv]);
    server.revisions.set(iv.id, [
      { version: 2, at: '2026-07-02T10:12:00Z', by: { id: ME.id, name: ME.name }, action: 'merge', changes: { mergedFrom: { from: null, to: 'gone' } }, snapshot: {}, reason: null },
      { version: 1, at: '2026-07-02T10:11:00Z', by: null, action: 'assembled', changes: {}, snapshot: {}, reason: null },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'History' }));
    const history = await screen.findByTestId('history');
    const undo = await within(history).findByRole('button', { name: 'Undo merge (intervention 1, version 2)' });
    // The fake server has no merge of its own to give back: it answers nothing_to_undo.
    fireEvent.click(undo);
    await waitFor(() => expect(live()).toMatch(/Nothing to undo: this intervention has no merge or split left to undo\./));
    expect(writes(server)).toEqual([{ method: 'POST', path: `/interventions/${iv.id}/undo`, body: { baseVersion: 2 } }]);
    expect(screen.queryByText(/changed since/)).toBeNull();
  });

  it('names history entries of undos, and offers nothing once the merge is undone', async () => {
    const iv = intervention({ version: 3 });
    const server = await openReview([iv]);
    server.revisions.set(iv.id, [
      { version: 3, at: '2026-07-02T10:13:00Z', by: { id: ME.id, name: ME.name }, action: 'undo-merge', changes: {}, snapshot: {}, reason: null },
      { version: 2, at: '2026-07-02T10:12:00Z', by: { id: ME.id, name: ME.name }, action: 'merge', changes: { mergedFrom: { from: null, to: 'gone' } }, snapshot: {}, reason: null },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'History' }));
    const history = await screen.findByTestId('history');
    await waitFor(() => expect(within(history).getAllByTestId('revision')).toHaveLength(2));
    expect(within(history).getAllByTestId('revision')[0]!.textContent).toMatch(/merge undone by Amina/);
    expect(within(history).getAllByTestId('revision')[1]!.textContent).toContain('Merged with: (none) → intervention gone…');
    expect(within(history).queryByTestId('undo')).toBeNull();
  });

  it('says in words why an ambiguous undo is refused, and keeps the record as it is', async () => {
    const a = intervention({ position: 0, start: 10, end: 20 });
    const b = intervention({ position: 1, start: 21, end: 30 });
    const server = await openReview([a, b]);
    await waitFor(() => expect(cards()).toHaveLength(2));
    fireEvent.click(within(cards()[0]!).getByRole('button', { name: 'Merge with next' }));
    await waitFor(() => expect(cards()).toHaveLength(1));
    server.refuseUndo = { code: 'undo_ambiguous', message: 'The other half has been merged or split since' };
    fireEvent.click(within(cards()[0]!).getByRole('button', { name: /Undo merge/ }));
    await waitFor(() => expect(live()).toMatch(/Cannot undo: the other intervention of that merge or split has been merged or split since/));
    expect(cards()).toHaveLength(1);
    // The record still names the merge, but the card does not offer what was just refused at this version.
    await waitFor(() => expect(server.requests.filter((r) => r.path.endsWith('/record'))).toHaveLength(4));
    expect(within(cards()[0]!).queryByTestId('undo')).toBeNull();
  });

  it('keeps a stale undo to re-apply once someone else changed the intervention', async () => {
    const a = intervention({ position: 0, start: 10, end: 20 });
    const b = intervention({ position: 1, start: 21, end: 30 });
    const server = await openReview([a, b]);
    await waitFor(() => expect(cards()).toHaveLength(2));
    fireEvent.click(within(cards()[0]!).getByRole('button', { name: 'Merge with next' }));
    await waitFor(() => expect(cards()).toHaveLength(1));
    server.bumpBehindTheScenes(a.id, { summary: 'Chen wrote this' });
    fireEvent.click(within(cards()[0]!).getByRole('button', { name: /Undo merge/ }));
    expect(await screen.findByText(/undo its last merge/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Re-apply/ }));
    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(writes(server).at(-1)).toEqual({ method: 'POST', path: `/interventions/${a.id}/undo`, body: { baseVersion: 3 } });
  });

  it('offers the undo on the card after a reload, as the record says: merged and split ones, not untouched or undone ones', async () => {
    const a = intervention({ position: 0, start: 10, end: 20 });
    const b = intervention({ position: 1, start: 21, end: 30, speaker: { name: 'Mexico', code: 'MEX', kind: 'state', known: true } });
    const c = intervention({ position: 2, start: 31, end: 40, speaker: { name: 'Germany', code: 'DEU', kind: 'state', known: true } });
    const d = intervention({ position: 3, start: 41, end: 50, speaker: { name: 'Peru', code: 'PER', kind: 'state', known: true } });
    const server = await openReview([a, b, c, d]);
    await waitFor(() => expect(cards()).toHaveLength(4));
    fireEvent.click(within(cards()[0]!).getByRole('button', { name: 'Merge with next' }));
    await waitFor(() => expect(cards()).toHaveLength(3));
    fireEvent.click(within(cards()[1]!).getByRole('button', { name: 'Split…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Split here' }));
    await waitFor(() => expect(cards()).toHaveLength(4));

    reloadReview();
    await waitFor(() => expect(cards()).toHaveLength(4));
    const offers = () => cards().map((card) => within(card).queryByTestId('undo')?.textContent ?? null);
    await waitFor(() => expect(offers()).toEqual(['Undo merge', 'Undo split', 'Undo split', null]));
    expect(within(cards()[0]!).getByRole('button', { name: 'Undo merge (intervention 1)' })).toBeTruthy();

    // An edit leaves the merge to undo where it was.
    fireEvent.click(within(cards()[0]!).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(live()).toMatch(/Approved/i));
    expect(offers()).toEqual(['Undo merge', 'Undo split', 'Undo split', null]);

    fireEvent.click(within(cards()[0]!).getByRole('button', { name: 'Undo merge (intervention 1)' }));
    await waitFor(() => expect(cards()).toHaveLength(5));
    expect(writes(server).at(-1)).toEqual({ method: 'POST', path: `/interventions/${a.id}/undo`, body: { baseVersion: 3 } });
    reloadReview();
    await waitFor(() => expect(cards()).toHaveLength(5));
    expect(offers()).toEqual([null, null, 'Undo split', 'Undo split', null]);
  });
});
