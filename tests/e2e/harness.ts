// The e2e world for one test file: the fixture pages, `wrangler dev` on a fresh local D1 with a
// team and a dialogue, and headless Chromium with the built extension. Everything it starts is
// stopped by close(), and by setupE2e itself when a later step fails.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import type { BootstrapResult, Dialogue } from '../../shared/schemas';
import { bootstrapTeam, createDialogue } from '../../scripts/lib/api.mjs';
import { freePort } from '../../scripts/lib/replay-run.mjs';
import { ROOT, applyMigrations, buildExtension, killWorkersOnExit, startWorker, type RunningWorker } from '../../scripts/lib/wrangler.mjs';
import { startFixtureServer, type FixtureServer } from './fixtures/server';

// UDC_OUT_DIR (read by wxt.config.ts too) gives a run its own build, e.g. the capture benchmark.
export const EXTENSION_DIR = path.join(process.env.UDC_OUT_DIR ? path.resolve(ROOT, process.env.UDC_OUT_DIR) : path.join(ROOT, '.output'), 'chrome-mv3');
export const SCREENSHOT_DIR = path.join(ROOT, 'tests', 'e2e', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface E2e {
  fixtures: FixtureServer;
  /** http://127.0.0.1:PORT of the Worker; the port stays the same across restarts. */
  serverUrl: string;
  token: string;
  team: BootstrapResult['team'];
  dialogue: Dialogue;
  context: BrowserContext;
  extensionId: string;
  /** Stops the Worker (wrangler, its node child and workerd); the D1 files stay. */
  stopWorker(): Promise<void>;
  /** Starts the Worker again on the same port with the same D1 files. */
  startWorker(): Promise<void>;
  /** Closes Chromium and opens it again on the same profile (the extension's storage stays). */
  relaunchBrowser(): Promise<void>;
  backgroundWorker(): Promise<Worker>;
  /** Prints the Worker's output and the pages' console, to explain a failure. */
  dumpLogs(): void;
  close(): Promise<void>;
}


async function launchChromium(userDataDir: string, log: string[]) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 900, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
  context.on('page', (page) => {
    page.on('console', (message) => log.push(`[${page.url()}] ${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => log.push(`[${page.url()}] pageerror: ${error.message}`));
  });
  // A loaded machine has been seen to take over 20 s to start the extension's worker at launch.
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  return { context, extensionId: new URL(worker.url()).host };
}

export async function setupE2e(label: string): Promise<E2e> {
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await Promise.resolve().then(fn).catch((error) => console.error(`e2e cleanup: ${error}`));
    cleanups.length = 0;
  };
  const log: string[] = [];
  try {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const tmp = mkdtempSync(path.join(os.tmpdir(), `udc-e2e-${label}-`));
    cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
    const persistTo = path.join(tmp, 'd1');
    const userDataDir = path.join(tmp, 'chromium-profile');

    // Build, migrate and find a port at the same time; they don't depend on each other.
    const [, , port, fixtures] = await Promise.all([
      buildExtension(),
      applyMigrations({ persistTo }),
      freePort(),
      startFixtureServer(),
    ]);
    cleanups.push(() => fixtures.close());

    const secret = randomBytes(24).toString('base64url');
    let worker: RunningWorker | null = null;
    const start = async () => {
      worker = await startWorker({ port, persistTo, vars: { BOOTSTRAP_TOKEN: secret } });
    };
    const stop = async () => {
      const running = worker;
      if (running) await running.stop();
    };
    // Ctrl-C on vitest must not leave wrangler and workerd running (they have their own group).
    killWorkersOnExit();
    await start();
    cleanups.push(stop);
    const serverUrl = `http://127.0.0.1:${port}`;

    const boot = await bootstrapTeam(serverUrl, secret, { teamName: `E2E Observers (${label})`, adminName: 'E2E Admin' });
    const dialogue = await createDialogue(serverUrl, boot.token, {
      title: `Constructive Dialogue on Firearms (e2e ${label})`,
      theme: 'firearms',
      date: '2026-06-03',
      webcastUrl: fixtures.inlinePlayerUrl,
      recordingStartedAt: '2026-06-03T13:00:00Z',
    });

    let browser = await launchChromium(userDataDir, log);
    cleanups.push(() => browser.context.close());

    const e2e: E2e = {
      fixtures,
      serverUrl,
      token: boot.token,
      team: boot.team,
      dialogue,
      context: browser.context,
      extensionId: browser.extensionId,
      stopWorker: stop,
      startWorker: start,
      async relaunchBrowser() {
        await browser.context.close();
        browser = await launchChromium(userDataDir, log);
        e2e.context = browser.context;
        e2e.extensionId = browser.extensionId;
      },
      async backgroundWorker() {
        const prefix = `chrome-extension://${e2e.extensionId}/`;
        const found = e2e.context.serviceWorkers().find((w) => w.url().startsWith(prefix));
        return found ?? e2e.context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(prefix), timeout: 60_000 });
      },
      dumpLogs() {
        const running = worker as RunningWorker | null;
        console.error(`--- wrangler output (${label}) ---\n${running?.output ?? '(not running)'}`);
        console.error(`--- browser console (${label}) ---\n${log.slice(-80).join('\n')}`);
      },
      close: cleanup,
    };
    return e2e;
  } catch (error) {
    if (log.length) console.error(log.join('\n'));
    await cleanup();
    throw error;
  }
}
