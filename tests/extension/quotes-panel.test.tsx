import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QuotesPanel } from '../../extension/entrypoints/sidepanel/quotes-panel';
import { onMessage } from '../../extension/lib/protocol';
import type { PendingQuote } from '../../extension/lib/quote-types';
import { pendingQuotesItem, quoteReportsItem } from '../../extension/lib/storage';
import { DIALOGUE } from './helpers/fixtures';

const PENDING: PendingQuote = {
  id: '0b7c1a52-3d4e-4f60-8a9b-0c1d2e3f4a5b',
  url: 'https://www.unodc.org/statement.html',
  dialogueId: DIALOGUE.id,
  quote: { exact: 'We call on all States parties to share data', prefix: '', suffix: '' },
  position: null,
  capturedAt: '2026-06-03T14:05:00.000Z',
};

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/sidepanel.html?tabId=7');
});
afterEach(cleanup);

describe('the side panel quotes', () => {
  it('shows nothing while the page has no quotes and none wait', async () => {
    const { container } = render(<QuotesPanel />);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.textContent).toBe('');
  });

  it('counts the highlighted quotes of its tab and lists, with their text, those not found', async () => {
    await quoteReportsItem.setValue({
      '7': { url: PENDING.url, highlighted: 2, missing: [{ id: 'a', exact: 'The text that is gone' }], at: 1 },
      '8': { url: 'https://www.unodc.org/other', highlighted: 5, missing: [], at: 1 },
    });
    render(<QuotesPanel />);
    expect(await screen.findByText('2 saved quotes are highlighted on this page.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '1 quote not found on the page now' })).toBeTruthy();
    expect(within(screen.getByTestId('quotes-missing')).getByText('The text that is gone')).toBeTruthy();
  });

  it('saves a waiting quote with the speaker typed, and shows why when it cannot', async () => {
    await pendingQuotesItem.setValue([PENDING]);
    const asked: { id: string; speaker: string }[] = [];
    const stop = onMessage({
      'quotes:assign': async (req) => {
        asked.push(req);
        if (req.speaker === 'Nobody') return { ok: false, message: 'Choose a dialogue first.' };
        await pendingQuotesItem.setValue([]);
        return { ok: true, id: req.id, state: 'saved' };
      },
    });
    render(<QuotesPanel />);
    const field = await screen.findByLabelText('Who said it');
    const save = screen.getByRole('button', { name: 'Save quote' });

    fireEvent.click(save);
    expect((await screen.findByRole('alert')).textContent).toBe('Type who said it first.');
    expect(asked).toEqual([]);

    fireEvent.input(field, { target: { value: 'Nobody' } });
    fireEvent.click(save);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Choose a dialogue first.'));

    fireEvent.input(field, { target: { value: 'Brazil' } });
    fireEvent.click(save);
    await waitFor(() => expect(screen.queryByTestId('quotes-pending')).toBeNull());
    expect(asked.map((a) => a.speaker)).toEqual(['Nobody', 'Brazil']);
    stop();
  });
});
