/** Where a dialogue's record leaves the extension: downloads and share links. */
import { t } from '../../lib/i18n';
import type { ReviewTeam } from '../../lib/protocol';
import { ExportMenu } from './export-menu';
import { ShareLinks } from './share-links';
import './exports.css';
import type { Announce } from './use-record';

export function ExportsPanel({ dialogueId, team, announce }: { dialogueId: string; team: ReviewTeam | null; announce: Announce }) {
  return (
    <section class="exports" aria-label={t('review.exports')}>
      <ExportMenu dialogueId={dialogueId} announce={announce} />
      {team && <ShareLinks dialogueId={dialogueId} canManage={team.me.member.role !== 'observer'} announce={announce} />}
    </section>
  );
}
