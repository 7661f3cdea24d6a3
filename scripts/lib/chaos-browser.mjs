// One observer's browser as the chaos run drives it: it starts the background (a worker thread,
// chaos-observer.mjs) when an event needs it, terminates it at the planned points, restarts the
// whole browser, and plays the side panel, which keeps a clip until the background answered
// that it is saved.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { sleep } from './wrangler.mjs';

const OBSERVER_THREAD = new URL('./chaos-observer.mjs', import.meta.url);

/**
 * `settings` go into the fresh browser's storage; `counts` is shared by all browsers of the run
 * and receives terminations, restarts, boots, attempts, clip sends and panel re-saves.
 */
export function createBrowser({ index, bundle, storageFile, settings, clock, seed, counts, onError }) {
  writeFileSync(storageFile, JSON.stringify({ local: { settings, settings$: { v: 1 } }, alarms: [] }));
  let sw = null;
  let booting = null;
  let trap = false;
  let generation = 0;
  let stopped = false;

  function boot({ startup = false } = {}) {
    if (sw) return Promise.resolve(sw);
    if (booting) return booting;
    const starting = new Promise((resolve, reject) => {
      const thread = new Worker(OBSERVER_THREAD, {
        workerData: { bundle, storageFile, clock, seed: `${seed}/${index}/${generation++}`, startup },
        stdout: true,
      });
      const waiting = new Map();
      const me = { thread, waiting, dead: false, ready: false };
      thread.stdout.resume();
      thread.on('message', (m) => {
        if (m.type === 'ready') {
          me.ready = true;
          sw = me;
          booting = null;
          counts.boots++;
          resolve(me);
        } else if (m.type === 'added') waiting.get(m.id)?.(true);
        else if (m.type === 'attempt') {
          counts.attempts++;
          counts.clipSends += m.ids.length;
        } else if (m.type === 'error') onError(`observer ${index + 1}: ${m.message}`);
      });
      thread.on('error', (err) => onError(`observer ${index + 1}: the background thread failed: ${err?.stack ?? err}`));
      thread.on('exit', () => {
        me.dead = true;
        for (const answer of waiting.values()) answer(false);
        if (sw === me) sw = null;
        if (!me.ready) {
          if (booting === starting) booting = null;
          reject(new Error(`observer ${index + 1}: the background exited while starting`));
        }
      });
    });
    booting = starting;
    return starting;
  }

  /** The browser stops the service worker: nothing in its memory survives. */
  async function terminate(mode) {
    const victim = sw ?? (booting ? await booting : null);
    if (!victim || victim.dead || victim.killed) return false;
    victim.killed = true;
    if (sw === victim) sw = null;
    await victim.thread.terminate();
    if (mode !== 'restart') counts.terminations[mode] = (counts.terminations[mode] ?? 0) + 1;
    if (process.env.CHAOS_DEBUG) console.log(`observer ${index + 1}: terminated (${mode})`);
    return true;
  }

  /** Saves a clip through the background; resolves true once it answered, false if it died first. */
  async function send(clip) {
    const me = await boot();
    if (me.dead) return false;
    return new Promise((resolve) => {
      me.waiting.set(clip.id, (ok) => {
        me.waiting.delete(clip.id);
        resolve(ok);
      });
      me.thread.postMessage({ type: 'add', clip });
    });
  }

  /** The side panel keeps the clip until the background says it is saved, then the observer saves it again. */
  async function capture(clip, midAdd) {
    for (;;) {
      const answered = send(clip);
      if (midAdd) {
        await sleep(midAdd.delayMs);
        await terminate('mid-add');
        midAdd = null;
      }
      if (await answered) return;
      counts.panelResaves++;
    }
  }

  /** What the browser holds on disk for this observer. */
  function saved() {
    return existsSync(storageFile) ? JSON.parse(readFileSync(storageFile, 'utf8')) : { local: {}, alarms: [] };
  }

  /** A stopped worker is started again by its next alarm, as the browser does. */
  async function wakeForAlarm(now) {
    if (sw || booting) return;
    const next = Math.min(...saved().alarms.map((a) => a.scheduledTime));
    if (Number.isFinite(next) && next <= now()) await boot();
  }

  /** Plays the observer's plan: capture after capture, with the planned terminations and restarts, then waits for the outbox to empty (or the deadline, a wall-clock epoch ms). */
  async function run(plan, now, deadline) {
    for (const [seq, clip] of plan.clips.entries()) {
      if (stopped) break;
      await sleep(plan.gaps[seq]);
      const event = plan.events.get(seq);
      if (event?.kind === 'restart') {
        await terminate('restart');
        counts.restarts++;
        await sleep(event.downMs);
        await boot({ startup: true });
      } else if (event?.mode === 'idle') {
        // Woken by something (the periodic alarm, the panel), then stopped while it waits.
        await boot();
        await terminate('idle');
      }
      else if (event?.mode === 'mid-send') trap = true;
      await capture(clip, event?.mode === 'mid-add' ? event : null);
    }
    for (;;) {
      const { outbox = [] } = saved().local;
      if (stopped || outbox.length === 0 || outbox.every((e) => e.state === 'failed') || Date.now() > deadline) break;
      await wakeForAlarm(now);
      await sleep(100);
    }
    trap = false;
    if (sw) await sw.thread.terminate();
    sw = null;
    return saved().local.outbox ?? [];
  }

  return {
    index,
    run,
    terminate,
    /** Ends the run early (the Worker died): the background is stopped, the loops return. */
    async stop() {
      stopped = true;
      trap = false;
      if (sw) await sw.thread.terminate();
    },
    /** The proxy asks once per armed trap: terminate at this request, after the Worker wrote. */
    takeTrap() {
      const armed = trap;
      trap = false;
      return armed;
    },
    get generation() {
      return generation;
    },
  };
}
