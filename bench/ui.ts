// UI benchmarks: JavaScript size (gzip) per entry of the side panel and the web page, and
// the time to first render of an empty draft, a large agreement (50 partners, 200
// activities, 10,000 edits) and a full one (every list at its limit), side by side, plus the
// time to show the roles grid (activities × partners), and the side panel's first open of a
// draft, its reload and its reopening (page closed, opened again: warm), in Debian's Chromium
// through playwright-core. SAMENSPEL_BENCH_OUT_DIR builds into that directory instead of
// .output (e.g. while others use that one). The extension is the test build (loopback granted
// up front: headless Chromium cannot answer a permission prompt), the same code as the
// production one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { t } from '../core/i18n/index.js';
import { startServerProcess } from '../test/support/server.js';
import { FULL_SHAPE, LARGE_SHAPE } from './large-agreement.js';
import { kib, printTable } from './lib.js';
import { BROWSER_ARGS as ARGS, CHROMIUM } from './web-page.js';
import { DRAFT_KINDS, DRAFT_LABELS, seedDrafts, type DraftKind } from './seed-drafts.js';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, process.env.SAMENSPEL_BENCH_OUT_DIR ?? '.output');
const RUNS = 5;

const EXT_DIR = join(OUT, 'chrome-mv3-e2e');

async function build(): Promise<void> {
  const webOut = ['--outDir', join(OUT, 'web'), '--emptyOutDir'];
  await mkdir(OUT, { recursive: true });
  const steps = [
    ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.web.config.ts', '--logLevel', 'warn', ...webOut],
    ['node_modules/wxt/bin/wxt.mjs', 'build', '--mode', 'e2e'],
  ];
  for (const args of steps) {
    // wxt.config.ts takes its output directory from SAMENSPEL_EXT_OUT; NODE_ENV=production keeps
    // the test mode's build a production one (WXT would set it to the mode: Preact's debug code).
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SAMENSPEL_EXT_OUT: OUT, NODE_ENV: 'production' } });
    if (r.status !== 0) throw new Error(`build failed: ${args.join(' ')}\n${r.stderr}`);
  }
}

