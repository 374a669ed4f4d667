// UI benchmarks: JavaScript size (gzip) per entry of the side panel and the web page, and
// the time to first render of a large agreement (50 partners, 200 activities, 10,000 edits)
// next to an empty draft, in Debian's Chromium through playwright-core.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { startServerProcess } from '../test/support/server.js';
import { kib, printTable } from './lib.js';
import { seedDrafts } from './seed-drafts.js';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.SAMENSPEL_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--no-sandbox', '--disable-dev-shm-usage'];
const RUNS = 5;

function build(): void {
  const steps = [
    ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.web.config.ts', '--logLevel', 'warn'],
    ['node_modules/wxt/bin/wxt.mjs', 'build'],
  ];
  for (const args of steps) {
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed: ${args.join(' ')}\n${r.stderr}`);
  }
}

/** Scripts an HTML entry loads up front (module entry and preloads) and every other chunk (lazy). */
async function entrySizes(htmlFile: string): Promise<{ initial: number; initialGzip: number; lazyGzip: number }> {
  const dir = dirname(htmlFile);
  const html = await readFile(htmlFile, 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const outRoot = htmlFile.includes('chrome-mv3') ? join(ROOT, '.output/chrome-mv3') : dir;
  const seen = new Set<string>();
  const queue = refs.map((r) => join(outRoot, r.replace(/^\//, '')));
  let initial = 0;
  let initialGzip = 0;
  // Follow static imports of each initial chunk.
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = await readFile(file);
    initial += code.byteLength;
    initialGzip += gzipSync(code, { level: 9 }).byteLength;
    for (const m of code.toString().matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) {
      queue.push(resolve(dirname(file), m[1]!));
    }
  }
  const { readdir } = await import('node:fs/promises');
  let lazyGzip = 0;
  const chunkDir = htmlFile.includes('chrome-mv3') ? join(outRoot, 'chunks') : join(outRoot, 'assets');
  for (const f of await readdir(chunkDir)) {
    const file = join(chunkDir, f);
    if (!f.endsWith('.js') || seen.has(file)) continue;
    lazyGzip += gzipSync(await readFile(file), { level: 9 }).byteLength;
  }
  return { initial, initialGzip, lazyGzip };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Milliseconds from navigation start until `ready` holds in the page (checked every frame). */
type Ready = () => boolean;
async function timeToRender(page: Page, go: () => Promise<unknown>, ready: Ready): Promise<number> {
  await go();
  await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 60_000 });
  return page.evaluate(() => performance.now());
}

export async function benchUi(): Promise<void> {
  build();
  const web = await entrySizes(join(ROOT, '.output/web/index.html'));
  const panel = await entrySizes(join(ROOT, '.output/chrome-mv3/sidepanel.html'));
  printTable('JavaScript per entry (gzip, level 9)', [
    ['entry', 'initial raw', 'initial gzip', 'lazy chunks gzip'],
    ['side panel (sidepanel.html)', kib(panel.initial), kib(panel.initialGzip), kib(panel.lazyGzip)],
    ['web page (index.html)', kib(web.initial), kib(web.initialGzip), kib(web.lazyGzip)],
  ]);

  const server = await startServerProcess({ env: { SAMENSPEL_WEB_DIR: join(ROOT, '.output/web'), SAMENSPEL_QUIET: '1' } });
  const userDataDir = await mkdtemp(join(tmpdir(), 'samenspel-bench-'));
  const extDir = join(ROOT, '.output/chrome-mv3');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...ARGS, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
  try {
    const { empty, large } = await seedDrafts(server);

    const EMPTY_READY: Ready = () => !!document.querySelector('.part .empty') && document.querySelector('[data-testid=sync-status]') !== null;
    const LARGE_READY: Ready = () => document.querySelectorAll('.part .cards > li').length >= 50;

    // Web page: a fresh load of the editor link each run.
    const page = await context.newPage();
    const webTimes = { empty: [] as number[], large: [] as number[] };
    for (let i = 0; i < RUNS + 1; i++) {
      for (const [kind, draft, ready] of [['empty', empty, EMPTY_READY], ['large', large, LARGE_READY]] as const) {
        const t = await timeToRender(page, () => page.goto(draft.links.editor), ready);
        if (i > 0) webTimes[kind].push(t);
      }
    }

    // Side panel: join once, then reopen (from IndexedDB, then synced) on each reload.
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    const panelUrl = `chrome-extension://${new URL(worker.url()).host}/sidepanel.html`;
    const panelPage = await context.newPage();
    await panelPage.goto(panelUrl);
    await panelPage.getByText('Instellingen').click();
    await panelPage.getByLabel('Adres van de Samenspel-server').fill(server.url);
    await panelPage.getByLabel('Adres van de Samenspel-server').press('Tab');
    const panelTimes = { empty: [] as number[], large: [] as number[] };
    for (const [kind, draft, ready] of [['empty', empty, EMPTY_READY], ['large', large, LARGE_READY]] as const) {
      if (await panelPage.getByRole('button', { name: 'Concept sluiten' }).count()) await panelPage.getByRole('button', { name: 'Concept sluiten' }).click();
      await panelPage.getByLabel('Deellink').fill(draft.links.editor);
      await panelPage.getByRole('button', { name: 'Openen', exact: true }).click();
      await panelPage.waitForFunction(ready, undefined, { timeout: 60_000 });
      for (let i = 0; i < RUNS + 1; i++) {
        const t = await timeToRender(panelPage, () => panelPage.reload(), ready);
        if (i > 0) panelTimes[kind].push(t);
      }
    }
    const ms0 = (n: number) => `${n.toFixed(0)} ms`;
    printTable(`Time to first render (median of ${RUNS}, from navigation start)`, [
      ['page', 'empty draft', 'large draft (50 partners, 200 activities)', 'large / empty'],
      ['side panel (reopen, IndexedDB + sync)', ms0(median(panelTimes.empty)), ms0(median(panelTimes.large)), `${(median(panelTimes.large) / median(panelTimes.empty)).toFixed(1)}×`],
      ['web page (editor link, from server)', ms0(median(webTimes.empty)), ms0(median(webTimes.large)), `${(median(webTimes.large) / median(webTimes.empty)).toFixed(1)}×`],
    ]);
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
    await server.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchUi();
