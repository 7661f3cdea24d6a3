/** The Export menu: every format as a download, approved interventions only unless drafts are asked for. */
import { useRef, useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/types';
import { t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/protocol';
import type { Announce } from './use-record';

export function formatLabel(format: ExportFormat): string {
  return t(`review.format.${format}`);
}

/** Saves text as a file the way a page can: a Blob behind a clicked <a download>. */
export function saveFile(text: string, fileName: string, contentType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the click; the URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

interface Props {
  dialogueId: string;
  announce: Announce;
}

export function ExportMenu({ dialogueId, announce }: Props) {
  const [open, setOpen] = useState(false);
  const [drafts, setDrafts] = useState(false);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const items = () => [...(listRef.current?.querySelectorAll<HTMLElement>('button, input') ?? [])];
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    let next: number | null = null;
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown') next = (at + 1) % list.length;
    else if (e.key === 'ArrowUp') next = (at - 1 + list.length) % list.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = list.length - 1;
    else return;
    if (next !== null) list[next]?.focus();
    // The timeline's keys must not act on the record while the menu has focus.
    e.preventDefault();
    e.stopPropagation();
  };

  async function download(format: ExportFormat) {
    setBusy(format);
    announce(t('review.exportPreparing', { format: formatLabel(format) }));
    try {
      const res = await sendToBackground('export:download', { dialogueId, format, include: drafts ? 'all' : 'approved' });
      if (!res.ok) return announce(t('review.exportFailed', { message: res.message }), 'error');
      saveFile(res.value.text, res.value.fileName, res.value.contentType);
      announce(t(drafts ? 'review.downloadedDrafts' : 'review.downloadedApproved', { file: res.value.fileName }));
    } catch {
      announce(t('common.backgroundSilent'), 'error');
    } finally {
      setBusy(null);
    }
  }

  return (
    <div
      class="export-menu"
      onKeyDown={onKeyDown}
      onFocusOut={(e) => {
        // Tabbing or clicking away closes it, as a menu would.
        const to = e.relatedTarget as Node | null;
        if (to && !e.currentTarget.contains(to)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls="export-formats"
        onClick={() => {
          setOpen(!open);
          if (!open) setTimeout(() => items()[0]?.focus(), 0);
        }}
      >
        {t('review.export')}
      </button>
      <ul id="export-formats" ref={listRef} hidden={!open} aria-label={t('review.exportFormats')}>
        <li>
          <label>
            <input type="checkbox" aria-label={t('review.includeDrafts')} checked={drafts} onChange={(e) => setDrafts(e.currentTarget.checked)} /> {t('review.includeDrafts')}
          </label>
        </li>
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <button type="button" class="small" aria-disabled={busy !== null} onClick={() => busy === null && void download(format)}>
              {formatLabel(format)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
