import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'UN Dialogue Capture',
    description: 'Clip who said what at UN dialogues, and sync it to your team.',
    permissions: ['storage', 'alarms', 'sidePanel', 'activeTab', 'tabs'],
    host_permissions: [
      'https://webtv.un.org/*',
      'https://media.un.org/*',
      'https://*.kaltura.com/*',
      'https://www.unodc.org/*',
      'http://127.0.0.1/*',
      'http://localhost/*',
    ],
    commands: {
      'clip-start': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Start a clip at the player time' },
      'clip-end': { suggested_key: { default: 'Alt+Shift+E' }, description: 'End the clip at the player time' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'un-dialogue-capture@example.org' } } }
      : {}),
  }),
});
