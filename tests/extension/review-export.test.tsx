import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShareLink } from '../../shared/schemas/export';
import { startBackground } from '../../extension/entrypoints/background/start';
import { ReviewApp } from '../../extension/entrypoints/review/app';
import { formatWhen } from '../../extension/entrypoints/review/labels';
import { createApiClient } from '../../extension/lib/api-client';
import { settingsItem } from '../../extension/lib/storage';
import { stubBrowserGaps } from './helpers/fixtures';
import { createReviewServer, intervention, ME, REVIEW_DIALOGUE, TEAM } from './helpers/review-fixtures';

const D = REVIEW_DIALOGUE.id;
const SECRET = 'AbCdEf' + 'x'.repeat(37);

interface Seen {
  method: string;
  path: string;
  query: string;
}

/** The review server, plus the export and share-link routes the Worker has. */
function exportServer({ role = ME.role, exportStatus = 200 }: { role?: 'observer' | 'reviewer'; exportStatus?: number } = {}) {
  const review = createReviewServer([intervention()]);
  const seen: Seen[] = [];
  const links: ShareLink[] = [
    { id: 'l-old', dialogueId: D, format: 'md', prefix: 'QwErTy', createdAt: '2026-07-02T09:00:00.000Z', createdBy: { id: ME.id, name: 'Amina' }, revokedAt: null },
  ];
  const json = (status: number, body: unknown) => new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input));
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const method = init?.method ?? 'GET';
    seen.push({ method, path, query: url.search });
    if (path === '/me') return json(200, { team: TEAM, member: { ...ME, role } });
    if (path === `/dialogues/${D}/export`) {
      if (exportStatus !== 200) return json(exportStatus, { error: { code: 'not_found', message: 'No such dialogue' } });
      const format = url.searchParams.get('format');
      return new Response(`# Export ${format} ${url.searchParams.get('include')}`, {
        status: 200,
        headers: { 'Content-Type': 'text/markdown; charset=utf-8', 'Content-Disposition': `attachment; filename="firearms-2026-07-01.${format}"` },
      });
    }
    if (path === `/dialogues/${D}/share-links` && method === 'GET') return json(200, { shareLinks: links });
    if (path === `/dialogues/${D}/share-links` && method === 'POST') {
      const { format } = JSON.parse(String(init!.body));
      const link: ShareLink = { id: 'l-new', dialogueId: D, format, prefix: SECRET.slice(0, 6), createdAt: '2026-07-02T10:00:00.000Z', createdBy: { id: ME.id, name: 'Amina' }, revokedAt: null };
      links.unshift(link);
      return json(201, { ...link, url: `http://127.0.0.1:8787/share/${SECRET}` });
    }
    const revoke = /^\/share-links\/(.+)$/.exec(path);
    if (revoke && method === 'DELETE') {
      const link = links.find((l) => l.id === revoke[1]);
      if (!link) return json(404, { error: { code: 'not_found', message: 'No such share link' } });
      link.revokedAt ??= '2026-07-02T10:05:00.000Z';
      return json(204, null);
    }
    return review.fetch(input, init);
  };
  return { fetch, seen };
}

let stop: (() => void) | undefined;
let saved: { name: string; text: Promise<string>; type: string }[];

async function open(options?: Parameters<typeof exportServer>[0]) {
  fakeBrowser.reset();
  stubBrowserGaps();
  const server = exportServer(options);
  await settingsItem.setValue({ serverUrl: 'http://127.0.0.1:8787', token: 'udc_review' });
  stop = startBackground({ client: (s) => createApiClient(s, server.fetch) });
  history.replaceState(null, '', `/review.html?dialogue=${D}`);
  render(<ReviewApp />);
  return server;
}

beforeEach(() => {
  saved = [];
  let blob: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b as Blob;
    return 'blob:export';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (this.href === 'blob:export' && blob) saved.push({ name: this.download, text: blob.text(), type: blob.type });
  });
});

afterEach(() => {
  cleanup();
  stop?.();
  stop = undefined;
  vi.restoreAllMocks();
});

const live = () => screen.getByTestId('review-live').textContent ?? '';
const exportButton = () => screen.findByRole('button', { name: 'Export' });

