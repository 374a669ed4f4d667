// The web page as an installable, offline app, in Debian's Chromium against the real server:
// loaded once, then the server stopped — the draft opens from the service worker's cache and
// accepts edits; the server restarted — the edits arrive. A new app shell on the server is
// offered ("Nieuwe versie"), never forced mid-edit. API answers and tokens are never cached.
// The chunks loaded later (the other tabs, the English messages) are precached too: offline,
// a tab not yet opened shows, and the page switches to English and back.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../core/agreement/index.js';
import { t } from '../../core/i18n/index.js';
import { createDraft, startServerProcess, type ServerProcess } from '../support/server.js';
import { connectClient, waitFor } from '../support/server-clients.js';
import { forbidDialogs, launchBrowser, syncStatus, WEB_DIR } from './browser.js';
import { field, showAmbition, waitSaved } from './typing.js';

let browser: Browser;
let context: BrowserContext;
let server: ServerProcess;
let webDir: string;
const dialogs: string[] = [];

beforeAll(async () => {
  // A copy of the built page, so this test can publish a "new version" of it.
  webDir = await mkdtemp(join(tmpdir(), 'samenspel-e2e-shell-'));
  await cp(WEB_DIR, webDir, { recursive: true });
  server = await startServerProcess({ env: { SAMENSPEL_WEB_DIR: webDir, SAMENSPEL_QUIET: '1' } });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  await context.addInitScript(() => {
    if (!localStorage.getItem('samenspel:settings')) localStorage.setItem('samenspel:settings', JSON.stringify({ name: 'Ayşe (gemeente)', organisation: '', lang: 'nl' }));
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.dispose();
  await rm(webDir, { recursive: true, force: true });
});

const controlled = (page: Page) => page.evaluate(() => !!navigator.serviceWorker.controller);
const statement = (page: Page) => field(page, 'statement');

describe('the web page offline', () => {
  let page: Page;
  let draft: Awaited<ReturnType<typeof createDraft>>;

  it('opens a draft it saw once with the server stopped, takes edits, and sends them when the server is back', async () => {
    draft = await createDraft(server.url, { title: 'Leesoffensief Noord' });
    page = await context.newPage();
    forbidDialogs(page, dialogs);
    await page.goto(draft.links.editor);
    await syncStatus(page).waitFor();
    await expect.poll(() => controlled(page), { timeout: 15_000 }).toBe(true);
    await showAmbition(page);
    await statement(page).click();
    await page.keyboard.type('Alle kinderen lezen graag.', { delay: 20 });
    await waitSaved(page);

    await server.stop();
    await page.reload();
    await showAmbition(page);
    await expect.poll(() => statement(page).inputValue()).toBe('Alle kinderen lezen graag.');
    await statement(page).press('End');
    await page.keyboard.type(' Ook zonder netwerk.', { delay: 20 });
    await expect.poll(() => syncStatus(page).textContent()).not.toBe(t('nl', 'ui.sync.saved'));

    // Offline, the screens and the language this page has not shown since the reload.
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect((await loaded()).filter((p) => /messages-en/.test(p))).toEqual([]);
    const tabs = page.getByRole('navigation', { name: t('nl', 'ui.tabs.nav') });
    await tabs.getByRole('button', { name: t('nl', 'ui.tab.consent'), exact: true }).click();
    await expect.poll(() => page.locator('#screen-title').textContent()).toBe(t('nl', 'ui.tab.consent'));
    // Loaded (no "loading" status left) and not failed (no alert with a retry).
    await expect.poll(() => page.locator('main p.loading').count(), { timeout: 15_000 }).toBe(0);
    expect(await page.getByRole('alert').filter({ hasText: t('nl', 'ui.lazy.failed') }).count()).toBe(0);
    expect(await page.locator('#screen-title ~ *').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => page.locator('#screen-title').textContent()).toBe(t('en', 'ui.tab.consent'));
    // The page's lang attribute follows in an effect after the render.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect((await loaded()).filter((p) => /messages-en/.test(p)).length).toBe(1);
    await page.getByRole('button', { name: 'Nederlands', exact: true }).click();
    await expect.poll(() => page.locator('#screen-title').textContent()).toBe(t('nl', 'ui.tab.consent'));
    await tabs.getByRole('button', { name: t('nl', 'ui.tab.agreement'), exact: true }).click();
    await showAmbition(page);

    await server.restart();
    const client = await connectClient(server.wsUrl, draft.id, draft.tokens.viewer);
    await waitFor(() => readAgreement(client.doc).agreement.ambition.statement === 'Alle kinderen lezen graag. Ook zonder netwerk.', 30_000, 'the offline edit on the server');
    await waitSaved(page);
    await client.destroy();
    expect(dialogs).toEqual([]);
  }, 120_000);

  it('caches only the app shell: no API answer, no token', async () => {
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const key of await caches.keys()) for (const req of await (await caches.open(key)).keys()) urls.push(req.url);
      return urls;
    });
    expect(cached.length).toBeGreaterThan(3);
    expect(cached.some((u) => u.endsWith('/index.html'))).toBe(true);
    expect(cached.filter((u) => /\/api\/|\/sync(\/|$)|\/d\/|#|token/.test(u))).toEqual([]);
    for (const token of Object.values(draft.tokens)) expect(cached.join('\n')).not.toContain(token);
  });

  it('offers a new version of the page, and reloads only when asked', async () => {
    await page.evaluate(() => ((window as unknown as { __stayed: boolean }).__stayed = true));
    const swFile = join(webDir, 'sw.js');
    const sw = await readFile(swFile, 'utf8');
    await writeFile(swFile, sw.replace(/\\"version\\":\\"([0-9a-f]+)\\"/, '\\"version\\":\\"0000000000000001\\"'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const banner = page.getByTestId('update-banner');
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.textContent()).toContain(t('nl', 'ui.update.available'));
    // Offered, not forced: the page is the same page, the text still there, editing goes on.
    expect(await page.evaluate(() => (window as unknown as { __stayed?: boolean }).__stayed)).toBe(true);
    await statement(page).press('End');
    await page.keyboard.type(' Met de nieuwe versie.', { delay: 20 });
    await waitSaved(page);
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: t('nl', 'ui.update.reload') }).click()]);
    expect(await page.evaluate(() => (window as unknown as { __stayed?: boolean }).__stayed)).toBeUndefined();
    expect(await page.evaluate(() => caches.keys())).toEqual(['samenspel-shell-0000000000000001']);
    await showAmbition(page);
    expect(await statement(page).inputValue()).toBe('Alle kinderen lezen graag. Ook zonder netwerk. Met de nieuwe versie.');
  }, 60_000);
});
