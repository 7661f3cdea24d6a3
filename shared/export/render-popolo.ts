/**
 * Popolo speeches: the dialogue as an Event, each intervention as a Speech of that event. Speakers are
 * organisations (States, UN entities, NGOs), so they are listed under `organizations` and referenced by
 * `creator_id`. Popolo has no field for a recording offset or a review status; `start_offset`,
 * `end_offset` (seconds on the recording) and `status` are our additions.
 */
import { attribution, bodyText, momentLink, roundMs, safeHttpUrl, shownInterventions, speakerList, themeLabel } from './common';
import { instantAt } from './ids';
import type { ExportInput, ExportSpeaker } from './types';

const speakerId = (s: Pick<ExportSpeaker, 'name' | 'code'>): string =>
  s.code ? `speaker/${s.code}` : `speaker/name:${s.name}`;

export function renderPopolo(input: ExportInput): string {
  const d = input.dialogue;
  const chosen = shownInterventions(input);
  const eventId = `dialogue/${d.id}`;
  const webcast = safeHttpUrl(d.webcastUrl);
  const doc = {
    events: [
      {
        id: eventId,
        name: d.title,
        classification: 'constructive dialogue',
        description: themeLabel(d.theme),
        start_date: d.recordingStartedAt ?? d.date,
        location: d.venue,
        sources: webcast ? [{ url: webcast, note: 'webcast' }] : [],
      },
    ],
    organizations: speakerList(chosen).map((s) => ({
      id: speakerId(s),
      name: s.name,
      classification: s.kind,
      identifiers: s.code ? [{ scheme: 'un-dialogue-capture/speaker-code', identifier: s.code }] : [],
    })),
    speeches: chosen.map((i) => ({
      id: `intervention/${i.id}`,
      type: 'speech',
      event_id: eventId,
      position: i.position,
      creator_id: speakerId(i.speaker),
      attribution_text: attribution(input.speakerNames, i),
      text: bodyText(i),
      video: momentLink(d, i),
      start_date: instantAt(d.recordingStartedAt, i.start),
      end_date: instantAt(d.recordingStartedAt, i.end),
      start_offset: i.start === null ? null : roundMs(i.start),
      end_offset: i.end === null ? null : roundMs(i.end),
      status: i.status,
      tags: [...i.tags],
      quotes: i.quotes.map((q) => ({ text: q.text, url: q.source ? safeHttpUrl(q.source.url) : null })),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
