/** Starting the review page against the real background and a fake review server. */
import { cleanup, render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../extension/entrypoints/background/start';
import { ReviewApp } from '../../../extension/entrypoints/review/app';
import { createApiClient } from '../../../extension/lib/api-client';
import type { ReviewDialogue, ReviewIntervention } from '../../../extension/lib/review-schemas';
import { settingsItem } from '../../../extension/lib/storage';
import { stubBrowserGaps } from './fixtures';
import { createReviewServer, REVIEW_DIALOGUE, type ReviewServer } from './review-fixtures';

let stop: (() => void) | undefined;

export async function openReview(
  interventions: ReviewIntervention[],
  { dialogue = REVIEW_DIALOGUE, query = `?dialogue=${dialogue.id}`, members }: { dialogue?: ReviewDialogue; query?: string; members?: ReviewServer['members'] } = {},
): Promise<ReviewServer> {
  fakeBrowser.reset();
  stubBrowserGaps();
  const server = createReviewServer(interventions, [dialogue]);
  if (members !== undefined) server.members = members;
  await settingsItem.setValue({ serverUrl: 'http://127.0.0.1:8787', token: 'udc_review' });
  stop = startBackground({ client: (s) => createApiClient(s, server.fetch) });
  history.replaceState(null, '', `/review.html${query}`);
  render(<ReviewApp />);
  return server;
}

/** A reload of the page: its state starts afresh, the background and the server stay. */
export function reloadReview() {
  cleanup();
  render(<ReviewApp />);
}

export function closeReview() {
  cleanup();
  stop?.();
  stop = undefined;
}

/** The writes the page sent (reads left out). */
export function writes(server: ReviewServer) {
  return server.requests.filter((r) => r.method !== 'GET');
}
