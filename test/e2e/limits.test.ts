// Limits and the network, as a person meets them: a paste too long for a field is refused at
// the field before anything is sent; a paste the server refuses (a server configured with a
// small message limit) is taken out again and everything else keeps syncing, without a
// reload; going offline says so at once and keeps the edits, coming back saves them. The
// Rollen grid at the list maxima (100 partners × 200 activities) shows its first rows, tells
// its whole size, and reaches its last row and any cell with the keyboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { MAX_FIELD_CHARS } from '../../core/agreement/index.js';
import { t } from '../../core/i18n/index.js';
import { startServerProcess, type ServerProcess } from '../support/server.js';
import { largeAgreement } from '../../bench/large-agreement.js';
import { seedDraft } from '../../bench/seed-drafts.js';
import { connectClient, waitFor, waitForStatus } from '../support/server-clients.js';
import { readAgreement } from '../../core/agreement/index.js';
import { launchBrowser, syncStatus, WEB_DIR } from './browser.js';
import { field, openSharedDraft, paste, typeHuman, waitSaved, type SharedDraft } from './typing.js';

let browser: Browser;
const servers: ServerProcess[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const s of servers) await s.dispose();
});

async function draftOn(env: Record<string, string> = {}): Promise<SharedDraft> {
  const server = await startServerProcess({ env: { SAMENSPEL_WEB_DIR: WEB_DIR, SAMENSPEL_QUIET: '1', ...env } });
  servers.push(server);
  return openSharedDraft(browser, server.url, { names: ['Anna', 'Gert'], title: 'Grenzen', seed: 7 });
}

const message = (page: import('playwright-core').Page) => page.locator('.field-message:not([hidden])');

describe('limits a person understands', () => {
  it('refuses a paste longer than a field may hold, at the field, and sync goes on', async () => {
    const draft = await draftOn();
    const [anna, gert] = draft.people;
    await field(anna!.page, 'statement').click();
    await typeHuman(anna!, 'Kort begin.');
    await waitSaved(anna!.page);
    await paste(anna!, 'lang '.repeat(Math.ceil((MAX_FIELD_CHARS + 10) / 5)));
    await expect.poll(() => message(anna!.page).textContent()).toContain(t('nl', 'ui.field.tooLong', { max: MAX_FIELD_CHARS.toLocaleString('nl-NL') }).slice(0, 30));
    expect(await field(anna!.page, 'statement').inputValue()).toBe('Kort begin.');
    await typeHuman(anna!, ' Daarna verder.');
    await expect.poll(() => field(gert!.page, 'statement').inputValue()).toBe('Kort begin. Daarna verder.');
    await waitSaved(anna!.page);
    expect(await message(anna!.page).count()).toBe(0);
    await draft.close();
  });

  it('takes a paste the server refused out again and keeps syncing, without a reload', async () => {
    const draft = await draftOn({ SAMENSPEL_MAX_MESSAGE_BYTES: String(64 * 1024) });
    const [anna, gert] = draft.people;
    await field(anna!.page, 'statement').click();
    await typeHuman(anna!, 'Eerst dit.');
    await waitSaved(anna!.page);
    // 80,000 characters: within the field's limit, beyond this server's message limit.
    await paste(anna!, 'Een lange geplakte notitie over leesbevordering. '.repeat(1600).slice(0, 80_000));
    await expect.poll(() => message(anna!.page).textContent(), { timeout: 20_000 }).toBe(t('nl', 'ui.field.refusedByServer'));
    await expect.poll(() => field(anna!.page, 'statement').inputValue()).toBe('Eerst dit.');
    await typeHuman(anna!, ' En toen verder.');
    await expect.poll(() => field(gert!.page, 'statement').inputValue(), { timeout: 20_000 }).toBe('Eerst dit. En toen verder.');
    await waitSaved(anna!.page);
    // The partner kept working all along.
    await field(gert!.page, 'promise').click();
    await typeHuman(gert!, 'Wij beloven veel.');
    await expect.poll(() => field(anna!.page, 'promise').inputValue()).toBe('Wij beloven veel.');
    await draft.close();
  });

  it('says offline at once, keeps the edits on the device, and saves them when back', async () => {
    const draft = await draftOn();
    const [anna, gert] = draft.people;
    await anna!.context.setOffline(true);
    await expect.poll(() => syncStatus(anna!.page).getAttribute('class')).toContain('sync-offline');
    await field(anna!.page, 'statement').click();
    await typeHuman(anna!, 'Getypt in de trein.');
    await field(anna!.page, 'promise').click();
    await typeHuman(anna!, 'Nog een veld.');
    // Edits are counted as fields, not as keystrokes.
    await expect.poll(() => syncStatus(anna!.page).textContent()).toBe(t('nl', 'ui.sync.offlineUnsaved.many', { n: 2 }));
    expect(await field(gert!.page, 'statement').inputValue()).toBe('');
    await anna!.context.setOffline(false);
    await waitSaved(anna!.page);
    await expect.poll(() => field(gert!.page, 'statement').inputValue()).toBe('Getypt in de trein.');
    await expect.poll(() => field(gert!.page, 'promise').inputValue()).toBe('Nog een veld.');
    await draft.close();
  });
});

