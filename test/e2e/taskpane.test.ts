// The Word task pane in Debian's Chromium, served by the real server under /addin/, with
// office.js from our own build (never a CDN: no request may leave 127.0.0.1). Without an
// Office host it says "Niet geopend in Word" and the workspace works with copy and
// download; with a simulated Word host (office.js loaded, Office.onReady and Word.run
// answered in the page by the mock Word of test/office-addin) the Word panel shows and
// Plancheck works.
// axe-core on every screen; the sideloading screenshots (docs/screenshots/taskpane-*.png)
// when SAMENSPEL_SCREENSHOTS=1.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../core/i18n/index.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addItem, readAgreement, updateSection } from '../../core/agreement/index.js';
import { decodeShareLink } from '../../core/sync/share-link.js';
import { createDraft, startServerProcess, type ServerProcess } from '../support/server.js';
import { connectClient, waitForStatus } from '../support/server-clients.js';
import { inPageWordScript } from '../office-addin/word-in-page.js';
import * as consent from '../../core/ui/consent/consent-api.js';
import { ADDIN_DIR, axe, forbidDialogs, launchBrowser, SAVED_TEXT, SCREENSHOT_DIR, syncStatus, WEB_DIR } from './browser.js';
import { createDraft as createDraftHere } from './typing.js';

/** The built task pane; SAMENSPEL_ADDIN_OUT points a run at another build, as it does for office-addin/vite.config.ts. */
const SAVED = SAVED_TEXT;
/** A Word task pane is narrow. */
const PANE = { width: 380, height: 900 };
/** office.js (o15apptofilemappingtable.js) loads telemetryservice.firstpartyapps.oaspapps.com in an iframe after this delay. */
const OFFICE_TELEMETRY_DELAY_MS = 3000;

let server: ServerProcess;
let browser: Browser;
const dialogs: string[] = [];
/** Every request or WebSocket that tried to leave 127.0.0.1 (blocked). */
const external: string[] = [];
const pageErrors: string[] = [];

const isLocal = (url: string): boolean => {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:' || url === 'about:blank') return true;
  return u.hostname === '127.0.0.1';
};

/** A context whose requests may only go to 127.0.0.1: anything else is recorded and aborted. */
async function localOnlyContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: PANE, acceptDownloads: true });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    if (!external.includes(url)) external.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (r) => {
    if (!isLocal(r.url()) && !external.includes(r.url())) external.push(r.url());
  });
  return context;
}

