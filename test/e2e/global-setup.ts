// Builds what the real-browser tests load: the web workspace (.output/web), the Chrome
// and Firefox extensions (.output/chrome-mv3, its test build chrome-mv3-e2e, .output/firefox-mv2) and the Word task pane
// (.output/addin, served under /addin/). Runs once per test run; SAMENSPEL_EXT_OUT builds the
// extensions elsewhere (wxt.config.ts), SAMENSPEL_E2E_WEB_DIR / SAMENSPEL_ADDIN_OUT name the others;
// SAMENSPEL_E2E_SKIP_BUILD=1 reuses the last build.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

function run(args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  if (r.status !== 0) throw new Error(`build failed: node ${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
}

export default function setup(): void {
  if (process.env.SAMENSPEL_E2E_SKIP_BUILD === '1') return;
  run(['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.web.config.ts', '--logLevel', 'warn']);
  run(['node_modules/wxt/bin/wxt.mjs', 'build']);
  run(['node_modules/wxt/bin/wxt.mjs', 'build', '--mode', 'e2e']);
  run(['node_modules/wxt/bin/wxt.mjs', 'build', '-b', 'firefox']);
  run(['node_modules/vite/bin/vite.js', 'build', '-c', 'office-addin/vite.config.ts', '--logLevel', 'warn']);
}
