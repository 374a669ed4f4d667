// Real-browser support: Debian's Chromium through playwright-core (never a downloaded
// browser), with or without the built extension, and the sync server serving the web page.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { t } from '../../core/i18n/index.js';
import { startServerProcess, type ServerProcess } from '../support/server.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.SAMENSPEL_CHROMIUM ?? '/usr/bin/chromium';
/** Where WXT builds the extensions: .output, or SAMENSPEL_EXT_OUT (read by wxt.config.ts too, e.g. one per engineer). */
export const EXTENSIONS_OUT = resolve(ROOT, process.env.SAMENSPEL_EXT_OUT || '.output');
/** The test build: like the production one, but loopback is granted up front (see wxt.config.ts). */
export const EXTENSION_DIR = join(EXTENSIONS_OUT, 'chrome-mv3-e2e');
/** The build users install: no host permission at all. */
export const PRODUCTION_EXTENSION_DIR = join(EXTENSIONS_OUT, 'chrome-mv3');
/** The built web page; SAMENSPEL_E2E_WEB_DIR points a run at another build (e.g. one per parallel worker). */
export const WEB_DIR = process.env.SAMENSPEL_E2E_WEB_DIR ?? join(ROOT, '.output/web');
/** The built Word task pane; SAMENSPEL_ADDIN_OUT points a run at another build. */
export const ADDIN_DIR = resolve(ROOT, process.env.SAMENSPEL_ADDIN_OUT || '.output/addin');
/** README screenshots go to docs/screenshots only when asked (SAMENSPEL_SCREENSHOTS=1); otherwise to the ignored test-results/. */
export const SCREENSHOT_DIR = join(ROOT, process.env.SAMENSPEL_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots');
const BASE_ARGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--no-sandbox', '--disable-dev-shm-usage'];

export function startWebServer(opts: { dataDir?: string; port?: number } = {}): Promise<ServerProcess> {
  return startServerProcess({ ...opts, env: { SAMENSPEL_WEB_DIR: WEB_DIR, SAMENSPEL_QUIET: '1' } });
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  close(): Promise<void>;
}

export async function launchExtension(dir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'samenspel-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...BASE_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: BASE_ARGS });
}

/** Fails the test if the page ever opens a dialog (alert, confirm, prompt). */
export function forbidDialogs(page: Page, seen: string[]): void {
  page.on('dialog', (d) => {
    seen.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
}

export const syncStatus = (page: Page) => page.getByTestId('sync-status');
/** What the status says once the server has stored every change (from the catalogue, so wording can change). */
export const SAVED_TEXT = t('nl', 'ui.sync.saved');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}
let axeSource: string | null = null;

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export async function axe(p: Page, screen: string): Promise<string[]> {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, so the page's CSP does not block it.
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(axeSource);
  const violations = await p.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}