function watch(page: Page): void {
  forbidDialogs(page, dialogs);
  page.on('websocket', (ws) => {
    if (new URL(ws.url()).hostname !== '127.0.0.1') external.push(ws.url());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
}

async function tab(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Werkruimte' }).getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}
async function part(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Onderdelen van de afspraken' }).getByRole('button', { name, exact: true }).click();
}
const saved = (page: Page) => expect.poll(() => syncStatus(page).textContent(), { timeout: 20_000 }).toBe(SAVED);
const announcer = (page: Page) => page.getByTestId('announcer');

/** A task pane is narrow: nothing may stick out sideways (the page must not scroll horizontally). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, PANE.height - 1);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: join(SCREENSHOT_DIR, name) });
}

beforeAll(async () => {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  server = await startServerProcess({ env: { SAMENSPEL_WEB_DIR: WEB_DIR, SAMENSPEL_ADDIN_DIR: ADDIN_DIR, SAMENSPEL_QUIET: '1' } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('the Word task pane outside Office (a plain Chromium tab)', () => {
  let context: BrowserContext;
  let pane: Page;
  let officeJs = '';

  beforeAll(async () => {
    context = await localOnlyContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    pane = await context.newPage();
    watch(pane);
    pane.on('response', (r) => {
      if (new URL(r.url()).pathname === '/addin/office/office.js') officeJs = `${r.status()} ${r.headers()['content-type']}`;
    });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('loads office.js from our own server and falls back to "Niet geopend in Word"', async () => {
    await pane.goto(server.url + '/addin/taskpane.html');
    await pane.getByRole('heading', { name: 'Niet geopend in Word' }).waitFor({ timeout: 20_000 });
    expect(officeJs).toBe('200 text/javascript; charset=utf-8');
    // office.js really ran (it defines Office), it just found no host.
    expect(await pane.evaluate(() => typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady)).toBe('function');
    expect(await pane.getByRole('note').textContent()).toContain('In een gewone browser kun je ze kopiëren of downloaden.');
    // No Word panel and no Word actions outside Word.
    expect(await pane.getByRole('heading', { name: 'Samenspel in Word' }).count()).toBe(0);
    expect(await pane.getByRole('button', { name: 'Bijwerken' }).count()).toBe(0);
    await pane.getByRole('heading', { name: 'Samenwerkingsafspraken maken' }).waitFor();
    // The server is the task pane's own (see the share link below): no address to fill in.
    await pane.getByText(t('nl', 'ui.settings.title'), { exact: true }).click();
    await pane.getByLabel(t('nl', 'ui.settings.name')).waitFor();
    expect(await pane.getByLabel('Adres van de Samenspel-server').count()).toBe(0);
    await pane.getByText(t('nl', 'ui.settings.title'), { exact: true }).click();
    expect(await axe(pane, 'taskpane/fallback start')).toEqual([]);
    expect(await sideways(pane)).toBe(0);
    await shot(pane, 'taskpane-start.png');
  });

  it('creates a draft on the same server and edits it', async () => {
    await createDraftHere(pane, 'Lezen in Word');
    await saved(pane);
    expect(await pane.locator('.draft-title').textContent()).toBe('Lezen in Word');
    await pane.getByRole('button', { name: 'Partner toevoegen' }).click();
    await pane.getByLabel('Naam van de partner').nth(0).fill('Bibliotheek Noorderwijk');
    await part(pane, 'Ambitie');
    await pane.getByLabel('Onze gezamenlijke ambitie').fill('Elk kind in Noorderwijk leest met plezier.');
    await saved(pane);
    expect(await axe(pane, 'taskpane/open draft')).toEqual([]);
    expect(await sideways(pane)).toBe(0);
    await shot(pane, 'taskpane-concept.png');

    // What the task pane wrote is on the server.
    await tab(pane, 'Delen');
    const draftLink = await pane.locator('input[data-role=editor]').inputValue();
    const link = decodeShareLink(draftLink)!;
    expect(link.base).toBe(server.url);
    const client = await connectClient(server.wsUrl, link.draftId, link.token);
    await waitForStatus(client, (s) => s.kind === 'saved');
    const { agreement } = readAgreement(client.doc);
    expect(agreement.meta.title).toBe('Lezen in Word');
    expect(agreement.ambition.statement).toBe('Elk kind in Noorderwijk leest met plezier.');
    expect(agreement.partners.map((p) => p.name)).toEqual(['Bibliotheek Noorderwijk']);
    await client.destroy();
  });

  it('copies a section from Sjablonen to the clipboard (HTML and plain text), with no Insert button', async () => {
    await tab(pane, 'Sjablonen');
    await pane.getByLabel('Onderdeel').selectOption('ambition');
    expect(await pane.getByTestId('template-preview').textContent()).toContain('Elk kind in Noorderwijk leest met plezier.');
    expect(await pane.getByRole('button', { name: /Invoegen/ }).count()).toBe(0);
    expect(await axe(pane, 'taskpane/templates')).toEqual([]);
    expect(await sideways(pane)).toBe(0);
    await shot(pane, 'taskpane-sjablonen.png');
    await pane.getByRole('button', { name: 'Kopiëren als opgemaakte tekst' }).click();
    await expect.poll(() => announcer(pane).textContent()).toContain('Gekopieerd naar het klembord.');
    const clip = await pane.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { types: [...item!.types].sort(), html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
    });
    expect(clip.types).toEqual(['text/html', 'text/plain']);
    expect(clip.text).toContain('Elk kind in Noorderwijk leest met plezier.');
    expect(clip.html).toContain('<h2>Gezamenlijke ambitie</h2>');
    expect(clip.html).toContain('Elk kind in Noorderwijk leest met plezier.');
  });

  it('downloads the agreement as .docx', async () => {
    await tab(pane, t('nl', 'ui.tab.export'));
    const [download] = await Promise.all([pane.waitForEvent('download'), pane.getByRole('button', { name: 'Downloaden als Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe('lezen-in-word.docx');
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.toString('latin1')).toContain('word/document.xml');
    expect(bytes.byteLength).toBeGreaterThan(2000);
  });

  it('opens a draft made elsewhere from its share link, and reopens the last draft after a reload', async () => {
    const other = await createDraft(server.url, { title: 'Taalhuis Zuid' });
    const client = await connectClient(server.wsUrl, other.id, other.tokens.owner);
    await waitForStatus(client, (s) => s.kind === 'saved');
    updateSection(client.doc, 'ambition', { statement: 'Iedereen kan meedoen.' });
    addItem(client.doc, 'partners', { name: 'Gemeente Zuid', kind: 'municipality' });
    await waitForStatus(client, (s) => s.kind === 'saved');
    await client.destroy();

    await pane.getByRole('button', { name: 'Concept sluiten' }).click();
    await pane.getByRole('heading', { name: 'Samenwerkingsafspraken maken' }).waitFor();
    await pane.getByLabel('Deellink').fill(`${server.url}/d/${other.id}#token=${other.tokens.editor}`);
    await pane.getByRole('button', { name: 'Openen' }).click();
    await saved(pane);
    await expect.poll(() => pane.getByLabel('Naam van de partner').nth(0).inputValue()).toBe('Gemeente Zuid');
    await part(pane, 'Ambitie');
    expect(await pane.getByLabel('Onze gezamenlijke ambitie').inputValue()).toBe('Iedereen kan meedoen.');

    await pane.reload();
    await pane.getByRole('heading', { name: 'Niet geopend in Word' }).waitFor({ timeout: 20_000 });
    await saved(pane);
    await expect.poll(() => pane.getByLabel('Naam van de partner').nth(0).inputValue()).toBe('Gemeente Zuid');
  });

  it('sent no request beyond 127.0.0.1 (not even office.js telemetry), opened no dialog and threw no page error', async () => {
    // office.js frames Microsoft's telemetry page 3 s after it loads outside a host: give it the time.
    const commands = await context.newPage();
    watch(commands);
    await commands.goto(server.url + '/addin/commands.html');
    await commands.waitForTimeout(OFFICE_TELEMETRY_DELAY_MS + 1500);
    expect(external).toEqual([]);
    // The guard itself works: a request the page makes to another host is caught (and blocked).
    await pane.evaluate(() => void fetch('https://guard-check.example/ping').catch(() => undefined));
    await expect.poll(() => external).toEqual(['https://guard-check.example/ping']);
    external.length = 0;
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('the Word panel with a simulated Word host (office.js loaded, Word.run answered by the mock Word in the page)', () => {
  let context: BrowserContext;
  let pane: Page;

  beforeAll(async () => {
    context = await localOnlyContext();
    pane = await context.newPage();
    watch(pane);
    await pane.addInitScript(
      await inPageWordScript({
        platform: 'OfficeOnline',
        version: '16.0.19127.40500',
        paragraphs: [
          { text: 'Plan van aanpak leesbevordering', style: 'Title' },
          { text: '1. Doelen', style: 'Heading1' },
          { text: 'Meer kinderen lezen.', style: 'Normal' },
          { text: '2. Begroting', style: 'Heading1' },
          { text: 'Zie de tabel.', style: 'Normal' },
        ],
      }),
    );
  });
  afterAll(async () => {
    await context?.close();
  });

  it('shows the Word panel instead of the fallback, its actions waiting for a draft', async () => {
    await pane.goto(server.url + '/addin/taskpane.html');
    await pane.getByRole('heading', { name: 'Samenspel in Word' }).waitFor({ timeout: 20_000 });
    expect(await pane.getByRole('heading', { name: 'Niet geopend in Word' }).count()).toBe(0);
    expect(await pane.getByText('Open een concept via een deellink').count()).toBe(1);
    for (const name of ['Bijwerken', 'Plancheck', 'SPUK-plan invoegen', 'Exporteren (.docx)']) {
      expect(await pane.getByRole('button', { name }).isDisabled()).toBe(true);
    }
    expect(await pane.getByRole('button', { name: 'Zelftest' }).isEnabled()).toBe(true); // needs no draft
    expect(await axe(pane, 'taskpane/word panel, no draft')).toEqual([]);
    expect(await sideways(pane)).toBe(0);
  });

  it('with a draft open: Plancheck lists conditions and sections, jumps to a heading, and Exporteren downloads a .docx', async () => {
    const draft = await createDraft(server.url, { title: 'Leesplan Noorderwijk' });
    const client = await connectClient(server.wsUrl, draft.id, draft.tokens.owner);
    await waitForStatus(client, (s) => s.kind === 'saved');
    updateSection(client.doc, 'ambition', { statement: 'Elk kind leest.' });
    addItem(client.doc, 'partners', { name: 'Bibliotheek Noorderwijk', kind: 'library' });
    await waitForStatus(client, (s) => s.kind === 'saved');
    await client.destroy();

    await pane.getByLabel('Deellink').fill(`${server.url}/d/${draft.id}#token=${draft.tokens.editor}`);
    await pane.getByRole('button', { name: 'Openen' }).click();
    await saved(pane);
    const panel = pane.locator('section.word-panel');
    await expect.poll(() => panel.getByRole('button', { name: 'Plancheck' }).isEnabled()).toBe(true);
    expect(await panel.getByText('Open een concept via een deellink').count()).toBe(0);

    await panel.getByRole('button', { name: 'Plancheck' }).click();
    const check = pane.getByRole('region', { name: 'Plancheck' });
    await check.waitFor();
    expect(await check.locator('li[data-covered=true]').count()).toBe(2); // Doelen → ambition, Begroting → resources
    expect(await check.getByText(/^Ambitie: /).textContent()).toMatch(/^Ambitie: (gedekt|deels gedekt)/);
    expect(await check.locator('li[data-covered=false]').count()).toBeGreaterThan(5);
    expect(await axe(pane, 'taskpane/word panel with plancheck')).toEqual([]);
    expect(await sideways(pane)).toBe(0);
    await shot(pane, 'taskpane-word-plancheck.png');
    await check.getByRole('button', { name: 'Ga naar Gezamenlijke ambitie' }).click();
    await expect.poll(() => pane.evaluate(() => (window as unknown as { __word: { selected: unknown } }).__word.selected)).toBe('1. Doelen');

    const [download] = await Promise.all([pane.waitForEvent('download'), panel.getByRole('button', { name: 'Exporteren (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe('leesplan-noorderwijk.docx');
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    await expect.poll(() => panel.getByRole('status').textContent()).toContain(t('nl', 'word.export.done', { name: 'leesplan-noorderwijk.docx' }));
  });

  it('puts the agreed version in the document, and says when its sections are older than a newer agreed version', async () => {
    const draft = await createDraft(server.url, { title: 'Leesplan Zuid' });
    const client = await connectClient(server.wsUrl, draft.id, draft.tokens.owner);
    await waitForStatus(client, (s) => s.kind === 'saved');
    const partner = addItem(client.doc, 'partners', { name: 'Bibliotheek Zuid', kind: 'library' });
    updateSection(client.doc, 'ambition', { statement: 'Elk kind leest elke week.' });
    await waitForStatus(client, (s) => s.kind === 'saved');
    const owner = { serverUrl: server.url, draftId: draft.id, token: draft.tokens.owner };
    const rep = await consent.inviteMember(owner, { name: 'Lies', partnerId: partner, role: 'editor', representative: true });
    const lies = { ...owner, token: rep.token };
    const agree = async (name: string) => {
      const v = await consent.saveVersion(owner, name);
      await consent.proposeVersion(owner, v.id);
      await consent.recordConsent(lies, 'consent', '');
      return v;
    };
    await agree('Eerste');
    await consent.addComment(lies, { target: { part: 'budget' }, body: 'Wie betaalt de boeken?', mentions: [] });

    await pane.getByRole('button', { name: t('nl', 'ui.close') }).click();
    await pane.getByLabel('Deellink').fill(rep.link);
    await pane.getByRole('button', { name: 'Openen' }).click();
    await saved(pane);
    const agreedPanel = pane.getByRole('region', { name: t('nl', 'ui.consent.word.title') });
    await expect.poll(() => agreedPanel.textContent(), { timeout: 15_000 }).toContain(t('nl', 'ui.consent.word.version', { n: 1, name: 'Eerste', at: '§' }).split('§')[0]!);
    expect(await agreedPanel.getByTestId('word-open-points').textContent()).toContain('Wie betaalt de boeken?');
    const insert = agreedPanel.getByRole('button', { name: t('nl', 'ui.consent.word.insert') });
    await expect.poll(() => insert.isEnabled()).toBe(true);
    await insert.click();
    await expect.poll(() => agreedPanel.getByTestId('word-agreed-state').textContent(), { timeout: 15_000 }).toBe(t('nl', 'ui.consent.word.allAgreed', { n: 1 }));
    const inDoc = () => pane.evaluate(() => { const w = (window as unknown as { __word: { body: unknown[]; textOf(nodes: unknown[]): string } }).__word; return w.textOf(w.body); });
    expect(await inDoc()).toContain('Elk kind leest elke week.');
    expect(await axe(pane, 'taskpane/agreed version')).toEqual([]);
    expect(await sideways(pane)).toBe(0);
    await shot(pane, 'taskpane-agreed.png');

    // Version 2 is agreed with another ambition: the document's ambition is now older.
    updateSection(client.doc, 'ambition', { statement: 'Elk kind leest elke dag.' });
    await waitForStatus(client, (s) => s.kind === 'saved');
    await agree('Tweede');
    await expect.poll(() => agreedPanel.textContent(), { timeout: 15_000 }).toContain(t('nl', 'ui.consent.word.version', { n: 2, name: 'Tweede', at: '§' }).split('§')[0]!);
    await expect.poll(() => agreedPanel.getByRole('button', { name: t('nl', 'ui.consent.word.check') }).isEnabled()).toBe(true);
    await agreedPanel.getByRole('button', { name: t('nl', 'ui.consent.word.check') }).click();
    const state = agreedPanel.getByTestId('word-agreed-state');
    await expect.poll(() => state.textContent(), { timeout: 15_000 }).toContain(t('nl', 'ui.consent.word.stale', { n: 2 }));
    expect(await state.textContent()).toContain(t('nl', 'section.ambition'));
    await insert.click();
    await expect.poll(() => state.textContent(), { timeout: 15_000 }).toBe(t('nl', 'ui.consent.word.allAgreed', { n: 2 }));
    expect(await inDoc()).toContain('Elk kind leest elke dag.');
    await client.destroy();
  });

  it('sent no request beyond 127.0.0.1 and threw no page error', async () => {
    await pane.waitForTimeout(OFFICE_TELEMETRY_DELAY_MS);
    expect(external).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
