import { screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { closeReview, openReview } from './helpers/review-page';
import { REVIEW_DIALOGUE, intervention } from './helpers/review-fixtures';

afterEach(closeReview);

describe('review page: what it asks once on opening is asked again when the ask fails', () => {
  it('is asked again when the first ask fails, so Edit and Approve appear without a reload', async () => {
    const server = await openReview([intervention({ position: 0, start: 1, end: 5 })]);
    const fetchServer = server.fetch;
    let refused = 0;
    // The first ask for /me fails as a dropped connection does on a busy machine.
    server.fetch = async (input, init) => {
      if (String(input).endsWith('/me') && refused === 0) {
        refused++;
        throw new TypeError('Failed to fetch');
      }
      return fetchServer(input, init);
    };
    const card = await screen.findByTestId('intervention');
    expect(within(card).queryByRole('button', { name: 'Edit' })).toBeNull();
    await waitFor(() => expect(within(card).getByRole('button', { name: 'Edit' })).toBeTruthy(), { timeout: 4_000 });
    expect(within(card).getByRole('button', { name: 'Approve' })).toBeTruthy();
    expect(refused).toBe(1);
    expect(server.requests.filter((r) => r.path === '/me').length).toBeGreaterThanOrEqual(1);
  });

  it('asks for the dialogues again, so the record shows its title (and webcast) without a reload', async () => {
    const server = await openReview([intervention({ position: 0, start: 1, end: 5 })]);
    const fetchServer = server.fetch;
    let refused = 0;
    server.fetch = async (input, init) => {
      if (String(input).endsWith('/dialogues') && refused === 0) {
        refused++;
        throw new TypeError('Failed to fetch');
      }
      return fetchServer(input, init);
    };
    await screen.findByTestId('intervention');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(REVIEW_DIALOGUE.title), { timeout: 4_000 });
    expect(refused).toBe(1);
  });
});
