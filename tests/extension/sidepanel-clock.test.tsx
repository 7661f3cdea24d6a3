import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '../../extension/entrypoints/sidepanel/app';
import { draftItem, EMPTY_DRAFT, settingsItem } from '../../extension/lib/storage';
import type { ClipInput } from '../../shared/schemas';
import { captureBackground } from './helpers/capture-background';

const MARKED = Date.UTC(2026, 6, 1, 13, 20, 0);

beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.setValue({ serverUrl: 'http://127.0.0.1:8787', token: 'udc_x' });
});
afterEach(cleanup);

describe('side panel on the live clock', () => {
  it('moves the wall-clock mark of a typed live correction, and shows Live', async () => {
    captureBackground({ added: [] as ClipInput[] });
    await draftItem.setValue({ ...EMPTY_DRAFT, clock: 'live', start: '1100', startMarkedAt: MARKED });
    render(<SidePanelApp />);
    const start = (await screen.findByLabelText('Start (s)')) as HTMLInputElement;
    await waitFor(() => expect(start.value).toBe('1100'));
    expect(screen.getByTestId('clock-mode').textContent).toBe('Live');
    fireEvent.input(start, { target: { value: '1095' } });
    await waitFor(async () => expect(await draftItem.getValue()).toMatchObject({ start: '1095', startMarkedAt: MARKED - 5000 }));
  });
});
