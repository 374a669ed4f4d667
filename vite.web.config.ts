// Builds the web workspace (web/) into .output/web, which the sync server serves at / and /d/<id>.
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: resolve(import.meta.dirname, 'web'),
  base: '/',
  publicDir: false,
  plugins: [preact()],
  build: {
    outDir: resolve(import.meta.dirname, '.output/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
});
