/**
 * Wires browser events to the services. Everything that must survive lives in storage; this
 * worker may be stopped at any moment and started again by any of these events.
 */
import { browser } from 'wxt/browser';
import { createApiClient, describeApiError } from '../../lib/api-client';
import { startBackgroundWords } from '../../lib/background-i18n';
import { createOutbox, RETRY_ALARM, showBadge, type OutboxDeps } from '../../lib/outbox';
import { createCommandRunner } from '../../lib/commands';
import { lookupPlayerTime } from '../../lib/player';
import { t } from '../../lib/i18n';
import { onMessage, type AllHandlers } from '../../lib/protocol';
import { startQuotes } from '../../lib/quotes';
import { createMyClipsHandlers } from '../../lib/my-clips-service';
import { createReviewHandlers } from '../../lib/review-service';
import { createTranscriptService } from '../../lib/transcripts';
import { dialoguesCacheItem, outboxItem, settingsItem, syncStatusItem } from '../../lib/storage';

export const PERIODIC_ALARM = 'outbox-periodic';

/** Starts the background; returns a stop function (for tests, which restart it in one process). */
export function startBackground(deps: OutboxDeps = {}): () => void {
  const outbox = createOutbox(deps);
  const client = async () => (deps.client ?? createApiClient)(await settingsItem.getValue());
  const transcripts = createTranscriptService({ now: deps.now });
  const flushSoon = () => void outbox.flush().catch((err) => console.error('[background] flush failed', err));
  const connect = async () => {
    const settings = await settingsItem.getValue();
    return { settings, client: (deps.client ?? createApiClient)(settings) };
  };
  const commands = createCommandRunner({ add: (clip) => outbox.add(clip), now: deps.now });

  const quotes = startQuotes({ addClip: (clip) => outbox.add(clip), now: deps.now });

  const handlers: AllHandlers = {
    ...quotes.handlers,
    ...createReviewHandlers(async () => {
      const settings = await settingsItem.getValue();
      return { settings, client: (deps.client ?? createApiClient)(settings) };
    }),
    'player:time': ({ tabId }) => lookupPlayerTime(tabId),
    'outbox:add': ({ clip }) => outbox.add(clip),
    'transcript:suggest': (req) => transcripts.suggest(req),
    'capture:command': ({ command, tabId, draft }) => commands.run(command, { tabId, draft }),
    'outbox:flush': ({ force }) => outbox.flush({ force }),
    'outbox:state': () => outbox.summary(),
    ...createMyClipsHandlers({ outbox, connect, now: deps.now, random: deps.random }),
    'dialogues:list': async () => {
      const settings = await settingsItem.getValue();
      if (!settings.token) {
        return { ok: false, message: t('background.noToken'), dialogues: await dialoguesCacheItem.getValue() };
      }
      const res = await (await client()).listDialogues();
      if (res.ok) {
        await dialoguesCacheItem.setValue(res.value);
        return { ok: true, dialogues: res.value };
      }
      return { ok: false, message: describeApiError(res.error, settings.serverUrl), dialogues: await dialoguesCacheItem.getValue() };
    },
    'settings:check': async () => {
      const settings = await settingsItem.getValue();
      if (!settings.token) {
        return { ok: false, error: { kind: 'settings', message: 'No API token' }, message: t('background.enterToken') };
      }
      const res = await (await client()).getMe();
      if (res.ok) {
        flushSoon();
        return { ok: true, me: res.value };
      }
      return { ok: false, error: res.error, message: describeApiError(res.error, settings.serverUrl) };
    },
  };

  const stops: (() => void)[] = [onMessage(handlers), () => outbox.dispose(), quotes.stop];
  stops.push(commands.stop);
  // The background speaks the observer's language: its messages reach the pages and storage.
  stops.push(startBackgroundWords());
  const listen: Listen = (event, cb) => {
    event.addListener(cb);
    stops.push(() => event.removeListener(cb));
  };

  listen(browser.alarms.onAlarm, (alarm) => {
    if (alarm.name === RETRY_ALARM || alarm.name === PERIODIC_ALARM) flushSoon();
  });
  listen(browser.runtime.onStartup, flushSoon);
  listen(browser.runtime.onInstalled, flushSoon);
  if (browser.commands?.onCommand) listen(browser.commands.onCommand, commands.onCommand);
  // A new token or server may be able to send what a refused one could not.
  stops.push(settingsItem.watch(async () => {
    await syncStatusItem.setValue({ ...(await syncStatusItem.getValue()), authFailedFor: null });
    flushSoon();
  }));
  if (typeof globalThis.addEventListener === 'function') {
    globalThis.addEventListener('online', flushSoon);
    stops.push(() => globalThis.removeEventListener('online', flushSoon));
  }

  // Re-creating it on every wake-up would push its first firing back each time.
  void browser.alarms.get(PERIODIC_ALARM).then(async (existing) => {
    if (!existing) await browser.alarms.create(PERIODIC_ALARM, { periodInMinutes: 1 });
  });
  openPanelOnActionClick(listen);
  // The worker may have been stopped mid-send: whatever still waits goes now.
  void outboxItem.getValue().then(showBadge);
  flushSoon();

  return () => stops.forEach((stop) => stop());
}


type Listen = <A extends unknown[]>(
  event: { addListener(cb: (...a: A) => void): void; removeListener(cb: (...a: A) => void): void },
  cb: (...a: A) => void,
) => void;

/** Chromium opens the side panel itself; Firefox's sidebar is toggled from the toolbar button. */
function openPanelOnActionClick(listen: Listen): void {
  const api = browser as unknown as {
    sidePanel?: { setPanelBehavior?(b: { openPanelOnActionClick: boolean }): Promise<void> };
    sidebarAction?: { toggle?(): Promise<void> };
    browserAction?: typeof browser.action;
  };
  if (api.sidePanel?.setPanelBehavior) {
    api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((err) => console.warn('[background] side panel', err));
    return;
  }
  const action = browser.action ?? api.browserAction;
  const toggle = api.sidebarAction?.toggle;
  if (action?.onClicked && toggle) listen(action.onClicked, () => void toggle.call(api.sidebarAction));
}
