// Revoking a link in Debian's Chromium, with the web page served by the sync server: the owner
// revokes the editor link through the inline confirmation while the editor's last words have
// not reached the server (its connection drops what it sends, as a dying network does; the
// browser's offline mode leaves open sockets alone); the editor's form turns read-only with a
// visible notice, and the
// downloaded and copied versions hold those words. The owner's Delen forgets the link, also
// after a reload; a new editor link brings the editor's words along; revoking while the
// editor is online shuts the form at once.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ServerProcess } from '../support/server.js';
import { axe, forbidDialogs, launchBrowser, SAVED_TEXT, SCREENSHOT_DIR, startWebServer, syncStatus } from './browser.js';
import { createDraft } from './typing.js';

const SAVED = SAVED_TEXT;
const NOTICE = 'Je link werkt niet meer: de eigenaar heeft hem ingetrokken of vernieuwd. Vraag om een nieuwe link.';
const AMBITION = 'Onze gezamenlijke ambitie';

let server: ServerProcess;
let browser: Browser;
let ownerContext: BrowserContext;
let editorContext: BrowserContext;
let owner: Page;
let editor: Page;
const dialogs: string[] = [];
/** While true, what the editor's page sends over the sync socket never reaches the server. */
let editorSendsLost = false;

/** A part of Afspraken; its button may also name who else is there. */
async function part(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Onderdelen van de afspraken' }).getByRole('button', { name: new RegExp(`^${name}\\b`) }).click();
}
async function tab(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Werkruimte' }).getByRole('button', { name, exact: true }).click();
}
const saved = (page: Page) => expect.poll(() => syncStatus(page).textContent(), { timeout: 20_000 }).toBe(SAVED);
const notice = (page: Page) => page.getByTestId('read-only-notice');

async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  forbidDialogs(page, dialogs);
  return page;
}

/** Revokes the editor link in Delen, through the confirmation. */
async function revokeEditor(page: Page, screenshot?: string) {
  await tab(page, 'Delen');
  await page.getByRole('button', { name: 'Intrekken (bewerker)' }).click();
  const confirm = page.getByRole('button', { name: 'Ja, intrekken (bewerker)' });
  await expect.poll(() => confirm.evaluate((b) => b === document.activeElement)).toBe(true);
  expect(await page.getByRole('group', { name: /Weet je het zeker\? De link voor bewerker werkt dan direct niet meer/ }).isVisible()).toBe(true);
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  await confirm.click();
  await expect.poll(() => page.locator('input[data-role=editor]').count()).toBe(0);
  await expect.poll(() => page.locator('[data-card=editor]').textContent()).toContain('De link voor bewerker is ingetrokken.');
}

