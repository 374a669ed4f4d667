// The workspace end to end in Debian's Chromium: the built extension's side panel asks for
// the server on first use, creates a draft there and edits it; the web page (served by the sync server) opens the editor link and
// edits live both ways; the viewer link cannot edit; hostile text stays text; with the server
// stopped, a reload shows everything from IndexedDB and offline edits merge later.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readAgreement } from '../../core/agreement/index.js';
import { t } from '../../core/i18n/index.js';
import { decodeShareLink } from '../../core/sync/share-link.js';
import type { ServerProcess } from '../support/server.js';
import { connectClient, sleep, waitForStatus } from '../support/server-clients.js';
import { axe, type ExtensionBrowser, forbidDialogs, launchBrowser, launchExtension, SAVED_TEXT, SCREENSHOT_DIR, startWebServer, syncStatus } from './browser.js';
import { leaveGuide, startDraft } from './typing.js';

const HOSTILE = '<img src=x onerror="window.__xss=1">Gemeente <script>alert(1)</script>';
const SAVED = SAVED_TEXT;

let server: ServerProcess;
let ext: ExtensionBrowser;
let browser: Browser;
let panel: Page;
let editorLink = '';
let viewerLink = '';
const dialogs: string[] = [];

async function part(page: Page, name: string) {
  await page.getByRole('navigation', { name: /Onderdelen van de afspraken|Parts of the agreement/ }).getByRole('button', { name, exact: true }).click();
}
async function tab(page: Page, name: string) {
  await page.getByRole('navigation', { name: /^(Werkruimte|Workspace)$/ }).getByRole('button', { name, exact: true }).click();
}
const saved = (page: Page) => expect.poll(() => syncStatus(page).textContent(), { timeout: 20_000 }).toBe(SAVED);

