// Builds the web workspace (web/) into .output/web, which the sync server serves at / and
// /d/<id>; with it the service worker (/sw.js) that keeps the app shell for offline use,
// the favicon and web app manifest, icons rasterised from the one source image. Text files
// are written precompressed beside themselves too (.br, .gz), which the server sends to
// browsers that accept them (server/http/compressed.ts) without compressing per request.
// The screens not shown at first and the English messages are chunks of their own; the
// service worker precaches every chunk, so all of them work offline.
import preact from '@preact/preset-vite';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { iconPng } from './scripts/icons.js';

const SW_FILE = 'sw.js';

/** Icons and manifest, then the shell's file list and version written into the service worker. */
function appShell(): Plugin {
  return {
    name: 'samenspel-app-shell',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const emitted: [string, string | Uint8Array][] = [];
      const emit = (fileName: string, source: string | Uint8Array) => {
        this.emitFile({ type: 'asset', fileName, source });
        emitted.push([fileName, source]);
      };
      for (const [fileName, size] of [['favicon.png', 32], ['icon-192.png', 192], ['icon-512.png', 512]] as const) emit(fileName, iconPng(size));
      const manifest = {
        name: 'Samenspel',
        short_name: 'Samenspel',
        description: 'Samenwerkingsafspraken van bibliotheken en partners, samen opgesteld.',
        lang: 'nl',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f5fa8',
        icons: [192, 512].map((s) => ({ src: `/icon-${s}.png`, sizes: `${s}x${s}`, type: 'image/png', purpose: 'any' })),
      };
      emit('manifest.webmanifest', JSON.stringify(manifest, null, 2));

      const sw = bundle[SW_FILE];
      if (!sw || sw.type !== 'chunk') throw new Error('the service worker entry was not built');
      const hash = createHash('sha256');
      const files: string[] = [];
      const contents = new Map<string, string | Uint8Array>(emitted);
      for (const [name, item] of Object.entries(bundle)) if (name !== SW_FILE) contents.set(name, item.type === 'chunk' ? item.code : item.source);
      for (const name of [...contents.keys()].sort()) {
        hash.update(name).update(contents.get(name)!);
        files.push('/' + name);
      }
      const shell = JSON.stringify({ version: hash.digest('hex').slice(0, 16), files });
      const placeholder = /(["'`])__SAMENSPEL_SHELL__\1/;
      if (!placeholder.test(sw.code)) throw new Error('the service worker has no shell placeholder');
      sw.code = sw.code.replace(placeholder, () => JSON.stringify(shell));
    },
  };
}

/** Writes `<file>.br` and `<file>.gz` beside every text file of the output of at least 1 KiB. */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'samenspel-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const walk = async (dir: string): Promise<string[]> =>
        (await Promise.all((await readdir(dir, { withFileTypes: true })).map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])))).flat();
      for (const file of await walk(outDir)) {
        if (!/\.(?:html|js|css|json|svg|webmanifest)$/.test(file) || (await stat(file)).size < 1024) continue;
        const body = await readFile(file);
        await writeFile(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } }));
        await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: resolve(import.meta.dirname, 'web'),
  base: '/',
  publicDir: false,
  plugins: [preact(), appShell(), precompress()],
  // English is a chunk of its own, loaded when the page is in English (core/i18n/index.ts).
  define: { __SAMENSPEL_LAZY_CATALOGUES__: 'true' },
  build: {
    outDir: resolve(import.meta.dirname, '.output/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: { index: resolve(import.meta.dirname, 'web/index.html'), sw: resolve(import.meta.dirname, 'web/service-worker.ts') },
      output: { entryFileNames: (chunk) => (chunk.name === 'sw' ? SW_FILE : 'assets/[name]-[hash].js') },
    },
  },
});
