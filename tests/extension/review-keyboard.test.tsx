import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { closeReview, openReview, writes } from './helpers/review-page';
import { intervention } from './helpers/review-fixtures';

afterEach(closeReview);

const three = () => [
  intervention({ position: 0, start: 10, end: 20, speaker: { name: 'France', code: 'FRA', kind: 'state', known: true } }),
  intervention({ position: 1, start: 20, end: 30, speaker: { name: 'Mexico', code: 'MEX', kind: 'state', known: true }, version: 4 }),
  intervention({ position: 2, start: 30, end: 40, speaker: { name: 'Chair', code: 'CHAIR', kind: 'chair', known: true } }),
];

const cards = () => screen.getAllByTestId('intervention');
const focused = () => document.activeElement?.closest('[data-testid="intervention"]')?.querySelector('h3')?.textContent ?? '';
const key = (k: string, target: Element = document.activeElement ?? document.body) => fireEvent.keyDown(target, { key: k });

describe('keyboard use of the timeline', () => {
  it('moves with j/k, and with the arrow keys while the list has focus', async () => {
    await openReview(three());
    await waitFor(() => expect(cards()).toHaveLength(3));
    expect(cards().map((c) => c.tabIndex)).toEqual([0, -1, -1]); // one Tab stop into the list

    key('j');
    expect(focused()).toContain('Mexico');
    key('j');
    key('j'); // stays on the last one
    expect(focused()).toContain('Chair');
    key('k');
    expect(focused()).toContain('Mexico');
    expect(cards().map((c) => c.tabIndex)).toEqual([-1, 0, -1]);

    key('ArrowDown');
    expect(focused()).toContain('Chair');
    key('ArrowUp');
    key('ArrowUp');
    expect(focused()).toContain('France');

    // Outside the list the arrows scroll the page as usual.
    (document.activeElement as HTMLElement).blur();
    key('ArrowDown', document.body);
    expect(document.activeElement).toBe(document.body);
  });

  it('approves the focused intervention with a, naming the version it saw', async () => {
    const ivs = three();
    const server = await openReview(ivs);
    await waitFor(() => expect(cards()).toHaveLength(3));
    key('j');
    key('a');
    await waitFor(() => expect(within(cards()[1]!).getByTestId('status').textContent).toContain('Approved'));
    expect(writes(server)).toEqual([{ method: 'PATCH', path: `/interventions/${ivs[1]!.id}`, body: { baseVersion: 4, status: 'approved' } }]);
    expect(screen.getByTestId('review-live').textContent).toMatch(/Approved: #2 Mexico/);
    // Approving again sends nothing.
    key('a');
    await waitFor(() => expect(screen.getByTestId('review-live').textContent).toMatch(/already approved/));
    expect(writes(server)).toHaveLength(1);
  });

  it('opens the editor with e, ignores shortcuts while typing, and closes with Escape', async () => {
    const server = await openReview(three());
    await waitFor(() => expect(cards()).toHaveLength(3));
    key('j');
    key('e');
    const speaker = await within(cards()[1]!).findByLabelText('Speaker', { exact: true });
    await waitFor(() => expect(document.activeElement).toBe(speaker));

    key('j', speaker);
    key('a', speaker);
    expect(document.activeElement).toBe(speaker);
    expect(writes(server)).toEqual([]);

    key('Escape', speaker);
    await waitFor(() => expect(within(cards()[1]!).queryByLabelText('Speaker', { exact: true })).toBeNull());
    expect(within(cards()[1]!).getByRole('button', { name: 'Edit' })).toBe(document.activeElement);
  });

  it('labels every control and keeps everything reachable by Tab', async () => {
    await openReview(three());
    await waitFor(() => expect(cards()).toHaveLength(3));
    const controls = [...document.querySelectorAll('button, a[href], input, textarea, select')] as HTMLElement[];
    expect(controls.length).toBeGreaterThan(20);
    for (const el of controls) {
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
      expect(name, el.outerHTML).not.toBe('');
      expect(el.tabIndex, el.outerHTML).toBeGreaterThanOrEqual(0);
    }
  });
});
