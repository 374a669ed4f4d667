// Keystroke-to-screen latency in the web page, in Debian's Chromium through playwright-core:
// from a key press to the character on screen for the person typing (keydown → the frame
// after the input event) and on a partner's screen in a second browser context (the same
// keydown → the first frame whose field shows the character), for the ambition statement of
// an empty draft, a large one (50 partners, 200 activities, 10,000 edits) and a full one (every
// list at its limit), beside a plain unsynced <textarea> on a blank page. Keys come at a human pace (40–140 ms apart, seeded).
// Then, per draft, a paste of 80,000 characters (taken) and one of 5 MB (refused at the field):
// the longest the page's main thread was blocked (the largest gap between frames) around it.
// `tsx bench/keystroke.ts`, or benchKeystroke() from bench/run.ts. Figures only, never asserted.
import type { Browser, Page } from 'playwright-core';
import { t } from '../core/i18n/index.js';
import { printTable } from './lib.js';
import { startWebBench } from './web-page.js';
import { DRAFT_KINDS, DRAFT_LABELS, seedDrafts, type DraftKind } from './seed-drafts.js';

const KEYS = Math.max(20, Math.min(2000, Number(process.env.SAMENSPEL_BENCH_KEYS ?? 200)));
const WARMUP = 20;
const TEXT = ' Samen lezen we elke dag, op school en thuis.';
const STATEMENT = t('nl', 'ui.ambition.statement');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const ms1 = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '—');

function random(seed: number) {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

/**
 * In the typing page: for each keydown, its time, and the time of the frame after its input
 * event (a message posted from requestAnimationFrame runs once that frame is rendered).
 * Times are epoch milliseconds (timeOrigin + high-resolution time), comparable across pages.
 */
function installTypistProbe(): void {
  const w = window as unknown as { __keys: number[]; __shown: number[] };
  w.__keys = [];
  w.__shown = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => w.__shown.push(performance.timeOrigin + performance.now());
  window.addEventListener('keydown', (e) => w.__keys.push(performance.timeOrigin + e.timeStamp), true);
  window.addEventListener('input', () => requestAnimationFrame(() => channel.port2.postMessage(0)));
}

/**
 * In the partner's page: every frame, whether the field's text grew; if so, when that frame
 * has been rendered (as for the typist), and to what length.
 */
function installPartnerProbe(label: string): void {
  const w = window as unknown as { __seen: [number, number][] };
  w.__seen = [];
  const el = [...document.querySelectorAll('label')].find((l) => l.textContent === label)?.control as HTMLTextAreaElement | undefined;
  if (!el) throw new Error(`no field ${label}`);
  // (No named inner functions: tsx would wrap them in a helper the page does not have.)
  const channel = new MessageChannel();
  channel.port1.onmessage = (e: MessageEvent<number>) => w.__seen.push([performance.timeOrigin + performance.now(), e.data]);
  const state: { last: number; tick: (() => void) | null } = { last: el.value.length, tick: null };
  state.tick = () => {
    if (el.value.length !== state.last) {
      state.last = el.value.length;
      channel.port2.postMessage(state.last);
    }
    requestAnimationFrame(state.tick!);
  };
  requestAnimationFrame(state.tick);
}

/** How far this page's epoch clock (timeOrigin + now) is ahead of Date.now(), median of samples. */
async function clockOffset(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const xs: number[] = [];
    for (let i = 0; i < 25; i++) {
      xs.push(performance.timeOrigin + performance.now() - Date.now());
      await new Promise((r) => setTimeout(r, 2));
    }
    xs.sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)]!;
  });
}

interface Figures {
  typist: number[];
  partner: number[];
}

async function openStatement(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.waitForFunction(() => document.querySelector('[data-testid=sync-status]')?.classList.contains('sync-saved'), undefined, { timeout: 120_000 });
  await page.getByRole('navigation', { name: t('nl', 'ui.parts.nav'), exact: true }).getByRole('button', { name: t('nl', 'ui.part.ambition'), exact: true }).click();
  await page.getByLabel(STATEMENT, { exact: true }).waitFor();
}

/** Types KEYS + WARMUP keys at the end of the field in `typist`, and times them there and in `partner`. */
async function measure(typist: Page, partner: Page | null, focus: () => Promise<void>, seed: number): Promise<Figures> {
  await focus();
  await typist.evaluate(installTypistProbe);
  const baseLength = partner ? await partner.getByLabel(STATEMENT, { exact: true }).evaluate((el) => (el as HTMLTextAreaElement).value.length) : 0;
  if (partner) await partner.evaluate(installPartnerProbe, STATEMENT);
  const rand = random(seed);
  for (let i = 0; i < KEYS + WARMUP; i++) {
    await typist.keyboard.type(TEXT[i % TEXT.length]!);
    await sleep(40 + Math.floor(rand() * 101));
  }
  const total = KEYS + WARMUP;
  await typist.waitForFunction((n) => (window as unknown as { __shown: number[] }).__shown.length >= n, total, { timeout: 60_000 });
  const keys = await typist.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
  const shown = await typist.evaluate(() => (window as unknown as { __shown: number[] }).__shown);
  const typistMs = keys.map((k, i) => shown[i]! - k).slice(WARMUP);
  if (!partner) return { typist: typistMs, partner: [] };

  await partner.waitForFunction(
    (want) => ((window as unknown as { __seen: [number, number][] }).__seen.at(-1)?.[1] ?? 0) >= want,
    baseLength + total,
    { timeout: 60_000 },
  );
  const seen = await partner.evaluate(() => (window as unknown as { __seen: [number, number][] }).__seen);
  // Put both pages on one clock (their epoch clocks may differ by a fraction of a millisecond).
  const skew = (await clockOffset(partner)) - (await clockOffset(typist));
  const partnerMs = keys.map((k, i) => {
    const hit = seen.find(([, len]) => len >= baseLength + i + 1);
    return hit ? hit[0] - skew - k : NaN;
  });
  return { typist: typistMs, partner: partnerMs.slice(WARMUP) };
}

