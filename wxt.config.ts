// WXT build of the extension: Chrome MV3 side panel and Firefox sidebar, from extension/.
// Permissions stay minimal and every host permission is optional, asked when needed (a
// server, a partner's site). The server's /api/ answers with CORS, so the side panel needs
// no host permission to reach it. Only the test build (`wxt build --mode e2e`, into
// .output/chrome-mv3-e2e) grants loopback up front: headless Chromium cannot click a
// permission prompt or the toolbar button that would grant activeTab.
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  outDir: '.output',
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: [
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(manifestVersion === 2 && mode === 'e2e' ? LOOPBACK : []),
    ],
    ...(manifestVersion === 3
      ? { host_permissions: mode === 'e2e' ? LOOPBACK : [], optional_host_permissions: OPTIONAL_HOSTS }
      : { optional_permissions: OPTIONAL_HOSTS }),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'samenspel@samenspel.nl', strict_min_version: '115.0' } } } : {}),
  }),
  // The root's Vite 8 types differ from WXT's bundled Vite 7; the preset works with both.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  vite: () => ({ plugins: [preact() as any] }),
});
