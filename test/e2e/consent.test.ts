// Reaching an agreed version in Debian's Chromium, with three partners in three browser
// contexts (library, municipality, school) and the owner in a fourth: the owner invites a
// representative per partner in Delen; the municipality comments on the ambition and the
// library replies and resolves it; the owner saves and proposes version 1; two consent and
// the municipality objects; the library amends, saves version 2, the owner proposes it and
// all three consent → vastgesteld; an edit then shows "gewijzigd sinds versie 2"; the
// comparison shows that change with its author; the agreed version's .docx, opened by
// LibreOffice, has the vaststelling page with the three names. axe on every new screen.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addItem, updateSection } from '../../core/agreement/index.js';
import type { VersionSummary } from '../../core/consent/contract.js';
import { t, type MessageKey } from '../../core/i18n/index.js';
import type { SyncSession } from '../../core/sync/index.js';
import { docxToText } from '../support/libreoffice.js';
import { connectClient, waitForStatus } from '../support/server-clients.js';
import { api, createDraft, type ServerProcess } from '../support/server.js';
import { axe, forbidDialogs, launchBrowser, SAVED_TEXT, SCREENSHOT_DIR, startWebServer, syncStatus } from './browser.js';

const nl = (key: MessageKey, params?: Record<string, string | number>) => t('nl', key, params);
/** The part of a message before its first placeholder, for texts that end in a date. */
const prefix = (key: MessageKey, params: Record<string, string | number>) => nl(key, params).split('{')[0]!;

const PARTNERS = { library: 'Bibliotheek Oost', municipality: 'Gemeente Oost', school: 'Basisschool De Regenboog' } as const;
type Who = keyof typeof PARTNERS;
const NAMES: Record<Who, string> = { library: 'Lies de Vries', municipality: 'Gea Bakker', school: 'Sam Jansen' };

let server: ServerProcess;
let browser: Browser;
let seed: SyncSession;
let draft: Awaited<ReturnType<typeof createDraft>>;
const contexts: BrowserContext[] = [];
const pages = {} as Record<Who | 'owner', Page>;
const dialogs: string[] = [];
const problems: string[] = [];

const shot = (p: Page, name: string) => p.screenshot({ path: join(SCREENSHOT_DIR, name), fullPage: true });
const saved = (p: Page) => expect.poll(() => syncStatus(p).textContent(), { timeout: 20_000 }).toBe(SAVED_TEXT);
async function tab(p: Page, key: MessageKey) {
  await p.getByRole('navigation', { name: nl('ui.tabs.nav') }).getByRole('button', { name: nl(key), exact: true }).click();
}
async function part(p: Page, key: MessageKey) {
  await tab(p, 'ui.tab.agreement');
  await p.getByRole('navigation', { name: nl('ui.parts.nav') }).getByRole('button', { name: new RegExp(`^${nl(key)}\\b`) }).click();
}
const versions = async (): Promise<VersionSummary[]> => (await (await api(server.url, draft.tokens.owner)(`/api/drafts/${draft.id}/versions`)).json()) as VersionSummary[];

async function newContext(name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
  contexts.push(context);
  // Each device knows a name already, so no "who are you?" question comes first.
  await context.addInitScript((n: string) => {
    if (!localStorage.getItem('samenspel:settings')) localStorage.setItem('samenspel:settings', JSON.stringify({ name: n, organisation: '', lang: 'nl' }));
  }, name);
  const page = await context.newPage();
  forbidDialogs(page, dialogs);
  return page;
}

async function invite(p: Page, who: Who): Promise<string> {
  await p.getByLabel(nl('ui.consent.members.name'), { exact: true }).fill(NAMES[who]);
  await p.getByLabel(nl('ui.consent.members.partner')).selectOption({ label: PARTNERS[who] });
  await p.getByLabel(nl('ui.consent.members.role')).selectOption('editor');
  await p.getByLabel(nl('ui.consent.members.representativeLabel')).check();
  await p.getByTestId('invite-submit').click();
  const link = p.getByTestId('invite-link');
  await expect.poll(() => link.count()).toBe(1);
  const url = await link.inputValue();
  expect(url).toContain(draft.id);
  await expect.poll(() => p.getByTestId('members').textContent()).toContain(NAMES[who]);
  return url;
}

async function consent(who: Who, kind: 'consent' | 'objection', text = '') {
  const p = pages[who];
  await tab(p, 'ui.tab.consent');
  const form = p.getByTestId('consent-form');
  await form.waitFor();
  await form.getByLabel(nl(`ui.consent.form.${kind}`), { exact: true }).check();
  if (text) await form.getByTestId('consent-text').fill(text);
  await form.getByTestId('consent-submit').click();
  // The partner's row shows the decision and who took it (the server's stamp).
  const row = p.getByTestId('round-table').locator('tbody tr').filter({ hasText: PARTNERS[who] });
  await expect.poll(() => row.getAttribute('data-state'), { timeout: 10_000 }).toBe(kind);
  expect(await row.textContent()).toContain(NAMES[who]);
}

