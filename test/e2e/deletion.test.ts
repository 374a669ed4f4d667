// A deleted draft leaves nothing behind on a device, in Debian's Chromium against the real
// server: a partner's page with a marker in the draft and one in a personal interest (the
// private doc) sees the draft deleted through the API while open; it offers the copy first
// (the personal interest is only here), then wipes it — the markers are in no IndexedDB store,
// localStorage, sessionStorage or Cache Storage of the origin, and after a reload nothing of
// the draft is listed. The owner deleting it in Delen is not asked, and a partner with nothing
// only here is wiped at once; one who was away when it was deleted hears so on coming back.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addItem } from '../../core/agreement/index.js';
import { t } from '../../core/i18n/index.js';
import { api, createDraft } from '../support/server.js';
import type { ServerProcess } from '../support/server.js';
import { connectClient } from '../support/server-clients.js';
import { forbidDialogs, launchBrowser, startWebServer, syncStatus } from './browser.js';
import { field, showAmbition, tab, waitSaved } from './typing.js';

let server: ServerProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
const dialogs: string[] = [];
const PARTNER = 'Gemeente Zuiderdorp';

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.dispose();
});

async function person(name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
  contexts.push(context);
  await context.addInitScript((n) => {
    if (!localStorage.getItem('samenspel:settings')) localStorage.setItem('samenspel:settings', JSON.stringify({ name: n, organisation: '', lang: 'nl' }));
  }, name);
  const page = await context.newPage();
  forbidDialogs(page, dialogs);
  return page;
}

/** Everything the origin keeps: every IndexedDB database (name and every store's keys and values), localStorage, sessionStorage and Cache Storage, as text. */
function originStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const decoder = new TextDecoder();
    const asText = (v: unknown): string =>
      JSON.stringify(v, (_k, x: unknown) => (x instanceof ArrayBuffer ? decoder.decode(x) : ArrayBuffer.isView(x) ? decoder.decode(x as Uint8Array) : x));
    const out: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      out.push(`idb ${name}`);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of db.objectStoreNames) {
        const tx = db.transaction(store, 'readonly');
        const all = (req: IDBRequest) => new Promise<unknown>((resolve, reject) => ((req.onsuccess = () => resolve(req.result)), (req.onerror = () => reject(req.error))));
        out.push(`${store} keys ${asText(await all(tx.objectStore(store).getAllKeys()))}`);
        out.push(`${store} values ${asText(await all(tx.objectStore(store).getAll()))}`);
      }
      db.close();
    }
    for (const [label, area] of [['local', localStorage], ['session', sessionStorage]] as const) {
      for (let i = 0; i < area.length; i++) out.push(`${label} ${area.key(i)}=${area.getItem(area.key(i)!)}`);
    }
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const req of await cache.keys()) out.push(`cache ${cacheName} ${req.url} ${await (await cache.match(req))?.text()}`);
    }
    return out.join('\n');
  });
}

const notice = (page: Page) => page.getByTestId('read-only-notice');
const goneNotice = (page: Page) => page.getByTestId('gone-notice');

async function personalInterest(page: Page, text: string): Promise<void> {
  await page.getByRole('navigation', { name: t('nl', 'ui.parts.nav'), exact: true }).getByRole('button', { name: new RegExp(`^${t('nl', 'ui.part.interests')}\\b`) }).click();
  await page.getByRole('button', { name: `${t('nl', 'ui.interests.addPersonal')} (${PARTNER})` }).click();
  await page.getByLabel(t('nl', 'ui.interests.personal', { n: 1, partner: PARTNER }), { exact: true }).fill(text);
}

describe('a draft deleted while a partner has it open', () => {
  it('offers the copy of what is only here, then wipes every trace of the draft from the origin', async () => {
    const d = await createDraft(server.url, { title: 'Wisproef' });
    const owner = await connectClient(server.wsUrl, d.id, d.tokens.owner);
    await owner.whenSaved();
    addItem(owner.doc, 'partners', { name: PARTNER });
    await owner.whenSaved();
    await owner.destroy();

    const page = await person('Bea (school)');
    await page.goto(d.links.editor);
    await waitSaved(page);
    await showAmbition(page);
    await field(page, 'statement').fill('GEDEELD-MERKTEKEN-4711 lezen we samen.');
    await waitSaved(page);
    await personalInterest(page, 'PRIVE-MERKTEKEN-0815 wil de wethouder.');
    // The probe finds what it looks for: both markers, the id and the token are stored now.
    await expect.poll(() => originStorage(page)).toContain('PRIVE-MERKTEKEN-0815');
    const before = await originStorage(page);
    for (const s of ['GEDEELD-MERKTEKEN-4711', d.id, d.tokens.editor]) expect(before).toContain(s);

    expect((await api(server.url, d.tokens.owner)(`/api/drafts/${d.id}`, { method: 'DELETE' })).status).toBe(200);
    await expect.poll(() => notice(page).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await notice(page).textContent()).toContain(t('nl', 'ui.lost.deleted'));
    expect(await notice(page).textContent()).toContain(t('nl', 'ui.lost.deletedKeepFirst'));
    const [download] = await Promise.all([page.waitForEvent('download'), notice(page).getByRole('button', { name: t('nl', 'ui.lost.download') }).click()]);
    const kept = await readFile((await download.path())!, 'utf8');
    expect(kept).toContain('GEDEELD-MERKTEKEN-4711');
    expect(kept).toContain('PRIVE-MERKTEKEN-0815');

    await notice(page).getByRole('button', { name: t('nl', 'ui.lost.erase') }).click();
    await expect.poll(() => goneNotice(page).textContent()).toBe(t('nl', 'ui.gone.erased', { title: 'Wisproef' }));
    const after = await originStorage(page);
    for (const s of ['GEDEELD-MERKTEKEN-4711', 'PRIVE-MERKTEKEN-0815', d.id, d.tokens.editor]) expect(after).not.toContain(s);

    await page.reload();
    await expect.poll(() => page.getByText(t('nl', 'ui.start.noRecent')).isVisible()).toBe(true);
    expect(page.url()).not.toContain(d.id);
    const reloaded = await originStorage(page);
    for (const s of ['GEDEELD-MERKTEKEN-4711', 'PRIVE-MERKTEKEN-0815', d.id, d.tokens.editor]) expect(reloaded).not.toContain(s);
    expect(dialogs).toEqual([]);
  });
});