async function assertNoInjection(page: Page) {
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('#app script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
}

beforeAll(async () => {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  server = await startWebServer();
  ext = await launchExtension();
  browser = await launchBrowser();
});

afterAll(async () => {
  await ext?.close();
  await browser?.close();
  await server?.dispose();
});

describe('workspace in the extension side panel and the web page', () => {
  it('loads the built extension and creates a draft in the side panel', async () => {
    panel = await ext.context.newPage();
    forbidDialogs(panel, dialogs);
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await panel.getByRole('heading', { name: 'Samenwerkingsafspraken maken' }).waitFor();
    expect(await axe(panel, 'side panel start')).toEqual([]);
    await panel.getByText(t('nl', 'ui.settings.title'), { exact: true }).click();
    await panel.getByLabel(t('nl', 'ui.settings.name')).fill('Anna (bibliotheek)');
    await startDraft(panel, 'Leesbevordering Noorderwijk');
    // No server yet: the panel asks for it (checked at /healthz, access asked in the click), then keeps it.
    const address = panel.getByLabel(t('nl', 'ui.server.address'), { exact: true });
    await address.fill('127.0.0.1:8787');
    await panel.getByRole('button', { name: t('nl', 'ui.server.save') }).click();
    await expect.poll(() => panel.getByText(t('nl', 'ui.server.malformed')).count()).toBe(1);
    expect(await axe(panel, 'side panel server question')).toEqual([]);
    await address.fill(server.url);
    await panel.getByRole('button', { name: t('nl', 'ui.server.save') }).click();
    await leaveGuide(panel);
    await saved(panel);
    expect(await panel.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { serverUrl?: string }>> } } } }).chrome;
      return (await api.storage.local.get('samenspel:settings'))['samenspel:settings']?.serverUrl;
    })).toBe(server.url.replace(/\/+$/, ''));
    expect(await panel.locator('.draft-title').textContent()).toBe('Leesbevordering Noorderwijk');
  });

  it('adds two partners (one with a hostile name), writes the ambition and an activity with roles', async () => {
    await panel.getByRole('button', { name: 'Partner toevoegen' }).click();
    await panel.getByRole('button', { name: 'Partner toevoegen' }).click();
    await panel.getByLabel('Naam van de partner').nth(0).fill('Bibliotheek Noorderwijk');
    await panel.getByLabel('Naam van de partner').nth(1).fill(HOSTILE);
    await part(panel, 'Ambitie');
    await panel.getByLabel('Onze gezamenlijke ambitie').fill('Alle kinderen in Noorderwijk lezen met plezier.');
    await part(panel, 'Rollen');
    await panel.getByRole('button', { name: 'Activiteit toevoegen' }).click();
    await panel.getByLabel('Naam van activiteit 1').fill('Voorleesochtend');
    // Two accountables are called out, then fixed.
    await panel.getByRole('combobox', { name: 'Rol van Bibliotheek Noorderwijk bij Voorleesochtend' }).selectOption('A');
    await panel.getByRole('combobox', { name: /^Rol van <img.*bij Voorleesochtend$/ }).selectOption('A');
    await expect.poll(() => panel.locator('table.raci').textContent()).toContain('2 eindverantwoordelijken');
    await panel.getByRole('combobox', { name: /^Rol van <img.*bij Voorleesochtend$/ }).selectOption('R');
    await expect.poll(() => panel.locator('table.raci').textContent()).not.toContain('eindverantwoordelijke');
    await saved(panel);
    await assertNoInjection(panel);
    expect(await axe(panel, 'side panel roles')).toEqual([]);
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await panel.screenshot({ path: join(SCREENSHOT_DIR, 'zijpaneel-rollen.png') });
    await tab(panel, 'Delen');
    editorLink = await panel.locator('input[data-role=editor]').inputValue();
    viewerLink = await panel.locator('input[data-role=viewer]').inputValue();
    expect(editorLink).toMatch(/\/d\/[A-Za-z0-9_-]+#token=/);
    expect(viewerLink).not.toBe(editorLink);
  });

  it('inserts a section into the focused field of the current page (activeTab + scripting)', async () => {
    const target = await ext.context.newPage();
    await target.goto(server.url + '/');
    const field = target.getByLabel('Titel', { exact: true });
    await field.click();
    await target.bringToFront();
    await tab(panel, 'Sjablonen');
    await panel.getByLabel('Onderdeel').selectOption('ambition');
    expect(await panel.getByTestId('template-preview').textContent()).toContain('Alle kinderen in Noorderwijk lezen met plezier.');
    await panel.getByRole('button', { name: 'Invoegen in de pagina' }).click();
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toContain('Alle kinderen in Noorderwijk lezen met plezier.');
    await expect.poll(() => panel.getByTestId('announcer').textContent()).toContain('Ingevoegd in de pagina.');
    await target.close();
  });

  let web: BrowserContext;
  let partnerPage: Page;
  it('opens the editor link in the web page, sees the edits, and edits live both ways', async () => {
    web = await browser.newContext();
    partnerPage = await web.newPage();
    forbidDialogs(partnerPage, dialogs);
    await partnerPage.goto(editorLink);
    await saved(partnerPage);
    await expect.poll(() => partnerPage.getByLabel('Naam van de partner').nth(1).inputValue()).toBe(HOSTILE);
    // The hostile name is shown as text, never as markup (the part has more headings now).
    expect(await partnerPage.locator('.part h3', { hasText: 'onerror' }).textContent()).toBe(HOSTILE);
    await part(partnerPage, 'Rollen');
    expect(await partnerPage.locator('table.raci thead').textContent()).toContain(HOSTILE);
    await part(partnerPage, 'Ambitie');
    const statement = partnerPage.getByLabel('Onze gezamenlijke ambitie');
    expect(await statement.inputValue()).toBe('Alle kinderen in Noorderwijk lezen met plezier.');
    // The hostile name is text in the template preview (core/render's HTML) too.
    await tab(partnerPage, 'Sjablonen');
    await partnerPage.getByLabel('Onderdeel').selectOption('partners');
    expect(await partnerPage.getByTestId('template-preview').textContent()).toContain(HOSTILE);
    await assertNoInjection(partnerPage);

    // Edit back from the web page; the side panel follows.
    await tab(partnerPage, 'Afspraken');
    await part(partnerPage, 'Ambitie');
    await partnerPage.getByLabel('Onze gezamenlijke ambitie').press('End');
    await partnerPage.getByLabel('Onze gezamenlijke ambitie').pressSequentially(' Samen.');
    await tab(panel, 'Afspraken');
    await part(panel, 'Ambitie');
    await expect.poll(() => panel.getByLabel('Onze gezamenlijke ambitie').inputValue(), { timeout: 15_000 }).toBe(
      'Alle kinderen in Noorderwijk lezen met plezier. Samen.',
    );
    // And the other way round, live.
    await panel.getByLabel('B · Belofte: wat beloven we?').fill('Elk kind een bibliotheekpas.');
    await expect.poll(() => partnerPage.getByLabel('B · Belofte: wat beloven we?').inputValue(), { timeout: 15_000 }).toBe('Elk kind een bibliotheekpas.');
    // Presence: the panel sees the partner in "who is here now".
    await tab(panel, 'Delen');
    await expect.poll(() => panel.locator('.peers').count()).toBe(1);
  });

  it('the viewer link cannot edit: controls are disabled and the server refuses writes', async () => {
    const viewerContext = await browser.newContext();
    const viewer = await viewerContext.newPage();
    forbidDialogs(viewer, dialogs);
    await viewer.goto(viewerLink);
    await saved(viewer);
    expect(await viewer.getByText('Alleen lezen').count()).toBe(1);
    expect(await viewer.getByRole('button', { name: 'Partner toevoegen' }).isDisabled()).toBe(true);
    expect(await viewer.getByLabel('Naam van de partner').nth(0).isDisabled()).toBe(true);
    await part(viewer, 'Ambitie');
    expect(await viewer.getByLabel('Onze gezamenlijke ambitie').isDisabled()).toBe(true);
    expect(await viewer.getByLabel('Onze gezamenlijke ambitie').inputValue()).toContain('Samen.');

    // A client that ignores the UI and writes with the viewer token anyway: the server drops it.
    const link = decodeShareLink(viewerLink)!;
    const rogue = await connectClient(server.wsUrl, link.draftId, link.token);
    // It is connected and synced, as a viewer (the server says so, not the client).
    await waitForStatus(rogue, (s) => s.kind === 'saved' && s.readOnly, 10_000);
    expect(readAgreement(rogue.doc).agreement.ambition.statement).toContain('Samen.');
    rogue.doc.transact(() => rogue.doc.getText('ambition.statement').insert(0, 'GEHACKT '));
    await sleep(1500);
    await rogue.destroy();
    const editor = decodeShareLink(editorLink)!;
    const check = await connectClient(server.wsUrl, editor.draftId, editor.token);
    await waitForStatus(check, (s) => s.kind === 'saved');
    expect(readAgreement(check.doc).agreement.ambition.statement).not.toContain('GEHACKT');
    await check.destroy();
    await tab(panel, 'Afspraken');
    await part(panel, 'Ambitie');
    expect(await panel.getByLabel('Onze gezamenlijke ambitie').inputValue()).not.toContain('GEHACKT');
    await viewerContext.close();
  });

  it('exports the agreement and one section as .docx and Markdown, made on this device', async () => {
    await tab(panel, t('nl', 'ui.tab.export'));
    const [md] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Downloaden als Markdown (.md)' }).click()]);
    expect(md.suggestedFilename()).toBe('leesbevordering-noorderwijk.md');
    const text = await readFile((await md.path())!, 'utf8');
    expect(text).toContain('# Leesbevordering Noorderwijk');
    expect(text).toContain('Alle kinderen in Noorderwijk lezen met plezier. Samen.');
    expect(text).toContain('\\<img src=x'); // escaped for Markdown, never raw HTML
    expect(text).not.toMatch(/(?<!\\)<(img|script)/);
    await panel.getByLabel(t('nl', 'ui.export.scope')).selectOption('roles');
    const [docx] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Downloaden als Word (.docx)' }).click()]);
    expect(docx.suggestedFilename()).toBe('leesbevordering-noorderwijk-roles.docx');
    const bytes = await readFile((await docx.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.byteLength).toBeGreaterThan(2000);
  });

  it('revoking the viewer link shuts the viewer out at once', async () => {
    const viewerContext = await browser.newContext();
    const viewer = await viewerContext.newPage();
    await viewer.goto(viewerLink);
    await saved(viewer);
    await tab(panel, 'Delen');
    await panel.getByRole('button', { name: 'Intrekken (lezer)' }).click();
    await panel.getByRole('button', { name: 'Ja, intrekken (lezer)' }).click();
    await expect.poll(() => syncStatus(viewer).textContent(), { timeout: 15_000 }).toBe(t('nl', 'ui.sync.code.unauthorized'));
    // The server shuts the viewer out before the panel has its answer: the panel follows.
    await expect.poll(() => panel.locator('input[data-role=viewer]').count()).toBe(0);
    await viewerContext.close();
  });

  it('with the server stopped, a reload shows everything from IndexedDB and offline edits merge later', async () => {
    await server.stop();
    await panel.reload();
    await expect.poll(() => syncStatus(panel).textContent(), { timeout: 15_000 }).toMatch(/Offline|Verbinden/);
    // The draft opens once IndexedDB has loaded it, or after a few seconds without it (a slow
    // disk): wait for what it shows.
    await expect.poll(() => panel.locator('.draft-title').textContent()).toBe('Leesbevordering Noorderwijk');
    await expect.poll(() => panel.getByLabel('Naam van de partner').nth(0).inputValue()).toBe('Bibliotheek Noorderwijk');
    await expect.poll(() => panel.getByLabel('Naam van de partner').nth(1).inputValue()).toBe(HOSTILE);
    await part(panel, 'Ambitie');
    const statement = panel.getByLabel('Onze gezamenlijke ambitie');
    await expect.poll(() => statement.inputValue()).toBe('Alle kinderen in Noorderwijk lezen met plezier. Samen.');
    await statement.press('End');
    await statement.pressSequentially(' Ook offline.');
    // The partner edits too while the server is down; both merge when it is back.
    await partnerPage.getByLabel('D · Doen: wat gaan we concreet doen?').fill('Voorlezen op elke school.');
    await assertNoInjection(panel);

    await server.restart();
    await saved(panel);
    await saved(partnerPage);
    await expect.poll(() => partnerPage.getByLabel('Onze gezamenlijke ambitie').inputValue(), { timeout: 20_000 }).toBe(
      'Alle kinderen in Noorderwijk lezen met plezier. Samen. Ook offline.',
    );
    await expect.poll(() => panel.getByLabel('D · Doen: wat gaan we concreet doen?').inputValue(), { timeout: 20_000 }).toBe('Voorlezen op elke school.');
    await web.close();
  });
});