/** Pastes of these sizes, with the longest main-thread block (largest gap between frames) measured around each. */
const PASTES = [80_000, 5 * 1024 * 1024] as const;

/** Pastes `chars` characters at the caret of the focused field; the largest gap between frames from just before the paste until 1.5 s after. */
async function pasteBlock(page: Page, chars: number): Promise<number> {
  await page.evaluate((n) => navigator.clipboard.writeText('Samen lezen is samen leven. '.repeat(Math.ceil(n / 28)).slice(0, n)), chars);
  await page.evaluate(() => {
    const w = window as unknown as { __gap: number; __last: number; __run: boolean };
    w.__gap = 0;
    w.__last = performance.now();
    w.__run = true;
    const state: { tick: (() => void) | null } = { tick: null };
    state.tick = () => {
      const now = performance.now();
      w.__gap = Math.max(w.__gap, now - w.__last);
      w.__last = now;
      if (w.__run) requestAnimationFrame(state.tick!);
    };
    requestAnimationFrame(state.tick);
  });
  await sleep(200);
  await page.keyboard.press('Control+V');
  await sleep(1500);
  return page.evaluate(() => {
    const w = window as unknown as { __gap: number; __run: boolean };
    w.__run = false;
    return w.__gap;
  });
}

async function bench(browser: Browser, links: Record<DraftKind, string>): Promise<Record<'baseline' | DraftKind, Figures> & { pastes: Record<DraftKind, number[]> }> {
  const typistContext = await browser.newContext({ viewport: { width: 1100, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const partnerContext = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  try {
    const typist = await typistContext.newPage();
    const partner = await partnerContext.newPage();

    await typist.setContent('<!doctype html><title>baseline</title><label for=t>Tekst</label><textarea id=t rows=3 cols=80></textarea>');
    const baseline = await measure(typist, null, () => typist.locator('#t').focus(), 1);

    const out = {} as Record<DraftKind, Figures>;
    const pastes = {} as Record<DraftKind, number[]>;
    for (const [i, kind] of DRAFT_KINDS.entries()) {
      await openStatement(typist, links[kind]);
      await openStatement(partner, links[kind]);
      const field = typist.getByLabel(STATEMENT, { exact: true });
      out[kind] = await measure(
        typist,
        partner,
        async () => {
          await field.focus();
          await typist.keyboard.press('Control+End');
        },
        2 + i,
      );
      pastes[kind] = [];
      for (const chars of PASTES) pastes[kind].push(await pasteBlock(typist, chars));
    }
    return { baseline, ...out, pastes };
  } finally {
    await typistContext.close();
    await partnerContext.close();
  }
}

export async function benchKeystroke(): Promise<void> {
  const { server, browser } = await startWebBench();
  try {
    const drafts = await seedDrafts(server);

    const r = await bench(browser, Object.fromEntries(DRAFT_KINDS.map((k) => [k, drafts[k].links.editor])) as Record<DraftKind, string>);
    const base50 = pct(r.baseline.typist, 50);
    const row = (name: string, f: Figures) => [
      name,
      ms1(pct(f.typist, 50)),
      ms1(pct(f.typist, 99)),
      f.partner.length ? ms1(pct(f.partner, 50)) : '—',
      f.partner.length ? ms1(pct(f.partner, 99)) : '—',
      `${(pct(f.typist, 50) / base50).toFixed(1)}×`,
    ];
    printTable(`Keystroke to screen, ${KEYS} keys at a human pace (after ${WARMUP} warm-up keys), ambition statement`, [
      ['page', 'typist p50', 'typist p99', 'partner p50', 'partner p99', 'typist p50 / baseline'],
      row('plain <textarea>, blank page (baseline)', r.baseline),
      ...DRAFT_KINDS.map((k) => row(`Samenspel, ${DRAFT_LABELS[k]}`, r[k])),
    ]);
    console.log('typist: keydown → the frame after its input event; partner: the same keydown → the first frame in the other context showing the character (one clock).');
    printTable('A large paste into the ambition statement: longest main-thread block (largest gap between frames, 1.5 s from the paste)', [
      ['page', ...PASTES.map((n) => `paste of ${n.toLocaleString('en')} characters`)],
      ...DRAFT_KINDS.map((k) => [`Samenspel, ${DRAFT_LABELS[k]}`, ...r.pastes[k].map((ms) => `${ms.toFixed(0)} ms`)]),
    ]);
  } finally {
    await browser.close();
    await server.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchKeystroke();
