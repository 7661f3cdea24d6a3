/** The clips behind an intervention, observer by observer, with dissent and new ones marked. */
import { t, tn } from '../../lib/i18n';
import type { ReviewIntervention } from '../../lib/review-schemas';
import { Badge } from './bits';

interface Props {
  iv: ReviewIntervention;
  memberLabel(memberId: string): string;
}

export function ClipGroups({ iv, memberLabel }: Props) {
  if (iv.clips.length === 0) return <p class="muted">{t('review.noClips')}</p>;
  const newIds = new Set(iv.newClipIds);
  const byMember = new Map<string, ReviewIntervention['clips']>();
  for (const clip of iv.clips) {
    const list = byMember.get(clip.memberId);
    if (list) list.push(clip);
    else byMember.set(clip.memberId, [clip]);
  }
  return (
    <ul class="observers" aria-label={t('review.clipsByObserver', { count: iv.clips.length })}>
      {[...byMember].map(([memberId, clips]) => {
        const dissent = clips.filter((c) => c.role === 'dissent').length;
        return (
          <li key={memberId} class={dissent ? 'observer dissenting' : 'observer'} data-testid="observer">
            <span class="observer-name">{memberLabel(memberId)}</span>
            <span class="muted">
              {' '}
              · {tn('review.clipCount', clips.length)}
            </span>
            <ul class="clips">
              {clips.map((clip) => (
                <li key={clip.id} data-testid="clip">
                  <code title={clip.id}>{t('review.clipId', { id: clip.id.slice(0, 8) })}</code>{' '}
                  {clip.role === 'dissent' ? (
                    <Badge tone="dissent" testId="dissent">
                      {t('review.dissent')}
                    </Badge>
                  ) : (
                    <span class="muted">{t('review.supports')}</span>
                  )}{' '}
                  {(clip.new || newIds.has(clip.id)) && (
                    <Badge tone="new" testId="new-clip">
                      {t('review.newClip')}
                    </Badge>
                  )}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
