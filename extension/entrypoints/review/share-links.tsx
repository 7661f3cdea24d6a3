/**
 * Share links of a dialogue: read-only links to its summary (approved interventions only) that
 * work without a token. A new link's URL is shown once; the server keeps only a hash of it.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ShareFormat, ShareLink, ShareLinkCreated } from '../../../shared/schemas/export';
import { sendToBackground } from '../../lib/protocol';
import type { Announce } from './use-record';

const FORMAT_NAMES: Record<ShareFormat, string> = { html: 'HTML', md: 'Markdown' };

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

interface Props {
  dialogueId: string;
  /** Reviewers and admins manage links; observers only learn that they exist. */
  canManage: boolean;
  announce: Announce;
}

export function ShareLinks({ dialogueId, canManage, announce }: Props) {
  const [links, setLinks] = useState<ShareLink[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [format, setFormat] = useState<ShareFormat>('html');
  const [fresh, setFresh] = useState<ShareLinkCreated | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const res = await sendToBackground('share:list', { dialogueId });
      if (res.ok) {
        setLinks(res.value);
        setError(null);
      } else setError(res.message);
    } catch {
      setError('The extension background did not answer.');
    }
  }, [dialogueId]);

  useEffect(() => {
    if (canManage) void load();
  }, [canManage, load]);

  async function act<T>(run: () => Promise<{ ok: true; value: T } | { ok: false; message: string }>, done: (value: T) => void) {
    setBusy(true);
    try {
      const res = await run();
      if (res.ok) done(res.value);
      else announce(res.message, 'error');
    } catch {
      announce('The extension background did not answer.', 'error');
    } finally {
      setBusy(false);
    }
  }

  const create = () =>
    act(
      () => sendToBackground('share:create', { dialogueId, format }),
      (link) => {
        setFresh(link);
        // Shown at once; the reload that follows brings the server's list.
        const { url: _url, ...listed } = link;
        setLinks((list) => [listed, ...(list ?? []).filter((l) => l.id !== link.id)]);
        announce(`New ${FORMAT_NAMES[link.format]} share link made. Copy it now: it is shown only once.`);
        void load();
      },
    );

  const revoke = (link: ShareLink) =>
    act(
      () => sendToBackground('share:revoke', { id: link.id }),
      () => {
        if (fresh?.id === link.id) setFresh(null);
        announce(`Share link ${link.prefix}… revoked: it no longer opens the summary.`);
        void load();
      },
    );

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      announce('Link copied.');
    } catch {
      announce('Copying was refused: select the link and copy it by hand.', 'error');
    }
  }

  return (
    <section class="share-links" aria-labelledby="share-links-heading">
      <h2 id="share-links-heading">Share links</h2>
      {!canManage ? (
        <p class="muted">Reviewers and admins can make read-only links to the approved summary.</p>
      ) : (
        <>
          <p class="muted">Anyone with a link can read the approved interventions, without a token, until it is revoked.</p>
          <div class="toolbar">
            <label>
              Format{' '}
              <select aria-label="Format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ShareFormat)}>
                <option value="html">HTML</option>
                <option value="md">Markdown</option>
              </select>
            </label>
            <button type="button" aria-disabled={busy} onClick={() => !busy && void create()}>
              Create share link
            </button>
          </div>
          {fresh && (
            <div class="new-link" data-testid="new-share-link">
              <label>
                New link (shown only once){' '}
                <input type="text" aria-label="New link (shown only once)" readOnly value={fresh.url} size={60} onFocus={(e) => e.currentTarget.select()} />
              </label>{' '}
              <button type="button" onClick={() => void copy(fresh.url)}>
                Copy
              </button>
            </div>
          )}
          {error && <p class="error">Share links could not be loaded: {error}</p>}
          {links && links.length === 0 && <p class="muted">No share links yet.</p>}
          {links && links.length > 0 && (
            <table class="share-list">
              <thead>
                <tr>
                  <th scope="col">Link</th>
                  <th scope="col">Format</th>
                  <th scope="col">Created</th>
                  <th scope="col">By</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                {links.map((link) => (
                  <tr key={link.id} data-testid="share-link">
                    <td>
                      <code>{link.prefix}…</code>
                    </td>
                    <td>{FORMAT_NAMES[link.format]}</td>
                    <td>{when(link.createdAt)}</td>
                    <td>{link.createdBy.name}</td>
                    <td>
                      {link.revokedAt ? (
                        `Revoked ${when(link.revokedAt)}`
                      ) : (
                        <button
                          type="button"
                          class="small"
                          aria-label={`Revoke link ${link.prefix}…`}
                          aria-disabled={busy}
                          onClick={() => !busy && void revoke(link)}
                        >
                          Revoke
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
