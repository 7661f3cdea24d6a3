import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

const HOSTS = [
  'https://webtv.un.org/*',
  'https://media.un.org/*',
  'https://*.kaltura.com/*',
  'https://www.unodc.org/*',
  'http://127.0.0.1/*',
  'http://localhost/*',
];
/**
 * The UN's machine transcripts: only the background reads them (no content script runs there), to
 * suggest a clip's speaker and text. Without this host the fetch would depend on the site's CORS.
 */
const TRANSCRIPT_HOSTS = ['https://transcripts.un.org/*'];
/** A team server on any https host is granted at runtime from the options page, not up front. */
const OPTIONAL_HOSTS = ['https://*/*'];

export default defineConfig({
  srcDir: 'extension',
  // _locales (the manifest's words in six languages) live with the extension's sources.
  publicDir: 'extension/public',
  // Tests build into their own folder (UDC_OUT_DIR) so they never race the e2e build in .output.
  outDir: process.env.UDC_OUT_DIR || '.output',
  zip: {
    // Both Firefox builds (MV2 and MV3) would otherwise get the same zip name.
    artifactTemplate: '{{name}}-{{packageVersion}}-{{browser}}-{{manifestVersion}}.zip',
    // What a store reviewer needs to rebuild the extension (`npm ci && npx wxt build -b firefox`).
    includeSources: ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig*.json', 'README.md', 'extension/**', 'shared/**'],
    excludeSources: ['**/node_modules/**', '.output/**', '.wrangler/**', 'tests/**'],
  },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    // The browser shows these in its own language: extension/public/_locales/{lang}/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege, pinned by tests/packaging/manifest.test.ts. No `tabs`: a tab's URL is readable
    // wherever we hold host access (the UN hosts, loopback), and activeTab covers the tab the
    // observer invokes us on; the extension never needs other tabs' URLs.
    // Page quotes: the "Quote" item on selections (`menus` is Firefox's name), and `scripting` to read
    // the selection's context on a page outside our hosts after that click granted activeTab.
    permissions: ['storage', 'alarms', 'activeTab', 'scripting', ...(browser === 'firefox' ? ['menus'] : ['sidePanel', 'contextMenus'])],
    host_permissions: [...HOSTS, ...TRANSCRIPT_HOSTS],
    ...(manifestVersion === 2 ? { optional_permissions: OPTIONAL_HOSTS } : { optional_host_permissions: OPTIONAL_HOSTS }),
    // An action is needed for the badge (clips waiting) and to open the side panel on click.
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      // Chrome's four suggested keys are taken by the capture keys; there the observer may bind one,
      // and pages we run on also take Alt+Shift+Q themselves (content/quotes.ts).
      // Firefox opens the sidebar from a key too (Chromium's side panel opens from the toolbar button).
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+U' }, description: '__MSG_cmdSidebar__' } }
        : {}),
      'quote-selection': {
        ...(browser === 'firefox' ? { suggested_key: { default: 'Alt+Shift+Q' } } : {}),
        description: '__MSG_cmdQuoteSelection__',
      },
      // Chrome takes at most four suggested keys; these are the capture keys (lib/commands.ts).
      'clip-start': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_cmdClipStart__' },
      'clip-end': { suggested_key: { default: 'Alt+Shift+E' }, description: '__MSG_cmdClipEnd__' },
      'clip-save': { suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_cmdClipSave__' },
      'next-speaker': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNextSpeaker__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'un-dialogue-capture@example.org',
              // Clips (page quotes, notes) go to the team's own server, which the observer configures;
              // declared so Firefox asks for consent rather than us claiming "none".
              data_collection_permissions: { required: ['websiteContent'] },
            },
          },
        }
      : {}),
  }),
});
