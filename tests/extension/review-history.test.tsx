import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { closeReview, openReview, writes } from './helpers/review-page';
import { intervention } from './helpers/review-fixtures';

afterEach(closeReview);

const cards = () => screen.getAllByTestId('intervention');

describe('history, split and merge', () => {
  it('shows who changed what and restores an earlier version', async () => {
    const iv = intervention({ summary: '' });
    const server = await openReview([iv]);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByLabelText('Summary', { exact: true }), { target: { value: 'France backed tracing.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByTestId('summary').textContent).toBe('France backed tracing.'));

    fireEvent.click(screen.getByRole('button', { name: 'History' }));
    const history = await screen.findByTestId('history');
    await waitFor(() => expect(within(history).getAllByTestId('revision')).toHaveLength(2));
    const [latest, first] = within(history).getAllByTestId('revision');
    expect(latest!.textContent).toMatch(/Version 2 · edited by Amina/);
    expect(latest!.textContent).toContain('(current)');
    expect(latest!.textContent).toContain('Summary: (none) → “France backed tracing.”');
    expect(within(latest!).queryByRole('button', { name: /Restore this version/ })).toBeNull();
    expect(first!.textContent).toMatch(/Version 1 · assembled automatically/);

    fireEvent.click(within(first!).getByRole('button', { name: /Restore this version/ }));
    await waitFor(() => expect(screen.getByTestId('summary').textContent).toBe('No summary yet.'));
    expect(writes(server).at(-1)).toEqual({ method: 'POST', path: `/interventions/${iv.id}/restore`, body: { baseVersion: 2, version: 1 } });
    await waitFor(() => expect(within(history).getAllByTestId('revision')).toHaveLength(3));
    expect(within(history).getAllByTestId('revision')[0]!.textContent).toMatch(/Version 3 · restored by Amina/);
    expect(screen.getByTestId('review-live').textContent).toMatch(/Restored version 1 of #1 France/);
  });

  it('says when a revision only confirmed a field (kept the speaker, which locks it)', async () => {
    await openReview([intervention({ conflicts: [{ kind: 'speaker', clipIds: ['c1'], speakers: ['Mexico'] }] })]);
    fireEvent.click(await screen.findByRole('button', { name: 'Keep France' }));
    await waitFor(() => expect(screen.getByTestId('review-live').textContent).toMatch(/Saved #1 France \(version 2\)/));
    fireEvent.click(screen.getByRole('button', { name: 'History' }));
    const history = await screen.findByTestId('history');
    await waitFor(() => expect(within(history).getAllByTestId('revision')).toHaveLength(2));
    const latest = within(history).getAllByTestId('revision')[0]!;
    expect(latest.textContent).toContain('Confirmed and locked: Speaker');
    expect(latest.textContent).not.toContain('→');
  });

  it('splits at the midpoint by default', async () => {
    const iv = intervention({ start: 12, end: 19 });
    const server = await openReview([iv]);
    fireEvent.click(await screen.findByRole('button', { name: 'Split…' }));
    const at = screen.getByLabelText('Split at') as HTMLInputElement;
    expect(at.value).toBe('0:00:15.5');
    fireEvent.input(at, { target: { value: '0:00:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Split here' }));
    expect((await screen.findByText(/Choose a time after 0:00:12 and before 0:00:19/)).textContent).toBeTruthy();
    expect(writes(server)).toEqual([]);

    fireEvent.input(at, { target: { value: '0:00:15.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Split here' }));
    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(writes(server)).toEqual([{ method: 'POST', path: `/interventions/${iv.id}/split`, body: { baseVersion: 1, at: 15.5 } }]);
    expect(cards().map((c) => c.querySelector('.times')!.textContent)).toEqual([
      expect.stringContaining('0:00:12–0:00:15'),
      expect.stringContaining('0:00:15–0:00:19'),
    ]);
  });

  it('merges with the next intervention, naming both versions', async () => {
    const a = intervention({ position: 0, start: 10, end: 20, version: 2 });
    const b = intervention({ position: 1, start: 21, end: 30, version: 5 });
    const server = await openReview([a, b]);
    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(within(cards()[1]!).getByRole('button', { name: 'Merge with next' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(cards()[0]!).getByRole('button', { name: 'Merge with next' }));
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(writes(server)).toEqual([{ method: 'POST', path: '/interventions/merge', body: { ids: [a.id, b.id], baseVersions: [2, 5] } }]);
    expect(cards()[0]!.querySelector('.times')!.textContent).toContain('0:00:10–0:00:30');
  });
});