describe('the owner deletes the draft in Delen', () => {
  it('is not asked, and the owner’s and a partner’s device keep nothing of it', async () => {
    const d = await createDraft(server.url, { title: 'Eigenaar wist' });
    const ownerPage = await person('Anna (bibliotheek)');
    await ownerPage.goto(d.links.owner);
    await waitSaved(ownerPage);
    await showAmbition(ownerPage);
    await field(ownerPage, 'statement').fill('EIGENAAR-MERKTEKEN-2024');
    // Not waited for: the owner is not asked about unsaved words when deleting for everyone.
    const partnerPage = await person('Bea (school)');
    await partnerPage.goto(d.links.editor);
    await waitSaved(partnerPage);
    await expect.poll(() => originStorage(partnerPage)).toContain('EIGENAAR-MERKTEKEN-2024');

    await tab(ownerPage, 'share');
    await ownerPage.getByRole('button', { name: t('nl', 'ui.share.delete'), exact: true }).click();
    await expect.poll(() => ownerPage.getByRole('group', { name: new RegExp(t('nl', 'ui.share.deleteQuestion', { title: 'Eigenaar wist' }).slice(0, 30)) }).isVisible()).toBe(true);
    await ownerPage.getByRole('button', { name: t('nl', 'ui.share.deleteConfirm'), exact: true }).click();
    await expect.poll(() => goneNotice(ownerPage).textContent()).toBe(t('nl', 'ui.gone.deletedHere', { title: 'Eigenaar wist' }));
    expect(await notice(ownerPage).count()).toBe(0);
    // The partner had nothing only on their device: wiped at once, and told.
    await expect.poll(() => goneNotice(partnerPage).textContent(), { timeout: 20_000 }).toBe(t('nl', 'ui.gone.erased', { title: 'Eigenaar wist' }));
    for (const [page, token] of [
      [ownerPage, d.tokens.owner],
      [partnerPage, d.tokens.editor],
    ] as const) {
      const left = await originStorage(page);
      for (const s of ['EIGENAAR-MERKTEKEN-2024', d.id, token]) expect(left).not.toContain(s);
    }
    expect((await fetch(`${server.url}/api/drafts/${d.id}`, { headers: { authorization: `Bearer ${d.tokens.owner}` } })).status).not.toBe(200);
    await expect.poll(() => syncStatus(ownerPage).count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

describe('a partner who was away when the draft was deleted', () => {
  it('hears "deleted" on coming back (the server keeps a tombstone), is offered the copy, and then keeps nothing of it', async () => {
    const d = await createDraft(server.url, { title: 'Later gewist' });
    const page = await person('Cas (welzijn)');
    await page.goto(d.links.editor);
    await waitSaved(page);
    await showAmbition(page);
    await field(page, 'statement').fill('AFWEZIG-MERKTEKEN-1234');
    await waitSaved(page);
    const context = page.context();
    await page.close();

    expect((await api(server.url, d.tokens.owner)(`/api/drafts/${d.id}`, { method: 'DELETE' })).status).toBe(200);
    const back = await context.newPage();
    forbidDialogs(back, dialogs);
    await back.goto(d.links.editor);
    // Not "your link gives no access": deleted. Whether this device still held words the server
    // never had it cannot tell after being away, so it offers the copy before wiping.
    await expect.poll(() => notice(back).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await notice(back).textContent()).toContain(t('nl', 'ui.lost.deleted'));
    await notice(back).getByRole('button', { name: t('nl', 'ui.lost.erase') }).click();
    await expect.poll(() => goneNotice(back).textContent()).toBe(t('nl', 'ui.gone.erased', { title: 'Later gewist' }));
    const left = await originStorage(back);
    for (const s of ['AFWEZIG-MERKTEKEN-1234', d.id, d.tokens.editor]) expect(left).not.toContain(s);
    expect(dialogs).toEqual([]);
  });
});
