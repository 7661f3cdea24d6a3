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
/** A team server on any https host is granted at runtime from the options page, not up front. */
const OPTIONAL_HOSTS = ['https://*/*'];

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'UN Dialogue Capture',
    description: 'Clip who said what at UN dialogues, and sync it to your team.',
    permissions: ['storage', 'alarms', 'activeTab', 'tabs', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: HOSTS,
    ...(manifestVersion === 2 ? { optional_permissions: OPTIONAL_HOSTS } : { optional_host_permissions: OPTIONAL_HOSTS }),
    // An action is needed for the badge (clips waiting) and to open the side panel on click.
    action: { default_title: 'UN Dialogue Capture' },
    commands: {
      'clip-start': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Start a clip at the player time' },
      'clip-end': { suggested_key: { default: 'Alt+Shift+E' }, description: 'End the clip at the player time' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'un-dialogue-capture@example.org' } } }
      : {}),
  }),
});
