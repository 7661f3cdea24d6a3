/**
 * Share links of a dialogue: read-only links to its summary (approved interventions only) that
 * work without a token. A new link's URL is shown once; the server keeps only a hash of it.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ShareFormat, ShareLink, ShareLinkCreated } from '../../../shared/schemas/export';
import { t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/protocol';
import { formatWhen } from './labels';
import type { Announce } from './use-record';

const FORMAT_NAMES: Record<ShareFormat, string> = { html: 'HTML', md: 'Markdown' };

const when = formatWhen;

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
      setError(t('common.backgroundSilent'));
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
      announce(t('common.backgroundSilent'), 'error');
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
        announce(t('review.shareMade', { format: FORMAT_NAMES[link.format] }));
        void load();
      },
    );

  const revoke = (link: ShareLink) =>
    act(
      () => sendToBackground('share:revoke', { id: link.id }),
      () => {
        if (fresh?.id === link.id) setFresh(null);
        announce(t('review.shareRevokedAnnounce', { prefix: link.prefix }));
        void load();
      },
    );

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      announce(t('review.shareCopied'));
    } catch {
      announce(t('review.shareCopyRefused'), 'error');
    }
  }

  return (
    <section class="share-links" aria-labelledby="share-links-heading">
      <h2 id="share-links-heading">{t('review.shareLinks')}</h2>
      {!canManage ? (
        <p class="muted">{t('review.shareObserver')}</p>
      ) : (
        <>
          <p class="muted">{t('review.shareIntro')}</p>
          <div class="toolbar">
            <label>
              {t('review.shareFormat')}{' '}
              <select aria-label={t('review.shareFormat')} value={format} onChange={(e) => setFormat(e.currentTarget.value as ShareFormat)}>
                <option value="html">HTML</option>
                <option value="md">Markdown</option>
              </select>
            </label>
            <button type="button" aria-disabled={busy} onClick={() => !busy && void create()}>
              {t('review.shareCreate')}
            </button>
          </div>
          {fresh && (
            <div class="new-link" data-testid="new-share-link">
              <label>
                {t('review.shareNewLink')}{' '}
                <input type="text" aria-label={t('review.shareNewLink')} dir="ltr" readOnly value={fresh.url} size={60} onFocus={(e) => e.currentTarget.select()} />
              </label>{' '}
              <button type="button" onClick={() => void copy(fresh.url)}>
                {t('review.shareCopy')}
              </button>
            </div>
          )}
          {error && <p class="error">{t('review.shareError', { error })}</p>}
          {links && links.length === 0 && <p class="muted">{t('review.shareEmpty')}</p>}
          {links && links.length > 0 && (
            <table class="share-list">
              <thead>
                <tr>
                  <th scope="col">{t('review.shareColLink')}</th>
                  <th scope="col">{t('review.shareFormat')}</th>
                  <th scope="col">{t('review.shareColCreated')}</th>
                  <th scope="col">{t('review.shareColBy')}</th>
                  <th scope="col">{t('review.shareColState')}</th>
                </tr>
              </thead>
              <tbody>
                {links.map((link) => (
                  <tr key={link.id} data-testid="share-link">
                    <td>
                      <code dir="ltr">{link.prefix}…</code>
                    </td>
                    <td>{FORMAT_NAMES[link.format]}</td>
                    <td>{when(link.createdAt)}</td>
                    <td>{link.createdBy.name}</td>
                    <td>
                      {link.revokedAt ? (
                        t('review.shareRevoked', { when: when(link.revokedAt) })
                      ) : (
                        <button
                          type="button"
                          class="small"
                          aria-label={t('review.shareRevokeLabel', { prefix: link.prefix })}
                          aria-disabled={busy}
                          onClick={() => !busy && void revoke(link)}
                        >
                          {t('review.shareRevoke')}
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
