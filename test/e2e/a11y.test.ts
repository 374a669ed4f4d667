// Accessibility in the real browser: creating a draft and writing the ambition with the
// keyboard alone, axe-core on every screen (no serious or critical violations), and the
// README screenshots of the main screens (docs/screenshots/).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../core/i18n/index.js';
import type { Browser, Page } from 'playwright-core';
import { addItem, setRating, setRole, setScore, updateSection } from '../../core/agreement/index.js';
import { decodeShareLink } from '../../core/sync/share-link.js';
import type { ServerProcess } from '../support/server.js';
import { connectClient, waitForStatus } from '../support/server-clients.js';
import { axe, forbidDialogs, launchBrowser, SAVED_TEXT, SCREENSHOT_DIR, startWebServer, syncStatus } from './browser.js';

const SHOTS = SCREENSHOT_DIR;
let server: ServerProcess;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

/** Presses Tab until the focused element has this accessible label (or text); fails after `max` presses. */
async function tabTo(p: Page, label: string, max = 40, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    await p.keyboard.press(key);
    const name = await p.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const id = el.id;
      const byFor = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent : null;
      return (byFor ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    });
    if (name === label) return;
  }
  throw new Error(`could not reach "${label}" with Tab`);
}

const shot = (name: string, fullPage = false) => page.screenshot({ path: join(SHOTS, name), fullPage });

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startWebServer();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  page = await context.newPage();
  forbidDialogs(page, dialogs);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('accessibility of the workspace (web page)', () => {
  it('creates a draft and fills the ambition with the keyboard alone', async () => {
    await page.goto(server.url + '/');
    await page.getByRole('heading', { name: 'Samenwerkingsafspraken maken' }).waitFor();
    expect(await axe(page, 'start')).toEqual([]);
    await shot('start.png');

    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await tabTo(page, 'Titel');
    await page.keyboard.type('Lezen in de wijk');
    // The kind of plan is a required choice: Tab into the group, Space picks the first kind.
    await tabTo(page, t('nl', 'planKind.spuk-plan'));
    await page.keyboard.press('Space');
    await tabTo(page, t('nl', 'ui.start.createButton'));
    await page.keyboard.press('Enter');
    await expect.poll(() => syncStatus(page).textContent(), { timeout: 20_000 }).toBe(SAVED_TEXT);
    // A new device asks who you are, in the page; answered with the keyboard too.
    expect(await axe(page, 'wie-ben-jij')).toEqual([]);
    await tabTo(page, 'Je naam');
    await page.keyboard.type('Anna');
    await tabTo(page, 'Je organisatie');
    await page.keyboard.type('Bibliotheek Noorderwijk');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Jij: Anna (Bibliotheek Noorderwijk)');
    // A new draft opens in the guided start; its way out leads to the whole draft (focus on the part's heading).
    await tabTo(page, t('nl', 'guide.exit'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('part-title');
    await tabTo(page, 'Ambitie', 40, 'Shift+Tab');
    await page.keyboard.press('Enter');
    // Focus moves to the part's heading, so the next Tab continues in the part.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('part-title');
    await tabTo(page, 'Onze gezamenlijke ambitie');
    await page.keyboard.type('Elk kind leest.');
    await tabTo(page, 'B · Belofte: wat beloven we?');
    await page.keyboard.type('Een pas voor ieder kind.');
    await expect.poll(() => syncStatus(page).textContent(), { timeout: 20_000 }).toBe(SAVED_TEXT);

    // What the keyboard wrote is in the shared draft.
    const link = decodeShareLink(page.url())!;
    expect(link).not.toBeNull();
    const client = await connectClient(server.wsUrl, link.draftId, link.token);
    await waitForStatus(client, (s) => s.kind === 'saved');
    const { readAgreement } = await import('../../core/agreement/index.js');
    expect(readAgreement(client.doc).agreement.ambition).toMatchObject({ statement: 'Elk kind leest.', promise: 'Een pas voor ieder kind.' });
    expect(readAgreement(client.doc).agreement.meta.title).toBe('Lezen in de wijk');

    // Fill the rest of a realistic draft for the screens below.
    const d = client.doc;
    const lib = addItem(d, 'partners', { name: 'Bibliotheek Noorderwijk', kind: 'library', brings: 'Collectie en leesconsulenten', gets: 'Meer jonge leden' });
    const gem = addItem(d, 'partners', { name: 'Gemeente Noorderwijk', kind: 'municipality', brings: 'Subsidie en netwerk', gets: 'Minder laaggeletterdheid' });
    const school = addItem(d, 'partners', { name: 'Basisschool De Linde', kind: 'school' });
    for (const [p, s] of [[lib, [4, 4, 3]], [gem, [3, 4, 2]], [school, [4, 0, 3]]] as const) {
      setScore(d, p, 'B', s[0]);
      setScore(d, p, 'C', s[1]);
      setScore(d, p, 'D', s[2]);
    }
    addItem(d, 'interests', { partnerId: lib, level: 'collective', text: 'Kinderen lezen met plezier' });
    const a1 = addItem(d, 'activities', { name: 'Voorleesochtend' });
    setRole(d, a1, lib, 'A');
    setRole(d, a1, school, 'R');
    const a2 = addItem(d, 'activities', { name: 'Ouderavond' });
    setRole(d, a2, school, 'R');
    updateSection(d, 'decisions', { rule: 'consent' });
    addItem(d, 'milestones', { kind: 'reflection', date: '2027-03-01', title: 'Eerste reflectie' });
    addItem(d, 'budgetLines', { description: 'Leesconsulent', category: 'staff', amount: 40_000_00, payerId: null });
    addItem(d, 'budgetLines', { description: 'Inzet gemeente', category: 'staff', amount: 10_000_00, payerId: gem });
    updateSection(d, 'resources', { scheme: 'spuk-2023-2024', schemeActivity: 'extra-hours' });
    const h = addItem(d, 'healthChecks', { date: '2027-01-15', partnerId: lib, note: 'Goede start' });
    setRating(d, h, 'ambition', 'green');
    setRating(d, h, 'relationship', 'amber');
    setRating(d, h, 'process', 'red');
    await waitForStatus(client, (s) => s.kind === 'saved');
    await client.destroy();
  });

  it('has no serious or critical axe violations on any screen', async () => {
    const problems: string[] = [];
    const parts = ['Partners', 'Ambitie', 'Belangen', 'Rollen', 'Besluitvorming', 'Spelregels', 'Het achtje', 'Proces', 'Relatie', 'Begroting', 'Looptijd en uittreden'];
    const nav = page.getByRole('navigation', { name: 'Onderdelen van de afspraken' });
    await expect.poll(() => page.locator('.draft-title').textContent()).toBe('Lezen in de wijk');
    for (const name of parts) {
      await nav.getByRole('button', { name, exact: true }).click();
      await page.getByRole('heading', { name, level: 2 }).waitFor();
      if (name === 'Partners') await expect.poll(() => page.getByLabel('Naam van de partner').count()).toBe(3);
      problems.push(...(await axe(page, `afspraken/${name}`)));
      if (name === 'Partners') await shot('afspraken-partners.png');
      if (name === 'Ambitie') await shot('afspraken-ambitie.png', true);
      if (name === 'Rollen') await shot('afspraken-rollen.png', true);
      if (name === 'Begroting') await shot('afspraken-begroting.png', true);
    }
    const tabs = page.getByRole('navigation', { name: 'Werkruimte' });
    for (const [name, file] of [['Checklists', 'checklists.png'], ['Sjablonen', 'sjablonen.png'], ['Gezondheid', 'gezondheid.png'], ['Delen', 'delen.png'], [t('nl', 'ui.tab.export'), 'export.png']] as const) {
      await tabs.getByRole('button', { name, exact: true }).click();
      await page.getByRole('heading', { name, level: 2 }).waitFor();
      if (name === 'Checklists') await page.locator('details.checklist summary').first().click();
      problems.push(...(await axe(page, name)));
      await shot(file);
    }
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('switches the whole interface to English and back', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Agreement', exact: true }).click();
    // The page's lang attribute follows in an effect after the render.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('navigation', { name: 'Parts of the agreement' }).getByRole('button', { name: 'Ambition', exact: true }).click();
    expect(await page.getByLabel('Our shared ambition').inputValue()).toBe('Elk kind leest.');
    expect(await axe(page, 'english/ambition')).toEqual([]);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('navigation', { name: 'Werkruimte' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl');
  });
});
