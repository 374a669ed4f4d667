// The remaining pieces of reaching an agreed version, in Debian's Chromium with two invited
// partners and the owner in three browser contexts: the header marks an invited person as
// verified; the municipality comments on one field (the button beside the field) and the
// library sees the count at that field and the thread with the field's label; between
// version 1 and version 2 the library changes the ambition and the municipality the
// relationship, and the comparison names per part who changed it (from the server's
// per-update records, not the version's author, who is the owner). axe on each new screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addItem, updateSection } from '../../core/agreement/index.js';
import type { Invitation, VersionSummary } from '../../core/consent/contract.js';
import { t, type MessageKey } from '../../core/i18n/index.js';
import { connectClient, waitForStatus } from '../support/server-clients.js';
import { api, createDraft, type ServerProcess } from '../support/server.js';
import { axe, forbidDialogs, launchBrowser, SAVED_TEXT, startWebServer, syncStatus } from './browser.js';

const nl = (key: MessageKey, params?: Record<string, string | number>) => t('nl', key, params);

const PARTNERS = { library: 'Bibliotheek West', municipality: 'Gemeente West' } as const;
type Who = keyof typeof PARTNERS;
const NAMES: Record<Who, string> = { library: 'Lies de Vries', municipality: 'Gea Bakker' };

let server: ServerProcess;
let browser: Browser;
let draft: Awaited<ReturnType<typeof createDraft>>;
const contexts: BrowserContext[] = [];
const dialogs: string[] = [];
const problems: string[] = [];

