// The e2e world for Firefox ESR: the fixture pages, `wrangler dev` on a fresh local D1 with a team
// and a dialogue, and headless Firefox driven over WebDriver BiDi (puppeteer-core) with the Firefox
// MV3 build installed as a temporary add-on. Its UUID is pinned by a pref so the test can open
// moz-extension://UUID/... pages; page.goto hangs on them (no load event), so it navigates with
// the raw BiDi command.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BootstrapResult, Dialogue } from '../../shared/schemas';
import { bootstrapTeam, createDialogue } from '../../scripts/lib/api.mjs';
import { freePort } from '../../scripts/lib/replay-run.mjs';
import { ROOT, applyMigrations, killWorkersOnExit, run, startWorker, type RunningWorker } from '../../scripts/lib/wrangler.mjs';
import { startFixtureServer, type FixtureServer } from './fixtures/server';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'un-dialogue-capture@example.org';

export interface FirefoxE2e {
  fixtures: FixtureServer;
  serverUrl: string;
  token: string;
  team: BootstrapResult['team'];
  dialogue: Dialogue;
  browser: Browser;
  uuid: string;
  /** A new tab showing the extension's page `file` (e.g. 'options.html?x=1'). */
  openExtensionPage(file: string): Promise<Page>;
  dumpLogs(): void;
  close(): Promise<void>;
}


/** Loads `url` in the page's top frame with BiDi's browsingContext.navigate. */
export async function navigate(browser: Browser, page: Page, url: string): Promise<void> {
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  await connection.send('browsingContext.navigate', { context, url, wait: 'complete' });
}

export async function setupFirefoxE2e(label: string): Promise<FirefoxE2e> {
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await Promise.resolve().then(fn).catch((error) => console.error(`firefox e2e cleanup: ${error}`));
    cleanups.length = 0;
  };
  const log: string[] = [];
  let worker: RunningWorker | null = null;
  try {
    const tmp = mkdtempSync(path.join(os.tmpdir(), `udc-ff-${label}-`));
    cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
    const outDir = path.join(tmp, 'build');
    const persistTo = path.join(tmp, 'd1');
    // Its own output folder: the Chromium tests build .output/chrome-mv3 at the same time.
    const build = run(process.execPath, [path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox', '--mv3'], {
      env: { ...process.env, UDC_OUT_DIR: outDir },
      timeoutMs: 300_000,
    });
    const [, , port, fixtures] = await Promise.all([build, applyMigrations({ persistTo }), freePort(), startFixtureServer()]);
    cleanups.push(() => fixtures.close());

    const secret = randomBytes(24).toString('base64url');
    killWorkersOnExit();
    worker = await startWorker({ port, persistTo, vars: { BOOTSTRAP_TOKEN: secret } });
    const running = worker;
    cleanups.push(() => running.stop());
    const serverUrl = `http://127.0.0.1:${port}`;
    const boot = await bootstrapTeam(serverUrl, secret, { teamName: `Firefox Observers (${label})`, adminName: 'Firefox Admin' });
    const dialogue = await createDialogue(serverUrl, boot.token, {
      title: `Constructive Dialogue on Firearms (firefox ${label})`,
      theme: 'firearms',
      date: '2026-06-03',
      webcastUrl: fixtures.inlinePlayerUrl,
      recordingStartedAt: '2026-06-03T13:00:00Z',
    });

    const uuid = randomUUID();
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: path.join(tmp, 'firefox-profile'),
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        'media.autoplay.default': 0,
      },
    });
    cleanups.push(() => browser.close());
    browser.on('targetcreated', async (target) => {
      const page = await target.page().catch(() => null);
      page?.on('console', (message) => log.push(`[${page.url()}] ${message.type()}: ${message.text()}`));
      page?.on('pageerror', (error) => log.push(`[${page.url()}] pageerror: ${String(error)}`));
    });
    await browser.installExtension(path.join(outDir, 'firefox-mv3'));

    return {
      fixtures,
      serverUrl,
      token: boot.token,
      team: boot.team,
      dialogue,
      browser,
      uuid,
      async openExtensionPage(file) {
        const page = await browser.newPage();
        await navigate(browser, page, `moz-extension://${uuid}/${file}`);
        return page;
      },
      dumpLogs() {
        console.error(`--- wrangler output (firefox ${label}) ---\n${running.output}`);
        console.error(`--- browser console (firefox ${label}) ---\n${log.slice(-80).join('\n')}`);
      },
      close: cleanup,
    };
  } catch (error) {
    if (log.length) console.error(log.join('\n'));
    if (worker) console.error((worker as RunningWorker).output);
    await cleanup();
    throw error;
  }
}
