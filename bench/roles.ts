// The Rollen grid (RACI per activity × partner) at the large draft (50 × 200) and the full one
// (100 × 200 = 20,000 cells), in Debian's Chromium through playwright-core: from a click on
// the part's button, the time until the first rows show and until the last activity's row can
// be reached (scrolled to and shown), each at the end of the frame that shows it; then, in the grid, the latency of choosing a role (the
// change event → the frame showing the row's new state) and of moving to the next cell with
// the keyboard (Tab → the frame after focus moved), each p50/p99 over key presses at a human
// pace, beside a blank page's <select>. SAMENSPEL_BENCH_WEB_DIR: a prebuilt web page.
// `tsx bench/roles.ts`, or benchRoles() from bench/run.ts. Figures only, never asserted.
import type { Page } from 'playwright-core';
import { t } from '../core/i18n/index.js';
import { ms0, ms1, pct, printTable, sleep } from './lib.js';
import { startWebBench } from './web-page.js';
import { DRAFT_LABELS, seedDrafts } from './seed-drafts.js';

const KINDS = ['large', 'full'] as const;
type Kind = (typeof KINDS)[number];
const STEPS = 60;

/**
 * In the page: clicks the roles part and, every frame, notes when the first grid row shows and
 * scrolls the grid (and the page) to its end until the last activity's row (aria-rowindex
 * = aria-rowcount) is in the document with its cells.
 */
function openRoles(page: Page): Promise<{ first: number; last: number }> {
  return page.evaluate(
    ({ nav, part }) =>
      new Promise<{ first: number; last: number }>((done, fail) => {
        const button = [...document.querySelectorAll(`nav[aria-label="${nav}"] button`)].find((b) => b.firstChild?.textContent === part) as HTMLButtonElement | undefined;
        if (!button) return fail(new Error(`no part ${part}`));
        const start = performance.now();
        button.click();
        // (No named inner functions: tsx would wrap them in a helper the page does not have.)
        // A message posted from requestAnimationFrame runs once that frame is rendered: the rows are then on screen.
        const state: { tick: (() => void) | null; first: number | null; firstSeen: boolean } = { tick: null, first: null, firstSeen: false };
        const channel = new MessageChannel();
        channel.port1.onmessage = (e: MessageEvent<string>) => {
          if (e.data === 'first') state.first = performance.now() - start;
          else done({ first: state.first ?? performance.now() - start, last: performance.now() - start });
        };
        state.tick = () => {
          const table = document.querySelector('table.raci');
          if (!state.firstSeen && table?.querySelector('tbody tr select')) {
            state.firstSeen = true;
            channel.port2.postMessage('first');
          }
          const count = table?.getAttribute('aria-rowcount');
          if (table && count && table.querySelector(`tbody tr[aria-rowindex="${count}"] select`)) return channel.port2.postMessage('last');
          if (table) {
            const wrap = table.closest('.table-wrap');
            if (wrap) wrap.scrollTop = wrap.scrollHeight;
            table.querySelector('tbody tr:last-child')?.scrollIntoView({ block: 'end' });
          }
          if (performance.now() - start > 180_000) fail(new Error('the last row never showed'));
          else requestAnimationFrame(state.tick!);
        };
        requestAnimationFrame(state.tick);
      }),
    { nav: t('nl', 'ui.parts.nav'), part: t('nl', 'ui.part.roles') },
  );
}

/** For each step: from dispatching a change of a role (A ↔ I in a cell of row `row`) to the frame after it rendered. */
function changeLatency(page: Page, row: number, col: number, steps: number): Promise<number[]> {
  return page.evaluate(
    async ({ row, col, steps }) => {
      const times: number[] = [];
      for (let i = 0; i < steps; i++) {
        const select = document.querySelectorAll(`table.raci tr[aria-rowindex="${row}"] select`)[col] as HTMLSelectElement | undefined;
        if (!select) throw new Error(`no cell ${row}/${col}`);
        const start = performance.now();
        select.value = select.value === 'A' ? 'I' : 'A';
        select.dispatchEvent(new Event('input', { bubbles: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        times.push(performance.now() - start);
        await new Promise((r) => setTimeout(r, 40 + ((i * 37) % 100)));
      }
      return times;
    },
    { row, col, steps },
  );
}

/** Presses Tab `steps` times from the focused cell; keydown → the frame after focus moved. */
async function tabLatency(page: Page, steps: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __keys: number[]; __shown: number[] };
    w.__keys = [];
    w.__shown = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => w.__shown.push(performance.now());
    window.addEventListener('keydown', (e) => w.__keys.push(e.timeStamp), true);
    window.addEventListener('focusin', () => requestAnimationFrame(() => channel.port2.postMessage(0)), true);
  });
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab');
    await sleep(40 + ((i * 53) % 100));
  }
  await page.waitForFunction((n) => (window as unknown as { __shown: number[] }).__shown.length >= n, steps, { timeout: 60_000 });
  const { keys, shown } = await page.evaluate(() => ({ keys: (window as unknown as { __keys: number[] }).__keys, shown: (window as unknown as { __shown: number[] }).__shown }));
  return keys.map((k, i) => shown[i]! - k);
}