/** Scripts an HTML entry loads up front (module entry and preloads) and every other chunk (lazy). */
async function entrySizes(htmlFile: string): Promise<{ initial: number; initialGzip: number; lazyGzip: number }> {
  const dir = dirname(htmlFile);
  const html = await readFile(htmlFile, 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const extension = htmlFile.includes('chrome-mv3');
  const outRoot = dir;
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
  const chunkDir = extension ? join(outRoot, 'chunks') : join(outRoot, 'assets');
  for (const f of await readdir(chunkDir)) {
    const file = join(chunkDir, f);
    if (!f.endsWith('.js') || seen.has(file)) continue;
    lazyGzip += gzipSync(await readFile(file), { level: 9 }).byteLength;
  }
  return { initial, initialGzip, lazyGzip };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A draft is on screen once its header (sync status) and at least `min` elements matching `selector` are. */
interface Ready {
  selector: string;
  min: number;
}
const isReady = (r: Ready) => document.querySelector('[data-testid=sync-status]') !== null && document.querySelectorAll(r.selector).length >= r.min;

/** First render: the partners part, with a card per partner (the empty draft says it has none). */
const FIRST_READY: Record<DraftKind, Ready> = {
  empty: { selector: '.part .empty', min: 1 },
  large: { selector: '.part .cards > li', min: LARGE_SHAPE.partners },
  full: { selector: '.part .cards > li', min: FULL_SHAPE.partners },
};
/** The roles part: a select per activity and partner (the empty draft says it has no activities). */
const ROLES_READY: Record<DraftKind, Ready> = {
  empty: { selector: '.part .empty', min: 1 },
  // Large grids are virtualised: ready when the first rendered row has every partner's select
  // (bench/roles.ts measures reaching the last row).
  large: { selector: 'table.raci tbody tr[aria-rowindex] select', min: LARGE_SHAPE.partners },
  full: { selector: 'table.raci tbody tr[aria-rowindex] select', min: FULL_SHAPE.partners },
};

/** Milliseconds from navigation start until `ready` holds in the page (checked every frame). */
async function timeToRender(page: Page, go: () => Promise<unknown>, ready: Ready): Promise<number> {
  await go();
  await page.waitForFunction(isReady, ready, { polling: 'raf', timeout: 120_000 });
  return page.evaluate(() => performance.now());
}

/**
 * Milliseconds from a click on the roles part's button until the grid's first row is on screen
 * (the grid shows its rows a block per frame), and until `ready` holds (checked every frame).
 */
function timeToRoles(page: Page, ready: Ready): Promise<{ first: number; all: number }> {
  return page.evaluate(
    ({ nav, part, ready }) =>
      new Promise<{ first: number; all: number }>((done, fail) => {
        const button = [...document.querySelectorAll(`nav[aria-label="${nav}"] button`)].find((b) => b.firstChild?.textContent === part) as HTMLButtonElement | undefined;
        if (!button) return fail(new Error(`no part ${part}`));
        const start = performance.now();
        button.click();
        // (No named inner functions: tsx would wrap them in a helper the page does not have.)
        const state: { tick: (() => void) | null; first: number | null } = { tick: null, first: null };
        state.tick = () => {
          if (state.first === null && document.querySelector('table.raci tbody tr, .part .empty')) state.first = performance.now() - start;
          if (document.querySelectorAll(ready.selector).length >= ready.min) done({ first: state.first ?? performance.now() - start, all: performance.now() - start });
          else if (performance.now() - start > 120_000) fail(new Error(`part ${part} not shown`));
          else requestAnimationFrame(state.tick!);
        };
        requestAnimationFrame(state.tick);
      }),
    { nav: t('nl', 'ui.parts.nav'), part: t('nl', 'ui.part.roles'), ready },
  );
}

/** Milliseconds from a click on the button named `name` in the form holding `field` until `ready` holds (checked every frame). */
async function timeFromClick(page: Page, field: string, name: string, ready: Ready): Promise<number> {
  await page.evaluate(({ field, name }) => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.includes(field));
    const form = label && document.getElementById(label.htmlFor)?.closest('form');
    const button = form && [...form.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    if (!button) throw new Error(`no button ${name} beside ${field}`);
    (globalThis as { __benchStart?: number }).__benchStart = performance.now();
    button.click();
  }, { field, name });
  await page.waitForFunction(isReady, ready, { polling: 'raf', timeout: 120_000 });
  return page.evaluate(() => performance.now() - (globalThis as { __benchStart?: number }).__benchStart!);
}

const perDraft = () => Object.fromEntries(DRAFT_KINDS.map((k) => [k, [] as number[]])) as Record<DraftKind, number[]>;

export async function benchUi(): Promise<void> {
  await build();
  const web = await entrySizes(join(OUT, 'web/index.html'));
  const panel = await entrySizes(join(EXT_DIR, 'sidepanel.html'));
  printTable('JavaScript per entry (gzip, level 9)', [
    ['entry', 'initial raw', 'initial gzip', 'lazy chunks gzip'],
    ['side panel (sidepanel.html)', kib(panel.initial), kib(panel.initialGzip), kib(panel.lazyGzip)],
    ['web page (index.html)', kib(web.initial), kib(web.initialGzip), kib(web.lazyGzip)],
  ]);

  const server = await startServerProcess({ env: { SAMENSPEL_WEB_DIR: join(OUT, 'web'), SAMENSPEL_QUIET: '1' } });
  const userDataDir = await mkdtemp(join(tmpdir(), 'samenspel-bench-'));
  const extDir = EXT_DIR;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...ARGS, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
  try {
    const drafts = await seedDrafts(server);

    // Web page: a fresh load of the editor link each run, from a blank page (so that unloading the
    // previous draft's page is not counted); then, apart, a switch to the roles grid after a load.
    const page = await context.newPage();
    const webTimes = perDraft();
    for (let i = 0; i < RUNS + 1; i++) {
      for (const kind of DRAFT_KINDS) {
        await page.goto('about:blank');
        const t = await timeToRender(page, () => page.goto(drafts[kind].links.editor), FIRST_READY[kind]);
        if (i > 0) webTimes[kind].push(t);
      }
    }
    const rolesTimes = perDraft();
    const rolesFirstTimes = perDraft();
    for (let i = 0; i < RUNS + 1; i++) {
      for (const kind of DRAFT_KINDS) {
        await timeToRender(page, () => page.goto(drafts[kind].links.editor), FIRST_READY[kind]);
        const t = await timeToRoles(page, ROLES_READY[kind]);
        if (i > 0) rolesTimes[kind].push(t.all);
        if (i > 0) rolesFirstTimes[kind].push(t.first);
      }
    }

    // Side panel: the first open of each draft (its link pasted: everything from the server),
    // then reloads (from IndexedDB, then synced) and reopenings: the panel's page closed and
    // opened again, as when the panel is closed and shown again (it reopens the last draft).
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    const panelUrl = `chrome-extension://${new URL(worker.url()).host}/sidepanel.html`;
    let panelPage = await context.newPage();
    await panelPage.goto(panelUrl);
    await panelPage.getByText(t('nl', 'ui.settings.title'), { exact: true }).click();
    await panelPage.getByLabel(t('nl', 'ui.settings.server')).fill(server.url);
    await panelPage.getByLabel(t('nl', 'ui.settings.server')).press('Tab');
    const panelFirst = perDraft();
    const panelTimes = perDraft();
    const panelReopen = perDraft();
    for (const kind of DRAFT_KINDS) {
      const close = panelPage.getByRole('button', { name: t('nl', 'ui.close') });
      if (await close.count()) await close.click();
      await panelPage.getByLabel(t('nl', 'ui.start.link')).fill(drafts[kind].links.editor);
      panelFirst[kind].push(await timeFromClick(panelPage, t('nl', 'ui.start.link'), t('nl', 'ui.start.joinButton'), FIRST_READY[kind]));
      for (let i = 0; i < RUNS + 1; i++) {
        const ms = await timeToRender(panelPage, () => panelPage.reload(), FIRST_READY[kind]);
        if (i > 0) panelTimes[kind].push(ms);
      }
      for (let i = 0; i < RUNS + 1; i++) {
        await panelPage.close();
        panelPage = await context.newPage();
        const ms = await timeToRender(panelPage, () => panelPage.goto(panelUrl), FIRST_READY[kind]);
        if (i > 0) panelReopen[kind].push(ms);
      }
    }
    const ms0 = (n: number) => `${n.toFixed(0)} ms`;
    const row = (name: string, times: Record<DraftKind, number[]>) => {
      const m = Object.fromEntries(DRAFT_KINDS.map((k) => [k, median(times[k])])) as Record<DraftKind, number>;
      return [name, ...DRAFT_KINDS.map((k) => ms0(m[k])), `${(m.large / m.empty).toFixed(1)}×`, `${(m.full / m.empty).toFixed(1)}×`];
    };
    printTable(`Time to first render (median of ${RUNS}, from navigation start; roles grid from the click)`, [
      ['page', ...DRAFT_KINDS.map((k) => DRAFT_LABELS[k]), 'large / empty', 'full / empty'],
      row('side panel, first open of a draft (link pasted, from server; from the click, 1 run)', panelFirst),
      row('side panel, reload (IndexedDB + sync)', panelTimes),
      row('side panel, reopened (page closed and opened again, warm)', panelReopen),
      row('web page (editor link, from server)', webTimes),
      row('web page, to the roles grid: its first rows', rolesFirstTimes),
      row('web page, to the roles grid: its first row complete (all partners)', rolesTimes),
    ]);
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
    await server.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchUi();