describe('the Rollen grid at the list maxima', () => {
  it('shows 100 × 200 roles a screenful at a time, reachable by keyboard and search, and saves a choice', { timeout: 600_000 }, async () => {
    const server = await startServerProcess({ env: { SAMENSPEL_WEB_DIR: WEB_DIR, SAMENSPEL_QUIET: '1' } });
    servers.push(server);
    const shape = { partners: 100, activities: 200, interests: 0, budgetLines: 0, milestones: 0, everyRole: true, edits: 0 };
    const draft = await seedDraft(server, 'Rollen vol', (doc) => largeAgreement(shape, doc));
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.goto(draft.links.editor);
    await expect.poll(() => syncStatus(page).getAttribute('class'), { timeout: 120_000 }).toContain('sync-saved');
    await page.getByRole('navigation', { name: t('nl', 'ui.parts.nav'), exact: true }).getByRole('button', { name: t('nl', 'ui.part.roles'), exact: true }).click();
    const table = page.locator('table.raci');
    const cell = (partner: number, activity: number) => page.getByLabel(t('nl', 'ui.roles.cell', { partner: `Partner ${partner}`, activity: `Activiteit ${activity}` }), { exact: true });
    await cell(1, 1).waitFor({ timeout: 60_000 });
    expect(await table.getAttribute('aria-rowcount')).toBe('201');
    const rendered = await table.locator('tbody tr[aria-rowindex]').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(80);

    // Ctrl+End: the last activity, same partner, focused and in view; Ctrl+→ and Ctrl+↑ step from there.
    await cell(7, 1).focus();
    await page.keyboard.press('Control+End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(t('nl', 'ui.roles.cell', { partner: 'Partner 7', activity: 'Activiteit 200' }));
    await expect.poll(() => cell(7, 200).isVisible()).toBe(true);
    await page.keyboard.press('Control+ArrowRight');
    await page.keyboard.press('Control+ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(t('nl', 'ui.roles.cell', { partner: 'Partner 8', activity: 'Activiteit 199' }));
    // Tab goes on into the next row's cells without leaving the grid.
    for (let i = 0; i < 100; i++) await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(t('nl', 'ui.roles.cell', { partner: 'Partner 8', activity: 'Activiteit 200' }));

    // Search: the rows of the activities found only.
    await page.getByLabel(t('nl', 'limits.roles.filter'), { exact: true }).fill('Activiteit 123');
    await expect.poll(() => table.getAttribute('aria-rowcount')).toBe('2');
    await cell(3, 123).selectOption('C');
    const reader = await connectClient(server.wsUrl, draft.id, draft.tokens.editor);
    await waitForStatus(reader, (s) => s.kind === 'saved', 60_000);
    const partnerId = () => readAgreement(reader.doc).agreement.partners[2]!.id;
    await waitFor(() => readAgreement(reader.doc).agreement.activities[122]!.roles[partnerId()] === 'C', 30_000, 'the chosen role at another client');
    await reader.destroy();
    await context.close();
  });
});
