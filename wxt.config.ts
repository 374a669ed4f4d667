// WXT build of the extension: Chrome MV3 side panel and Firefox sidebar, from extension/.
// Permissions stay minimal; only the loopback default server is a host permission, any
// other server is asked for when the user sets it (optional host permissions).
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  outDir: '.output',
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: [
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(manifestVersion === 2 ? LOOPBACK : []),
    ],
    ...(manifestVersion === 3
      ? { host_permissions: LOOPBACK, optional_host_permissions: OPTIONAL_HOSTS }
      : { optional_permissions: OPTIONAL_HOSTS }),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'samenspel@samenspel.nl', strict_min_version: '115.0' } } } : {}),
  }),
  // The root's Vite 8 types differ from WXT's bundled Vite 7; the preset works with both.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  vite: () => ({ plugins: [preact() as any] }),
});
