// WXT build of the extension: Chrome MV3 side panel and Firefox sidebar, from extension/.
// Permissions stay minimal and every host permission is optional, asked when needed (a
// server, a partner's site). The sync server is chosen on first use, and its access is asked
// for then (its /api/ also answers with CORS, so a refusal still lets a draft open). Only
// the test build (`wxt build --mode e2e`, into .output/chrome-mv3-e2e) grants loopback up
// front: headless Chromium cannot click a permission prompt or the toolbar button that would
// grant activeTab. The icons are rasterised at build from the one source image
// (scripts/icons.ts). Firefox's data-consent key says what leaves the device: only what the
// user writes and marks, to the sync server the user chose (docs/extension.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { iconPng } from './scripts/icons.js';

const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];
const ICON_SIZES = [16, 32, 48, 128] as const;
const icons = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/${size}.png`]));

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  outDir: process.env.SAMENSPEL_EXT_OUT || '.output',
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
    icons,
    action: { default_title: '__MSG_extName__', default_icon: icons },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'samenspel@samenspel.nl',
              strict_min_version: '140.0',
              // The agreement (names of representatives) and the passages a user marks on web
              // pages are sent to the user's own sync server; nothing else, to nobody else.
              data_collection_permissions: { required: ['personallyIdentifyingInfo', 'websiteContent'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:done': (wxt, output) => {
      mkdirSync(resolve(wxt.config.outDir, 'icons'), { recursive: true });
      for (const size of ICON_SIZES) {
        writeFileSync(resolve(wxt.config.outDir, icons[String(size)]!), iconPng(size));
        output.publicAssets.push({ type: 'asset', fileName: icons[String(size)]! });
      }
    },
  },
  // The root's Vite 8 types differ from WXT's bundled Vite 7; the preset works with both.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  // English is a chunk of its own, loaded when the panel is in English (core/i18n/index.ts).
  // SAMENSPEL_EXT_OUT builds into another directory than .output (e.g. a bench's own).
  vite: () => ({ plugins: [preact() as any], define: { __SAMENSPEL_LAZY_CATALOGUES__: 'true' } }),
});
