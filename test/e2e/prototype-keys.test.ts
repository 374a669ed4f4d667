// The web page in Debian's Chromium on a draft whose partner and activity ids are the names of
// Object.prototype (`constructor`, `toString`, `__proto__`, …), written over the real server by
// a hostile editor's client: the Rollen grid shows every role, a role chosen in the page
// reaches the other client, and Sjablonen → Rollen, Checklists and Gezondheid render without
// an error in the page (issue 11, finding 1).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readAgreement } from '../../core/agreement/index.js';
import { t } from '../../core/i18n/index.js';
import type { SyncSession } from '../../core/sync/index.js';
import { PROTO_NAMES, roleOf, writeHostileShared } from '../support/prototype-keys.js';
import { createDraft, type ServerProcess } from '../support/server.js';
import { connectClient, waitFor, waitForStatus } from '../support/server-clients.js';
import { forbidDialogs, launchBrowser, startWebServer, syncStatus } from './browser.js';
import { waitSaved } from './typing.js';

let server: ServerProcess;
let browser: Browser;
let hostile: SyncSession;

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await hostile?.destroy();
  await browser?.close();
  await server?.dispose();
});

const nav = (page: Page, nav: 'ui.tabs.nav' | 'ui.parts.nav', button: string) =>
  page.getByRole('navigation', { name: t('nl', nav), exact: true }).getByRole('button', { name: button, exact: true }).click();

/** Every cell of the Rollen grid: its label (partner and activity) → the role chosen. */
const gridValues = (page: Page) =>
  page.locator('table.raci select').evaluateAll((selects) => Object.fromEntries(selects.map((s) => [s.getAttribute('aria-label'), (s as HTMLSelectElement).value])));

const cellLabel = (activity: string, partner: string) => t('nl', 'ui.roles.cell', { partner: `Partner ${partner}`, activity: `Activiteit ${activity}` });

it('shows, edits and previews the roles of partners named constructor, toString, __proto__, …', async () => {
  const d = await createDraft(server.url, { title: 'Prototype-namen' });
  hostile = await connectClient(server.wsUrl, d.id, d.tokens.editor, { name: 'Kwaadwillend' });
  await waitForStatus(hostile, (s) => s.kind === 'saved');
  writeHostileShared(hostile.doc);
  await waitForStatus(hostile, (s) => s.kind === 'saved');

  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  forbidDialogs(page, errors);
  await page.goto(d.links.editor);
  await syncStatus(page).waitFor();
  await waitSaved(page);

  await nav(page, 'ui.tabs.nav', t('nl', 'ui.tab.agreement'));
  await nav(page, 'ui.parts.nav', t('nl', 'ui.part.roles'));
  const expected = Object.fromEntries(PROTO_NAMES.flatMap((activity, a) => PROTO_NAMES.map((partner, p) => [cellLabel(activity, partner), roleOf(a, p)])));
  await expect.poll(() => gridValues(page)).toEqual(expected);
  expect(await page.locator('table.raci .warning').count()).toBe(0);

  // A role chosen in the page, for partner toString in activity constructor, reaches the other client.
  await page.getByLabel(cellLabel('constructor', 'toString'), { exact: true }).selectOption('I');
  await waitFor(() => readAgreement(hostile.doc).agreement.activities[0]!.roles['toString'] === 'I', 15_000, 'the chosen role at the other client');
  await waitSaved(page);

  await nav(page, 'ui.tabs.nav', t('nl', 'ui.tab.templates'));
  await page.getByLabel(t('nl', 'ui.templates.section'), { exact: true }).selectOption('roles');
  const preview = page.getByTestId('template-preview');
  const rows = () => preview.locator('table tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '')));
  const toString = PROTO_NAMES.indexOf('toString');
  await expect
    .poll(rows)
    .toEqual([
      [t('nl', 'col.activity'), ...PROTO_NAMES.map((p) => `Partner ${p}`)],
      ...PROTO_NAMES.map((activity, a) => [`Activiteit ${activity}`, ...PROTO_NAMES.map((_, p) => (a === 0 && p === toString ? 'I' : roleOf(a, p)))]),
    ]);

  await nav(page, 'ui.tabs.nav', t('nl', 'ui.tab.checklists'));
  await page.getByText(t('nl', 'ui.checklists.explain')).waitFor();
  await nav(page, 'ui.tabs.nav', t('nl', 'ui.tab.health'));
  await page.getByText(t('nl', 'ui.health.explain')).waitFor();
  const notes = () => page.locator('textarea').evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value));
  await expect.poll(notes).toEqual(expect.arrayContaining(PROTO_NAMES.map((n) => `Check ${n}`)));

  expect(errors).toEqual([]);
  await context.close();
});