const saved = (p: Page) => expect.poll(() => syncStatus(p).textContent(), { timeout: 30_000 }).toBe(SAVED_TEXT);
async function tab(p: Page, key: MessageKey) {
  await p.getByRole('navigation', { name: nl('ui.tabs.nav') }).getByRole('button', { name: nl(key), exact: true }).click();
}
async function part(p: Page, key: MessageKey) {
  await tab(p, 'ui.tab.agreement');
  await p.getByRole('navigation', { name: nl('ui.parts.nav') }).getByRole('button', { name: new RegExp(`^${nl(key)}\\b`) }).click();
}
const owner = () => api(server.url, draft.tokens.owner);
async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await owner()(`/api/drafts/${draft.id}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as T;
}

async function newContext(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  contexts.push(context);
  await context.addInitScript(() => {
    if (!localStorage.getItem('samenspel:settings')) localStorage.setItem('samenspel:settings', JSON.stringify({ name: 'Apparaat', organisation: '', lang: 'nl' }));
  });
  const page = await context.newPage();
  forbidDialogs(page, dialogs);
  return page;
}

/** The field (its frame) whose control has this label. */
const fieldOf = (p: Page, label: string) => p.locator('div.field', { has: p.getByLabel(label, { exact: true }) }).first();

async function typeAtEnd(p: Page, label: string, words: string) {
  const field = p.getByLabel(label, { exact: true });
  await field.click();
  await p.keyboard.press('End');
  await p.keyboard.type(words);
  await saved(p);
}

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchBrowser();
  draft = await createDraft(server.url, { title: 'Lezen in West', lang: 'nl' });
  const seed = await connectClient(server.wsUrl, draft.id, draft.tokens.owner, { name: 'Voorbereiding' });
  await waitForStatus(seed, (s) => s.kind === 'saved');
  for (const name of Object.values(PARTNERS)) addItem(seed.doc, 'partners', { name });
  updateSection(seed.doc, 'ambition', { statement: 'Alle kinderen in West lezen' });
  updateSection(seed.doc, 'relationship', { conflicts: 'We bellen elkaar' });
  await seed.whenSaved();
  await seed.destroy();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('comments per field, verified presence and who changed each part', () => {
  it('comments at a field, marks invited people, and names who changed each part between two versions', async () => {
    // The partners' ids, for the invitations.
    const client = await connectClient(server.wsUrl, draft.id, draft.tokens.owner, { name: 'Opzoeken' });
    await waitForStatus(client, (s) => s.kind === 'saved');
    const partners = client.doc.getArray<import('yjs').Map<unknown>>('partners').toArray().map((m) => m.get('id') as string);
    await client.destroy();
    const invitations = {} as Record<Who, Invitation>;
    for (const [i, who] of (Object.keys(PARTNERS) as Who[]).entries()) {
      invitations[who] = await post<Invitation>('/members', { name: NAMES[who], partnerId: partners[i], role: 'editor', representative: true });
    }
    const v1 = await post<VersionSummary>('/versions', { name: 'Eerste versie' });

    const pages = {} as Record<Who, Page>;
    for (const who of Object.keys(PARTNERS) as Who[]) {
      pages[who] = await newContext();
      await pages[who].goto(invitations[who].link);
      await saved(pages[who]);
      // Verified: the invitation's name and partner, marked visibly and for screen readers.
      const me = pages[who].getByTestId('me');
      await expect.poll(() => me.textContent(), { timeout: 15_000 }).toContain(`${NAMES[who]} (${PARTNERS[who]})`);
      expect(await me.locator('.badge').textContent()).toBe(nl('ui.consent.presence.badgeVerified'));
      expect(await me.locator('.visually-hidden').textContent()).toContain(nl('ui.consent.presence.verified'));
    }
    const { library: lib, municipality: gem } = pages;

    // Between version 1 and 2: the library changes the ambition, the municipality the relationship.
    await part(lib, 'ui.part.ambition');
    await typeAtEnd(lib, nl('ui.ambition.statement'), ' elke dag');
    await part(gem, 'ui.part.relationship');
    await typeAtEnd(gem, nl('ui.relationship.conflicts'), ' en praten het uit');

    // The municipality comments on the ambition statement itself, at the field.
    await part(gem, 'ui.part.ambition');
    const gemField = fieldOf(gem, nl('ui.ambition.statement'));
    const gemToggle = gemField.getByTestId('field-comments-toggle');
    expect(await gemToggle.textContent()).toContain(nl('ui.consent.comments.fieldButton'));
    await gemToggle.click();
    const panel = gemField.getByTestId('field-comments');
    await panel.getByTestId('comment-body').fill('Elke dag is veel; kan het ook drie keer per week?');
    await panel.getByTestId('comment-add').click();
    await expect.poll(() => panel.getByTestId('thread').count(), { timeout: 15_000 }).toBe(1);
    problems.push(...(await axe(gem, 'opmerking-bij-veld')));

    // The library sees the count beside that field, and the thread with the field's label in the part's list.
    const libToggle = fieldOf(lib, nl('ui.ambition.statement')).getByTestId('field-comments-toggle');
    await expect.poll(() => libToggle.getAttribute('data-count'), { timeout: 15_000 }).toBe('1');
    expect(await libToggle.textContent()).toContain(nl('ui.consent.comments.buttonOpen', { n: 1 }));
    expect(await fieldOf(lib, nl('ui.ambition.promise')).getByTestId('field-comments-toggle').getAttribute('data-count')).toBe('0');
    await lib.getByTestId('comments-toggle').click();
    const listed = lib.locator('.comments-panel').last().getByTestId('thread');
    await expect.poll(() => listed.count(), { timeout: 10_000 }).toBe(1);
    expect(await listed.getByTestId('thread-field').textContent()).toBe(nl('ui.consent.comments.atField', { field: nl('ui.ambition.statement') }));
    expect(await listed.textContent()).toContain(NAMES.municipality);

    // Version 2, saved by the owner; the comparison names the library at the ambition and the municipality at the relationship.
    const v2 = await post<VersionSummary>('/versions', { name: 'Tweede versie' });
    const ownerPage = await newContext();
    await ownerPage.goto(draft.links.owner);
    await saved(ownerPage);
    await tab(ownerPage, 'ui.tab.consent');
    await ownerPage.getByTestId('changes-from').selectOption(v1.id);
    await ownerPage.getByTestId('changes-to').selectOption(v2.id);
    const changes = ownerPage.getByTestId('changes');
    const authorsAt = (partId: string) => changes.locator(`[data-part=${partId}]`).getByTestId('part-authors').allTextContents();
    const person = (who: Who) => nl('ui.consent.changes.person', { name: NAMES[who], organisation: PARTNERS[who] });
    await expect.poll(() => authorsAt('ambition'), { timeout: 15_000 }).toEqual([nl('ui.consent.changes.by', { names: person('library') })]);
    expect(await authorsAt('relationship')).toEqual([nl('ui.consent.changes.by', { names: person('municipality') })]);
    expect(await changes.locator('[data-part]').count()).toBe(2);
    expect(await ownerPage.getByTestId('changes-authors').textContent()).toBe(nl('ui.consent.changes.authors', { names: `${person('library')} en ${person('municipality')}` }));
    problems.push(...(await axe(ownerPage, 'wie-veranderde-wat')));

    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
  }, 300_000);
});