interface Figures {
  first: number;
  last: number;
  change: number[];
  tab: number[];
}

/** Progress on stderr (a full draft takes minutes to seed and open on a loaded machine). */
const step = (what: string) => process.stderr.write(`roles bench: ${what}\n`);

async function measureDraft(page: Page, link: string): Promise<Figures> {
  step('opening a draft');
  await page.goto(link);
  await page.waitForFunction(() => document.querySelector('[data-testid=sync-status]')?.classList.contains('sync-saved'), undefined, { timeout: 180_000 });
  step('opening the roles part');
  const { first, last } = await openRoles(page);
  step('choosing roles');
  // A row in the middle of the grid, brought into view as a user would.
  const count = Number(await page.locator('table.raci').getAttribute('aria-rowcount'));
  const row = Math.floor(count / 2);
  // Scrolled to as a user would: down the grid's scroll box (if it has one) until the row shows.
  await page.evaluate(async (row) => {
    const table = document.querySelector('table.raci')!;
    const wrap = table.closest('.table-wrap')!;
    wrap.scrollTop = 0;
    for (let i = 0; i < 1000; i++) {
      const tr = table.querySelector(`tr[aria-rowindex="${row}"]`);
      if (tr?.querySelector('select')) return tr.scrollIntoView({ block: 'center' });
      wrap.scrollTop += Math.max(100, wrap.clientHeight - 50);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    throw new Error(`row ${row} never showed`);
  }, row);
  await sleep(300);
  const change = await changeLatency(page, row, 1, STEPS);
  await page.locator(`table.raci tr[aria-rowindex="${row}"] select`).first().focus();
  const tab = await tabLatency(page, STEPS);
  return { first, last, change, tab };
}

/** The same two latencies on a blank page with one row of plain <select>s (the floor). */
async function baseline(page: Page): Promise<Figures> {
  const options = '<option value="">–</option><option>R</option><option>A</option><option>C</option><option>I</option>';
  await page.setContent(`<!doctype html><title>baseline</title><table class="raci"><tbody><tr aria-rowindex="2">${Array.from({ length: 100 }, (_, i) => `<td><select aria-label="c${i}">${options}</select></td>`).join('')}</tr></tbody></table>`);
  const change = await changeLatency(page, 2, 1, STEPS);
  await page.locator('select').first().focus();
  const tab = await tabLatency(page, STEPS);
  return { first: NaN, last: NaN, change, tab };
}

export async function benchRoles(): Promise<void> {
  const { server, browser } = await startWebBench();
  try {
    step('seeding the drafts');
    const drafts = await seedDrafts(server);
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const base = await baseline(page);
    const out = {} as Record<Kind, Figures>;
    for (const kind of KINDS) out[kind] = await measureDraft(page, drafts[kind].links.editor);
    await context.close();
    const row = (name: string, f: Figures) => [name, ms0(f.first), ms0(f.last), ms1(pct(f.change, 50)), ms1(pct(f.change, 99)), ms1(pct(f.tab, 50)), ms1(pct(f.tab, 99))];
    printTable(`The Rollen grid: from the click to its first rows and to its last row reached; choosing a role and Tab to the next cell (${STEPS} each, human pace)`, [
      ['page', 'first rows', 'last row reached', 'role change p50', 'p99', 'Tab p50', 'p99'],
      row('a row of 100 plain <select>s, blank page (baseline)', base),
      ...KINDS.map((k) => row(`Samenspel, ${DRAFT_LABELS[k]}`, out[k])),
    ]);
    console.log('role change: the change event → the frame after the row re-rendered; Tab: keydown → the frame after focus moved.');
  } finally {
    await browser.close();
    await server.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchRoles();