async function propose(n: number) {
  const p = pages.owner;
  await tab(p, 'ui.tab.consent');
  await p.locator(`[data-version="${n}"]`).getByTestId('version-propose').click();
  await expect.poll(() => p.getByTestId('round-state').textContent(), { timeout: 10_000 }).toContain(nl('ui.consent.round.open', { n, waiting: 3 }));
}

async function saveVersion(p: Page, name: string, n: number) {
  await tab(p, 'ui.tab.consent');
  await p.getByTestId('version-name').fill(name);
  await p.getByTestId('version-save').click();
  await p.locator(`[data-version="${n}"]`).waitFor({ timeout: 10_000 });
}

/** Types at the end of the ambition statement, as a person does. */
async function amendAmbition(p: Page, words: string) {
  await part(p, 'ui.part.ambition');
  const field = p.getByLabel(nl('ui.ambition.statement'), { exact: true });
  await field.click();
  await p.keyboard.press('End');
  await p.keyboard.type(words);
  await saved(p);
}

beforeAll(async () => {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  server = await startWebServer();
  browser = await launchBrowser();
  draft = await createDraft(server.url, { title: 'Lezen in Oost', lang: 'nl' });
  // The partners are in the draft before anyone is invited (invitations are chosen from them).
  seed = await connectClient(server.wsUrl, draft.id, draft.tokens.owner, { name: 'Voorbereiding' });
  await waitForStatus(seed, (s) => s.kind === 'saved');
  for (const name of Object.values(PARTNERS)) addItem(seed.doc, 'partners', { name });
  updateSection(seed.doc, 'ambition', { statement: 'Alle kinderen in Oost lezen elke week' });
  await waitForStatus(seed, (s) => s.kind === 'saved');
  await seed.destroy();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('reaching an agreed version', () => {
  it('invites, comments, proposes, objects, amends, agrees, and shows what changed since', async () => {
    const owner = (pages.owner = await newContext('Olga (bibliotheek)'));
    await owner.goto(draft.links.owner);
    await saved(owner);

    // Delen: personal invitations first, one per partner; each link shown once.
    await tab(owner, 'ui.tab.share');
    const links = {} as Record<Who, string>;
    for (const who of Object.keys(PARTNERS) as Who[]) {
      links[who] = await invite(owner, who);
      if (who === 'library') {
        problems.push(...(await axe(owner, 'delen-uitnodiging')));
        await shot(owner, 'consent-delen.png');
      }
      await owner.getByRole('button', { name: nl('ui.consent.members.linkDone') }).click();
    }

    for (const who of Object.keys(PARTNERS) as Who[]) {
      pages[who] = await newContext(`apparaat van ${who}`);
      await pages[who].goto(links[who]);
      await saved(pages[who]);
      // The header shows the invitation's name and partner, not what the device had.
      await expect.poll(() => pages[who].getByTestId('me').textContent(), { timeout: 10_000 }).toContain(`${NAMES[who]} (${PARTNERS[who]})`);
    }

    // A comment on the ambition, mentioning the library; the library replies and resolves it.
    const gem = pages.municipality;
    await part(gem, 'ui.part.ambition');
    await gem.getByTestId('comments-toggle').click();
    await gem.getByTestId('comment-body').fill('Hoe vaak is "elke week"? Maak het meetbaar.');
    await gem.getByLabel(nl('ui.consent.comments.mention')).selectOption({ label: PARTNERS.library });
    await gem.getByRole('button', { name: nl('ui.consent.comments.mentionAdd') }).click();
    await gem.getByTestId('comment-add').click();
    await expect.poll(() => gem.getByTestId('thread').count(), { timeout: 10_000 }).toBe(1);
    problems.push(...(await axe(gem, 'opmerkingen')));
    await shot(gem, 'consent-opmerkingen.png');

    const lib = pages.library;
    await part(lib, 'ui.part.ambition');
    await expect.poll(() => lib.getByTestId('comments-toggle').textContent(), { timeout: 10_000 }).toBe(nl('ui.consent.comments.buttonOpen', { n: 1 }));
    await lib.getByTestId('comments-toggle').click();
    const thread = lib.getByTestId('thread');
    expect(await thread.textContent()).toContain(NAMES.municipality);
    expect(await thread.textContent()).toContain('@' + PARTNERS.library);
    await thread.getByLabel(nl('ui.consent.comments.reply')).fill('We maken er twee keer per week van.');
    await thread.getByRole('button', { name: nl('ui.consent.comments.send') }).click();
    await expect.poll(() => thread.textContent(), { timeout: 10_000 }).toContain('twee keer per week');
    await thread.getByRole('button', { name: nl('ui.consent.comments.resolve') }).click();
    await expect.poll(() => thread.textContent(), { timeout: 10_000 }).toContain(nl('ui.consent.comments.resolved'));
    await expect.poll(() => lib.getByTestId('comments-toggle').textContent()).toBe(nl('ui.consent.comments.button'));

    // Version 1, proposed; library and school consent, the municipality objects.
    await saveVersion(owner, 'Eerste versie', 1);
    await propose(1);
    problems.push(...(await axe(owner, 'vaststellen-voorgelegd')));
    await consent('library', 'consent');
    await consent('school', 'consent');
    await tab(gem, 'ui.tab.consent');
    problems.push(...(await axe(gem, 'instemmen')));
    await shot(gem, 'consent-instemmen.png');
    await consent('municipality', 'objection', 'Twee keer per week staat er nog niet in.');
    await expect.poll(() => owner.getByTestId('round-state').textContent(), { timeout: 10_000 }).toContain(nl('ui.consent.round.next'));
    const objectionRow = owner.getByTestId('round-table').locator('tr[data-state=objection]');
    expect(await objectionRow.textContent()).toContain('Twee keer per week staat er nog niet in.');
    await shot(owner, 'consent-bezwaar.png');

    // Amend, version 2, propose again: all consent → vastgesteld.
    await amendAmbition(lib, ', twee keer per week');
    await saveVersion(lib, 'Met twee keer per week', 2);
    await propose(2);
    await consent('library', 'consent');
    await consent('municipality', 'consent');
    await consent('school', 'consent');
    await expect.poll(() => owner.getByTestId('agreed-state').textContent(), { timeout: 10_000 }).toContain(prefix('ui.consent.round.agreed', { n: 2 }));
    expect(await owner.getByTestId('round-table').locator('tr[data-state=consent]').count()).toBe(3);
    problems.push(...(await axe(owner, 'vaststellen-vastgesteld')));
    await shot(owner, 'consent-vastgesteld.png');

    // A change after the agreement: "gewijzigd sinds versie 2, vastgesteld op …" everywhere.
    await amendAmbition(gem, ' op school');
    await expect.poll(() => owner.getByTestId('agreed-state').textContent(), { timeout: 15_000 }).toContain(prefix('ui.consent.round.changedSince', { n: 2 }));
    await tab(pages.school, 'ui.tab.consent');
    await expect.poll(() => pages.school.getByTestId('agreed-state').textContent(), { timeout: 15_000 }).toContain(prefix('ui.consent.round.changedSince', { n: 2 }));

    // The comparison of the agreed version with the draft now shows the words; with version 3 also its author.
    const changes = owner.getByTestId('changes');
    await expect.poll(() => changes.locator('[data-part=ambition] ins').allTextContents(), { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringContaining('school')]));
    await saveVersion(gem, 'Na de vaststelling', 3);
    const v3 = (await versions()).find((v) => v.n === 3)!;
    await owner.getByTestId('changes-to').selectOption(v3.id);
    await expect.poll(() => owner.getByTestId('changes-authors').textContent(), { timeout: 10_000 }).toContain(NAMES.municipality);
    expect((await changes.locator('[data-part=ambition] ins').allTextContents()).join(' ')).toContain('school');
    expect(await changes.locator('[data-part]').count()).toBe(1);
    problems.push(...(await axe(owner, 'wat-is-er-veranderd')));
    await shot(owner, 'consent-veranderd.png');

    // Version 2 read-only.
    await owner.locator('[data-version="2"]').getByTestId('version-open').click();
    const view = owner.getByTestId('version-view');
    await view.getByRole('navigation', { name: nl('ui.parts.nav') }).getByRole('button', { name: new RegExp(`^${nl('ui.part.ambition')}\\b`) }).click();
    const frozen = view.getByLabel(nl('ui.ambition.statement'), { exact: true });
    await expect.poll(() => frozen.inputValue(), { timeout: 10_000 }).toContain('twee keer per week');
    expect(await frozen.inputValue()).not.toContain('op school');
    expect(await frozen.isDisabled()).toBe(true);
    problems.push(...(await axe(owner, 'versie-bekijken')));
    await shot(owner, 'consent-versie.png');

    // The audit log for the owner.
    expect(await owner.getByTestId('audit').textContent()).toContain(nl('ui.consent.audit.action.objected'));

    // The agreed version as .docx, opened by LibreOffice: the vaststelling page with the three names.
    const download = owner.waitForEvent('download');
    await owner.locator('[data-version="2"]').getByTestId('version-docx').click();
    const file = await (await download).path();
    const text = await docxToText(new Uint8Array(await readFile(file)));
    expect(text.toLowerCase()).toContain('vaststelling');
    for (const who of Object.keys(PARTNERS) as Who[]) {
      expect(text).toContain(NAMES[who]);
      expect(text).toContain(PARTNERS[who]);
    }

    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
  }, 300_000);
});
