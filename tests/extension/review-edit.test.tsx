import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { closeReview, openReview, writes } from './helpers/review-page';
import { intervention } from './helpers/review-fixtures';

afterEach(closeReview);

const field = (name: string) => screen.getByLabelText(name, { exact: true }) as HTMLInputElement;
const live = () => screen.getByTestId('review-live').textContent ?? '';

async function openEditor() {
  fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
  await waitFor(() => expect(document.activeElement).toBe(field('Speaker')));
}

describe('editing an intervention', () => {
  it('sends only the changed fields with the version it was based on, and shows the result', async () => {
    const iv = intervention({ start: 75.5, end: 112 });
    const server = await openReview([iv]);
    await openEditor();
    expect(field('Start').value).toBe('0:01:15.5');
    expect(field('Tags').value).toBe('marking');
    fireEvent.input(field('Speaker'), { target: { value: ' Mexico ' } });
    fireEvent.input(field('Summary'), { target: { value: 'Mexico asked about arms diversion.' } });
    fireEvent.input(field('End'), { target: { value: '1:55' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.getByTestId('summary').textContent).toBe('Mexico asked about arms diversion.'));
    expect(writes(server)).toEqual([
      {
        method: 'PATCH',
        path: `/interventions/${iv.id}`,
        body: { baseVersion: 1, speaker: { name: 'Mexico' }, end: 115, summary: 'Mexico asked about arms diversion.' },
      },
    ]);
    expect(screen.queryByRole('form', { name: /Edit intervention/ })).toBeNull();
    expect(live()).toMatch(/Saved #1 Mexico \(version 2\)/);
    // The server locked what was sent; the page marks it.
    expect(within(screen.getByTestId('intervention')).getAllByText('(locked)').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the form open with errors beside the fields, from the page and from the server', async () => {
    const iv = intervention();
    const server = await openReview([iv]);
    await openEditor();
    fireEvent.input(field('Start'), { target: { value: '1:75' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await screen.findByTestId('error-start')).textContent).toMatch(/Type a time such as 1:02:03/);
    expect(field('Start').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('Start'));
    expect(writes(server)).toEqual([]);

    fireEvent.input(field('Start'), { target: { value: '0:00:12' } });
    fireEvent.input(field('Summary'), { target: { value: 'x'.repeat(10_001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await screen.findByTestId('error-summary')).textContent).toBe('must be at most 10000 characters');
    expect(field('Summary').getAttribute('aria-describedby')).toBe(screen.getByTestId('error-summary').id);
    expect(live()).toMatch(/Not saved: summary: must be at most 10000 characters/);
    expect(writes(server)).toHaveLength(1);
  });

  it('says when nothing changed, and Escape closes the editor back onto its button', async () => {
    const server = await openReview([intervention()]);
    await openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Nothing has changed yet.')).toBeTruthy();
    fireEvent.keyDown(field('Summary'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByLabelText('Summary', { exact: true })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' }));
    expect(writes(server)).toEqual([]);
  });
});

describe('when someone else changed it first (409)', () => {
  async function staleEdit() {
    const iv = intervention();
    const server = await openReview([iv]);
    await openEditor();
    server.bumpBehindTheScenes(iv.id, { summary: 'Chen’s summary', status: 'reviewed' });
    fireEvent.input(field('Summary'), { target: { value: 'My summary' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const notice = await screen.findByTestId('stale');
    return { iv, server, notice };
  }

  it('shows the current state and re-applies the change on the new version', async () => {
    const { iv, server, notice } = await staleEdit();
    expect(notice.textContent).toContain('Someone else changed this intervention');
    expect(notice.textContent).toContain('Chen’s summary');
    expect(notice.textContent).toContain('Reviewed (version 2)');
    expect(notice.textContent).toMatch(/Changed by\s*Chen/);
    expect(live()).toMatch(/Someone else changed #1 France/);

    fireEvent.click(within(notice).getByRole('button', { name: 'Re-apply my change' }));
    await waitFor(() => expect(screen.getByTestId('summary').textContent).toBe('My summary'));
    expect(writes(server).map((w) => w.body)).toEqual([
      { baseVersion: 1, summary: 'My summary' },
      { baseVersion: 2, summary: 'My summary' },
    ]);
    await waitFor(() => expect(screen.queryByRole('form', { name: /Edit intervention/ })).toBeNull());
    expect(screen.queryByTestId('stale')).toBeNull();
    expect(server.interventions[0]).toMatchObject({ id: iv.id, version: 3, summary: 'My summary', status: 'reviewed' });
  });

  it('discards the change and shows what the server has', async () => {
    const { server, notice } = await staleEdit();
    fireEvent.click(within(notice).getByRole('button', { name: 'Discard my change' }));
    await waitFor(() => expect(screen.getByTestId('summary').textContent).toBe('Chen’s summary'));
    expect(screen.queryByTestId('stale')).toBeNull();
    expect(within(screen.getByTestId('intervention')).getByTestId('status').textContent).toContain('Reviewed');
    expect(writes(server)).toHaveLength(1);
  });
});
