import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Dialogue } from '../../../shared/schemas';
import { t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/protocol';
import { dialoguesCacheItem, selectedDialogueIdItem } from '../../lib/storage';

/** The team's dialogues (cached ones first, while the server answers) and the chosen one. */
export function useDialogues() {
  const [dialogueId, setDialogueId] = useState('');
  const [dialogues, setDialogues] = useState<Dialogue[]>([]);
  const [loadMessage, setLoadMessage] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      const res = await sendToBackground('dialogues:list', {});
      setDialogues(res.dialogues);
      setLoadMessage(res.ok ? null : t('capture.dialoguesFailed', { reason: res.message }));
    } catch {
      setLoadMessage(t('capture.dialoguesFailed', { reason: t('common.backgroundSilent') }));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void selectedDialogueIdItem.getValue().then(setDialogueId);
    void dialoguesCacheItem.getValue().then((cached) => setDialogues((d) => (d.length ? d : cached)));
    void reload();
  }, [reload]);

  const choose = useCallback((id: string) => {
    setDialogueId(id);
    void selectedDialogueIdItem.setValue(id);
  }, []);

  const dialogue = dialogues.find((d) => d.id === dialogueId);
  return { dialogueId, dialogue, dialogues, loadMessage, loading, reload, choose };
}
