// One observer's extension background, in a worker thread of its own: its own fake browser (the
// WXT fake browser is a module singleton, so one per thread), the real outbox code loaded from
// extension/lib, and the browser's durable state in a file. Terminating the thread is the browser
// killing the service worker: whatever was only in memory is gone, the file is what survives.
//
// workerData: { bundle (chaos-bundle.mjs's file), storageFile, clock: { t0, r0, speed }, seed, startup }
// Messages in: { type: 'add', clip }. Out: 'ready', { type: 'added', id }, { type: 'attempt', ids }, { type: 'error', message }.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { unit } from './chaos-schedule.mjs';

const { bundle, storageFile, clock, seed, startup } = workerData;
/** The browser's clock runs `speed` times faster than the wall clock, so backoffs of minutes pass in seconds. */
const now = () => clock.t0 + (Date.now() - clock.r0) * clock.speed;
const post = (message) => parentPort.postMessage(message);
// @wxt-dev/browser reads globalThis.browser when first imported: below, inside the bundle.
globalThis.browser = fakeBrowser;

const local = fakeBrowser.storage.local;
const alarms = fakeBrowser.alarms;
const raw = {
  set: local.set.bind(local),
  remove: local.remove.bind(local),
  clear: local.clear.bind(local),
  create: alarms.create.bind(alarms),
  clearAlarm: alarms.clear.bind(alarms),
};

// Restore what the browser kept: storage.local and the alarms.
if (existsSync(storageFile)) {
  const saved = JSON.parse(readFileSync(storageFile, 'utf8'));
  await raw.set(saved.local);
  for (const a of saved.alarms) await raw.create(a.name, { when: a.scheduledTime, ...(a.periodInMinutes ? { periodInMinutes: a.periodInMinutes } : {}) });
}

/** Each write is on disk before its promise resolves, as chrome.storage commits before its callback. */
let persisting = Promise.resolve();
function persist() {
  persisting = persisting.then(async () => {
    const data = JSON.stringify({ local: await local.get(null), alarms: await alarms.getAll() });
    writeFileSync(`${storageFile}.tmp`, data);
    renameSync(`${storageFile}.tmp`, storageFile);
  });
  return persisting;
}
local.set = async (items) => (await raw.set(items), await persist());
local.remove = async (keys) => (await raw.remove(keys), await persist());
local.clear = async () => (await raw.clear(), await persist());
// The fake schedules on the wall clock; this browser's alarms run on its own (faster) clock.
alarms.create = async (name, info) => {
  const when = info.when ?? now() + (info.delayInMinutes ?? info.periodInMinutes ?? 0) * 60_000;
  await raw.create(name, { when, ...(info.periodInMinutes ? { periodInMinutes: info.periodInMinutes } : {}) });
  await persist();
};
alarms.clear = async (name) => {
  const had = await raw.clearAlarm(name);
  await persist();
  return had;
};

// Count what leaves for the network (the outbox's client calls the global fetch).
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  if (init?.method === 'POST' && String(input).endsWith('/clips')) {
    post({ type: 'attempt', ids: JSON.parse(String(init.body)).clips.map((c) => c.id) });
  }
  return realFetch(input, init);
};

const { createOutbox, RETRY_ALARM } = await import(pathToFileURL(bundle).href);
/** start.ts's PERIODIC_ALARM; start.ts itself is not loaded (its other handlers pull in the UI's i18n). */
const PERIODIC_ALARM = 'outbox-periodic';

// The outbox's part of extension/entrypoints/background/start.ts, wired the same way.
let draws = 0;
const outbox = createOutbox({ now, random: () => unit(seed, 'jitter', draws++) });
const flushSoon = () => void outbox.flush().catch((err) => post({ type: 'error', message: `flush failed: ${err?.stack ?? err}` }));
alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === RETRY_ALARM || alarm.name === PERIODIC_ALARM) flushSoon();
});
fakeBrowser.runtime.onStartup.addListener(flushSoon);
if (!(await alarms.get(PERIODIC_ALARM))) await alarms.create(PERIODIC_ALARM, { periodInMinutes: 1 });
// The worker may have been stopped mid-send: whatever still waits goes now.
flushSoon();
if (startup) void fakeBrowser.runtime.onStartup.trigger();

// The browser fires due alarms (a real one would also wake a stopped worker: the run does that).
let pumping = false;
setInterval(async () => {
  if (pumping) return;
  pumping = true;
  try {
    for (const alarm of await alarms.getAll()) {
      if (alarm.scheduledTime > now()) continue;
      if (alarm.periodInMinutes) await alarms.create(alarm.name, { when: now() + alarm.periodInMinutes * 60_000, periodInMinutes: alarm.periodInMinutes });
      else await alarms.clear(alarm.name);
      await alarms.onAlarm.trigger(alarm);
    }
  } finally {
    pumping = false;
  }
}, 25);

// The side panel's 'outbox:add' (start.ts: `({ clip }) => outbox.add(clip)`); it answers once stored.
parentPort.on('message', (message) => {
  if (message.type !== 'add') return;
  outbox.add(message.clip).then(
    () => post({ type: 'added', id: message.clip.id }),
    (err) => post({ type: 'error', message: `add failed: ${err?.stack ?? err}` }),
  );
});
post({ type: 'ready' });
