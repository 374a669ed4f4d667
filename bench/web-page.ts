// The built web page under a browser bench: built into .output/web (or taken prebuilt from
// SAMENSPEL_BENCH_WEB_DIR, e.g. while others use .output), served by the real server in its own
// process, opened in Debian's Chromium through playwright-core.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../test/support/server.js';

const ROOT = resolve(import.meta.dirname, '..');
export const CHROMIUM = process.env.SAMENSPEL_CHROMIUM ?? '/usr/bin/chromium';
export const BROWSER_ARGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--no-sandbox', '--disable-dev-shm-usage'];
const PREBUILT = process.env.SAMENSPEL_BENCH_WEB_DIR;
const WEB_DIR = PREBUILT ?? join(ROOT, '.output/web');

/** Builds the web page unless a prebuilt one is given, starts the server on it and a headless Chromium. */
export async function startWebBench(): Promise<{ server: ServerProcess; browser: Browser }> {
  if (!PREBUILT) {
    const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.web.config.ts', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  }
  const server = await startServerProcess({ env: { SAMENSPEL_WEB_DIR: WEB_DIR, SAMENSPEL_QUIET: '1' } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
  return { server, browser };
}