describe('the Export menu', () => {
  it('is a disclosure that opens onto its items, moves with the arrow keys and closes with Escape', async () => {
    await open();
    const button = await exportButton();
    const list = document.getElementById(button.getAttribute('aria-controls')!) as HTMLUListElement;
    expect(list.getAttribute('aria-label')).toBe('Export formats');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(list.hidden).toBe(true);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
    const items = within(list).getAllByRole('button').map((b) => b.textContent);
    expect(items).toEqual([
      'Markdown summary (.md)',
      'HTML page, printable (.html)',
      'Spreadsheet (.csv)',
      'JSON (.json)',
      'Popolo speeches (.popolo.json)',
      'Web Annotations (.jsonld)',
      'WebVTT chapters (.vtt)',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Include drafts')));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Markdown summary (.md)');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.textContent).toBe('WebVTT chapters (.vtt)');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByLabelText('Include drafts'));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(list.hidden).toBe(true);
    expect(document.activeElement).toBe(button);
    // Focus leaving the menu closes it too.
    fireEvent.click(button);
    expect(list.hidden).toBe(false);
    fireEvent.focusOut(button, { relatedTarget: screen.getByRole('link', { name: 'All dialogues' }) });
    expect(list.hidden).toBe(true);
  });

  it('downloads a format through the background as a file named by the server; approved only unless drafts are asked for', async () => {
    const server = await open();
    fireEvent.click(await exportButton());
    fireEvent.click(screen.getByRole('button', { name: 'Markdown summary (.md)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('firearms-2026-07-01.md');
    expect(await saved[0]!.text).toBe('# Export md approved');
    expect(saved[0]!.type).toMatch(/^text\/markdown/);
    expect(live()).toMatch(/Downloaded firearms-2026-07-01\.md \(approved interventions only\)/);

    fireEvent.click(screen.getByLabelText('Include drafts'));
    fireEvent.click(screen.getByRole('button', { name: 'Popolo speeches (.popolo.json)' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(await saved[1]!.text).toBe('# Export popolo all');
    expect(server.seen.filter((r) => r.path.endsWith('/export')).map((r) => r.query)).toEqual([
      '?format=md&include=approved',
      '?format=popolo&include=all',
    ]);
  });

  it('says why an export failed and saves nothing', async () => {
    await open({ exportStatus: 404 });
    fireEvent.click(await exportButton());
    fireEvent.click(screen.getByRole('button', { name: 'Spreadsheet (.csv)' }));
    await waitFor(() => expect(live()).toMatch(/Export failed: Not found \(404\)/));
    expect(saved).toEqual([]);
  });
});

describe('share links', () => {
  it('lists the links, makes one whose URL is shown once with a Copy button, and revokes', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const server = await open();
    const row = await screen.findByTestId('share-link');
    expect(row.textContent).toContain('QwErTy…');
    expect(row.textContent).toContain('Markdown');
    expect(row.textContent).toContain('Amina');
    expect(screen.queryByTestId('new-share-link')).toBeNull();

    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'html' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create share link' }));
    const url = (await screen.findByLabelText('New link (shown only once)')) as HTMLInputElement;
    expect(url.value).toBe(`http://127.0.0.1:8787/share/${SECRET}`);
    expect(url.readOnly).toBe(true);
    await waitFor(() => expect(screen.getAllByTestId('share-link')).toHaveLength(2));
    expect(live()).toMatch(/shown only once/);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(`http://127.0.0.1:8787/share/${SECRET}`));
    expect(live()).toMatch(/^Link copied\./);

    fireEvent.click(screen.getByRole('button', { name: 'Revoke link QwErTy…' }));
    await waitFor(() => expect(screen.getAllByTestId('share-link')[1]!.textContent).toContain(`Revoked ${formatWhen('2026-07-02T10:05:00.000Z')}`));
    expect(screen.queryByRole('button', { name: 'Revoke link QwErTy…' })).toBeNull();
    expect(server.seen.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /dialogues/${D}/share-links`,
      'DELETE /share-links/l-old',
    ]);
  });

  it('observers see that links exist for reviewers, and no controls', async () => {
    const server = await open({ role: 'observer' });
    expect(await screen.findByText(/Reviewers and admins can make read-only links/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create share link' })).toBeNull();
    expect(server.seen.some((r) => r.path.endsWith('/share-links'))).toBe(false);
    // The Export menu is for every member.
    expect(await exportButton()).toBeTruthy();
  });
});