beforeAll(async () => {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  server = await startWebServer();
  browser = await launchBrowser();
  const permissions = ['clipboard-read', 'clipboard-write'];
  ownerContext = await browser.newContext({ permissions, acceptDownloads: true });
  editorContext = await browser.newContext({ permissions, acceptDownloads: true });
  // Each person is known on their device already, so no "who are you?" question comes first.
  const known = (n: string) => {
    if (!localStorage.getItem('samenspel:settings')) localStorage.setItem('samenspel:settings', JSON.stringify({ name: n, organisation: '', lang: 'nl' }));
  };
  await ownerContext.addInitScript(known, 'Anna (bibliotheek)');
  await editorContext.addInitScript(known, 'Bea (school)');
  const closeCode = (code: number | undefined) => (code === 1000 || (code !== undefined && code >= 3000 && code <= 4999) ? code : undefined);
  await editorContext.routeWebSocket(/\/sync/, (page) => {
    const upstream = page.connectToServer();
    page.onMessage((m) => void (editorSendsLost || upstream.send(m)));
    upstream.onMessage((m) => page.send(m));
    page.onClose((code, reason) => void upstream.close({ code: closeCode(code), reason }));
    upstream.onClose((code, reason) => void page.close({ code: closeCode(code), reason }));
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('revoking a link', () => {
  let editorLink = '';

  it('the owner creates a draft, copies the editor link with visible feedback; the editor writes', async () => {
    owner = await newPage(ownerContext);
    await owner.goto(server.url + '/');
    await createDraft(owner, 'Leesplan Zuiderdorp');
    await saved(owner);
    await tab(owner, 'Delen');
    const copy = owner.getByRole('button', { name: 'Link kopiëren (bewerker)' });
    await copy.click();
    await expect.poll(() => owner.locator('[data-card=editor] [data-testid=copy-feedback]').textContent()).toContain('Gekopieerd');
    expect(await owner.locator('[data-card=editor] [data-testid=copy-feedback]').isVisible()).toBe(true);
    editorLink = await owner.evaluate(() => navigator.clipboard.readText());
    expect(editorLink).toBe(await owner.locator('input[data-role=editor]').inputValue());
    await expect.poll(() => owner.getByTestId('announcer').textContent()).toContain('Link gekopieerd.');
    // The feedback goes away after a few seconds.
    await expect.poll(() => owner.locator('[data-card=editor] [data-testid=copy-feedback]').count()).toBe(0);

    editor = await newPage(editorContext);
    await editor.goto(editorLink);
    await saved(editor);
    await part(editor, 'Ambitie');
    const field = editor.getByLabel(AMBITION);
    await field.click();
    await field.pressSequentially('Samen lezen in Zuiderdorp.');
    await saved(editor);
  });

  it('words not yet saved survive the revocation: read-only, a notice, and the download holds them', async () => {
    editorSendsLost = true;
    const field = editor.getByLabel(AMBITION);
    await field.press('End');
    await field.pressSequentially(' Nog niet opgeslagen.');
    await expect.poll(() => syncStatus(editor).getAttribute('class')).toContain('sync-unsaved');

    await revokeEditor(owner, '/tmp/h2-confirm.png');
    editorSendsLost = false;

    await expect.poll(() => notice(editor).locator('[role=alert]').textContent(), { timeout: 20_000 }).toContain(NOTICE);
    expect(await notice(editor).isVisible()).toBe(true);
    expect(await notice(editor).textContent()).toContain('Niet alles wat je schreef heeft de server bereikt.');
    expect(await field.isDisabled()).toBe(true);
    expect(await editor.getByText('Alleen lezen', { exact: true }).isVisible()).toBe(true);
    await editor.screenshot({ path: '/tmp/h2-revoked.png', fullPage: true });
    expect(await axe(editor, 'editor after revoke')).toEqual([]);

    const [download] = await Promise.all([editor.waitForEvent('download'), notice(editor).getByRole('button', { name: 'Mijn versie downloaden (.md)' }).click()]);
    expect(download.suggestedFilename()).toBe('leesplan-zuiderdorp-mijn-versie.md');
    expect(await readFile((await download.path())!, 'utf8')).toContain('Samen lezen in Zuiderdorp. Nog niet opgeslagen.');
    await notice(editor).getByRole('button', { name: 'Mijn versie kopiëren' }).click();
    await expect.poll(() => notice(editor).getByTestId('copy-feedback').textContent()).toContain('Gekopieerd');
    expect(await editor.evaluate(() => navigator.clipboard.readText())).toContain('Samen lezen in Zuiderdorp. Nog niet opgeslagen.');

    // The server never got them: the owner has only the saved words.
    await tab(owner, 'Afspraken');
    await part(owner, 'Ambitie');
    expect(await owner.getByLabel(AMBITION).inputValue()).toBe('Samen lezen in Zuiderdorp.');
    expect(dialogs).toEqual([]);
  });

  it('the owner’s Delen shows no editor link, also after a reload', async () => {
    await owner.reload();
    await saved(owner);
    await tab(owner, 'Delen');
    await expect.poll(() => owner.getByRole('button', { name: 'Link maken (bewerker)' }).count()).toBe(1);
    expect(await owner.locator('input[data-role=editor]').count()).toBe(0);
    expect(await owner.locator('input[data-role=viewer]').count()).toBe(1);
    const stored = JSON.parse(await owner.evaluate(() => localStorage.getItem('samenspel:recent-drafts') ?? '[]')) as { tokens: object; revoked: string[] }[];
    expect(Object.keys(stored[0]!.tokens).sort()).toEqual(['owner', 'viewer']);
    expect(stored[0]!.revoked).toEqual([editorLink.split('#token=')[1]]);
  });

  it('a new editor link brings the editor’s words along; revoking while online shuts the form at once', async () => {
    await owner.getByRole('button', { name: 'Link maken (bewerker)' }).click();
    await expect.poll(() => owner.locator('input[data-role=editor]').count()).toBe(1);
    const fresh = await owner.locator('input[data-role=editor]').inputValue();
    expect(fresh).not.toBe(editorLink);

    // A new page load (only the fragment differs from the old link).
    await editor.goto('about:blank');
    await editor.goto(fresh);
    await saved(editor);
    await tab(owner, 'Afspraken');
    await part(owner, 'Ambitie');
    await expect.poll(() => owner.getByLabel(AMBITION).inputValue(), { timeout: 15_000 }).toBe('Samen lezen in Zuiderdorp. Nog niet opgeslagen.');

    await part(editor, 'Ambitie');
    const field = editor.getByLabel(AMBITION);
    await field.press('End');
    await field.pressSequentially(' Ook dit.');
    await saved(editor);
    await revokeEditor(owner);
    await expect.poll(() => field.isDisabled(), { timeout: 15_000 }).toBe(true);
    expect(await notice(editor).locator('[role=alert]').textContent()).toContain(NOTICE);
    expect(await notice(editor).textContent()).toContain('Alles wat je schreef was al opgeslagen.');
  });
});
