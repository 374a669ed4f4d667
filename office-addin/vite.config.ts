// Build of the Word task pane: `vite build -c office-addin/vite.config.ts` writes
// .output/addin/ (served by the server at /addin/): taskpane.html + commands.html with their
// bundle; both manifests, manifest.xml (add-in only) and manifest.json + manifest.en-us.json
// (unified manifest for Microsoft 365), and the icons they name in assets/, all written from
// office-addin/manifest-source.ts and assets/icon*.svg (office-addin/manifest-build.ts); and
// office/ — office.js and the Word and locale files it loads, copied from @microsoft/office-js
// (no CDN).
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { writeAddinManifests } from './manifest-build.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '..');
/** SAMENSPEL_ADDIN_OUT builds elsewhere (tests); the server serves .output/addin by default. */
const outDir = resolve(repo, process.env.SAMENSPEL_ADDIN_OUT || '.output/addin');
const officeDist = resolve(repo, 'node_modules/@microsoft/office-js/dist');

/** office.js needs its own loader files for Word and the UI language; other hosts and debug builds stay out. */
export function officeFileWanted(name: string, isDir: boolean): boolean {
  if (isDir) return true; // locale folders, telemetry, error UI
  if (name.endsWith('.debug.js') || !name.endsWith('.js')) return false;
  return /^(office|o15apptofilemappingtable|es6-promise|html2canvas)\.js$/.test(name) || /^word/.test(name);
}

function copyAddinFiles(): Plugin {
  return {
    name: 'samenspel-addin-files',
    apply: 'build',
    closeBundle() {
      writeAddinManifests(outDir);
      if (!existsSync(officeDist)) throw new Error('@microsoft/office-js is not installed: npm install --save-dev @microsoft/office-js');
      mkdirSync(join(outDir, 'office'), { recursive: true });
      for (const name of readdirSync(officeDist)) {
        const from = join(officeDist, name);
        if (officeFileWanted(name, statSync(from).isDirectory())) cpSync(from, join(outDir, 'office', name), { recursive: true });
      }
    },
  };
}

export default defineConfig({
  root: resolve(here, 'taskpane'),
  base: './',
  publicDir: false,
  plugins: [preact(), copyAddinFiles()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        taskpane: resolve(here, 'taskpane/taskpane.html'),
        commands: resolve(here, 'taskpane/commands.html'),
      },
    },
  },
});
