// Dutch amounts and dates in Debian's Chromium with an English (en-US) browser: "4.000" in a
// budget line is four thousand euros on the server; "4.00" is refused at the field and
// stores nothing; a date typed as 1-3-2027 is stored as 2027-03-01 and shown as 01-03-2027.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Agreement } from '../../core/agreement/index.js';
import { formatEuro, t } from '../../core/i18n/index.js';
import { decodeShareLink } from '../../core/sync/share-link.js';
import { api, type ServerProcess } from '../support/server.js';
import { axe, forbidDialogs, launchBrowser, startWebServer } from './browser.js';
import { createDraft } from './typing.js';

const L = {
  settings: t('nl', 'ui.settings.title'),
  name: t('nl', 'ui.settings.name'),
  parts: t('nl', 'ui.parts.nav'),
  tabs: t('nl', 'ui.tabs.nav'),
  budget: t('nl', 'ui.part.budget'),
  period: t('nl', 'ui.part.period'),
  share: t('nl', 'ui.tab.share'),
  agreement: t('nl', 'ui.tab.agreement'),
  addLine: t('nl', 'ui.budget.add'),
  amount: t('nl', 'ui.budget.amount', { n: 1 }),
  start: t('nl', 'ui.period.start'),
  separators: t('nl', 'ui.input.amount.separators'),
};

let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let draft: { draftId: string; token: string };
const dialogs: string[] = [];

async function go(navName: string, button: string) {
  await page.getByRole('navigation', { name: navName }).getByRole('button', { name: button, exact: true }).click();
}
/** The draft as the server stores it, read through the owner's export. */
async function stored(): Promise<Agreement> {
  const res = await api(server.url, draft.token)(`/api/drafts/${draft.draftId}/export.json`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { content: { agreement: Agreement } }).content.agreement;
}
const nbsp = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ');

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'en-US' });
  page = await context.newPage();
  forbidDialogs(page, dialogs);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.dispose();
});

describe('Dutch amounts and dates in an en-US browser', () => {
  it('creates a draft in the web page and finds its owner link', async () => {
    await page.goto(server.url + '/');
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await page.getByText(L.settings, { exact: true }).click();
    await page.getByLabel(L.name, { exact: true }).fill('Sanne (bibliotheek)');
    await createDraft(page, 'Leesplan Zuiderwijk');
    await go(L.tabs, L.share);
    const link = decodeShareLink(await page.locator('input[data-role=owner]').inputValue());
    expect(link).not.toBeNull();
    draft = link!;
    await go(L.tabs, L.agreement);
  });

  it('stores "4.000" as four thousand euros and shows € 4.000,00', async () => {
    await go(L.parts, L.budget);
    await page.getByRole('button', { name: L.addLine }).click();
    const amount = page.getByLabel(L.amount, { exact: true });
    expect(await amount.getAttribute('inputmode')).toBe('decimal');
    await amount.fill('4.000');
    await amount.press('Tab');
    // Read at once on purpose: the committed amount shows straight away, with no frame of the old one.
    expect(await amount.inputValue()).toBe('4.000,00');
    await expect.poll(async () => (await stored()).resources.lines[0]?.amount, { timeout: 20_000 }).toBe(4_000_00);
    // The totals render from the doc, on the next frame after the commit.
    const total = page.locator('dl.totals dd').first();
    await expect.poll(async () => nbsp(await total.textContent())).toBe(nbsp(formatEuro(4_000_00, 'nl')));
    expect(nbsp(await total.textContent())).toBe('€ 4.000,00');
  });

  it('refuses "4.00" at the field, keeps the text for correction and stores nothing', async () => {
    const amount = page.getByLabel(L.amount, { exact: true });
    await amount.fill('4.00');
    await amount.press('Tab');
    expect(await amount.inputValue()).toBe('4.00');
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    const messageId = (await amount.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${messageId}"]`).textContent()).toBe(L.separators);
    await expect.poll(() => page.getByText(L.separators).isVisible()).toBe(true);
    expect(nbsp(await page.locator('dl.totals dd').first().textContent())).toBe('€ 4.000,00');
    expect((await stored()).resources.lines[0]?.amount).toBe(4_000_00);
    expect(await axe(page, 'budget with a refused amount')).toEqual([]);
    // Escape restores the stored amount.
    await amount.focus();
    await amount.press('Escape');
    expect(await amount.inputValue()).toBe('4.000,00');
    expect(await page.getByText(L.separators).isVisible()).toBe(false);
  });

  it('stores a date typed as 1-3-2027 as 2027-03-01 and shows 01-03-2027, whatever the browser locale', async () => {
    await go(L.parts, L.period);
    const start = page.getByLabel(L.start, { exact: true });
    expect(await start.getAttribute('type')).toBe('text');
    await start.fill('1-3-2027');
    await start.press('Enter');
    expect(await start.inputValue()).toBe('01-03-2027');
    await expect.poll(async () => (await stored()).period.start, { timeout: 20_000 }).toBe('2027-03-01');
    // Shown the same when the part opens again from the stored value.
    await go(L.parts, L.budget);
    await go(L.parts, L.period);
    await expect.poll(() => page.getByLabel(L.start, { exact: true }).inputValue()).toBe('01-03-2027');
    expect(dialogs).toEqual([]);
  });
});
