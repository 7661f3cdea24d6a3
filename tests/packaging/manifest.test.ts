// The built manifests ask for exactly the documented permissions (README, "Permissions"). A new
// permission or host must be added here on purpose, with its reason in the README.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempOutDir, wxt, type Target } from './build';

/** Where the extension works without asking: UN Web TV, its Kaltura player, UNODC, and loopback (dev server). */
const HOSTS = [
  'https://webtv.un.org/*',
  'https://media.un.org/*',
  'https://*.kaltura.com/*',
  'https://www.unodc.org/*',
  'http://127.0.0.1/*',
  'http://localhost/*',
];
/**
 * The UN's machine transcripts, fetched by the background to suggest a clip's speaker and text
 * (lib/transcripts.ts). A host permission but not a content-script host: nothing runs in its pages.
 */
const TRANSCRIPT_HOSTS = ['https://transcripts.un.org/*'];
/** A team server on its own https host, requested from the options page when the observer saves it. */
const OPTIONAL_HOSTS = ['https://*/*'];
// Page quotes: `contextMenus` (Firefox: `menus`) for the "Quote" item on a selection; `scripting` to
// inject our content script into the one frame of a page outside HOSTS whose "Quote" the observer
// clicked (that click grants activeTab for the tab), so the quote gets its context and position too.
const QUOTE_PERMISSIONS = { chrome: ['contextMenus', 'scripting'], firefox: ['menus', 'scripting'] };
const PERMISSIONS: Record<Target, string[]> = {
  'chrome-mv3': ['storage', 'alarms', 'activeTab', 'sidePanel', ...QUOTE_PERMISSIONS.chrome],
  'firefox-mv3': ['storage', 'alarms', 'activeTab', ...QUOTE_PERMISSIONS.firefox],
  // MV2 has no host_permissions: hosts are listed among the permissions.
  'firefox-mv2': ['storage', 'alarms', 'activeTab', ...QUOTE_PERMISSIONS.firefox, ...HOSTS, ...TRANSCRIPT_HOSTS],
};
const BROAD = ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*', '*://*'];
const GECKO_ID = 'un-dialogue-capture@example.org';

type Manifest = Record<string, any>;
const manifests = {} as Record<Target, Manifest>;
const outDir = tempOutDir('manifest');

beforeAll(async () => {
  for (const target of Object.keys(PERMISSIONS) as Target[]) {
    const dir = await wxt('build', target, outDir);
    manifests[target] = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  }
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const sorted = (list: unknown) => [...((list as string[] | undefined) ?? [])].sort();

describe.each(Object.keys(PERMISSIONS) as Target[])('the %s manifest', (target) => {
  it('asks for the documented permissions and hosts, nothing more', () => {
    const m = manifests[target];
    expect(sorted(m.permissions)).toEqual(sorted(PERMISSIONS[target]));
    if (target === 'firefox-mv2') {
      expect(m.host_permissions).toBeUndefined();
      expect(sorted(m.optional_permissions)).toEqual(sorted(OPTIONAL_HOSTS));
    } else {
      expect(sorted(m.host_permissions)).toEqual(sorted([...HOSTS, ...TRANSCRIPT_HOSTS]));
      expect(sorted(m.optional_host_permissions)).toEqual(sorted(OPTIONAL_HOSTS));
      expect(m.optional_permissions).toBeUndefined();
    }
  });

  it('offers the Quote command, with a suggested key only where one is free (Chrome allows four)', () => {
    const commands = manifests[target].commands as Record<string, { suggested_key?: { default?: string } }>;
    const suggested = Object.values(commands).filter((c) => c.suggested_key);
    if (target === 'chrome-mv3') expect(suggested.length).toBeLessThanOrEqual(4);
    expect(commands['quote-selection']?.suggested_key?.default).toBe(target === 'chrome-mv3' ? undefined : 'Alt+Shift+Q');
    // The capture keys (lib/commands.ts) have the four.
    const capture = { 'clip-start': 'Alt+Shift+S', 'clip-end': 'Alt+Shift+E', 'clip-save': 'Alt+Shift+D', 'next-speaker': 'Alt+Shift+N' };
    for (const [name, key] of Object.entries(capture)) expect(commands[name]?.suggested_key?.default, name).toBe(key);
  });

  it('runs its content script only on the documented hosts', () => {
    const scripts = manifests[target].content_scripts as { matches: string[]; all_frames?: boolean }[];
    expect(scripts).toHaveLength(1);
    expect(sorted(scripts[0]!.matches)).toEqual(sorted(HOSTS));
    // The Kaltura player's <video> can sit in a cross-origin iframe.
    expect(scripts[0]!.all_frames).toBe(true);
  });

  it('has no broad host pattern outside the optional ones, and loads no remote code', () => {
    const m = manifests[target];
    const granted = [...(m.permissions ?? []), ...(m.host_permissions ?? []), ...(m.content_scripts ?? []).flatMap((c: any) => c.matches)];
    for (const pattern of BROAD) expect(granted, `${pattern} granted up front`).not.toContain(pattern);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    // No relaxed CSP (remote scripts, eval) and no externally_connectable web pages.
    expect(JSON.stringify(m.content_security_policy ?? {})).not.toMatch(/https?:|unsafe-eval|\*/);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });
});

describe.each(['firefox-mv3', 'firefox-mv2'] as Target[])('the %s manifest', (target) => {
  it('shows the capture form as a sidebar with its own key, and runs the background as a page, not a worker', () => {
    const m = manifests[target];
    expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(m.side_panel).toBeUndefined();
    expect(m.commands?._execute_sidebar_action?.suggested_key?.default).toBe('Alt+Shift+U');
    expect(m.background?.scripts).toEqual(['background.js']);
    expect(m.background?.service_worker).toBeUndefined();
  });

  it('carries the fixed gecko id and declares what data leaves the browser', () => {
    const gecko = manifests[target].browser_specific_settings?.gecko;
    expect(gecko?.id).toBe(GECKO_ID);
    expect(gecko?.data_collection_permissions?.required).toEqual(['websiteContent']);
  });
});

const UI_LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];
const messagesOf = (target: Target, lang: string) =>
  JSON.parse(readFileSync(path.join(outDir, target, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe.each(Object.keys(PERMISSIONS) as Target[])('the %s manifest', (target) => {
  it('names itself, its button and every command through _locales, complete in the six UN languages', () => {
    const m = manifests[target];
    expect(m.default_locale).toBe('en');
    const action = m.action ?? m.browser_action;
    const shown: Record<string, unknown> = { name: m.name, description: m.description, 'button title': action?.default_title };
    for (const [id, command] of Object.entries(m.commands ?? {}) as [string, { description?: string }][]) shown[`command ${id}`] = command.description;
    const keys = Object.entries(shown).map(([where, text]) => {
      const key = /^__MSG_(\w+)__$/.exec(String(text))?.[1];
      expect(key, `${where} is "${String(text)}", not a message`).toBeDefined();
      return key!;
    });
    const english = Object.keys(messagesOf(target, 'en')).sort();
    for (const lang of UI_LANGUAGES) {
      const messages = messagesOf(target, lang);
      expect(Object.keys(messages).sort(), lang).toEqual(english);
      for (const key of keys) expect(messages[key]?.message, `${lang}: ${key}`).toMatch(/\S/);
      // Stores and browsers cut a longer description.
      expect(messages.extDescription!.message.length, lang).toBeLessThanOrEqual(132);
    }
  });
});
