// The workspace at the side panel's narrowest width (320 px), in Debian's Chromium: every tab
// and every part of the agreement is in sight without scrolling sideways, and nothing on the
// page is wider than the panel.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../core/i18n/index.js';
import { createDraft, type ServerProcess } from '../support/server.js';
import { forbidDialogs, launchBrowser, startWebServer, syncStatus } from './browser.js';

let browser: Browser;
let server: ServerProcess;

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('the workspace at 320 px', () => {
  it('shows every tab and part in full, with no sideways scrolling', async () => {
    const d = await createDraft(server.url, { title: 'Leesoffensief Noord' });
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    await context.addInitScript(() => localStorage.setItem('samenspel:settings', JSON.stringify({ name: 'Bea', organisation: 'School', lang: 'nl' })));
    const page = await context.newPage();
    const dialogs: string[] = [];
    forbidDialogs(page, dialogs);
    await page.goto(d.links.owner);
    await syncStatus(page).waitFor();
    await page.getByRole('button', { name: t('nl', 'ui.part.partners') }).waitFor();
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.tabs button, .subnav button')]
        .filter((b) => {
          const r = b.getBoundingClientRect();
          return r.left < 0 || r.right > window.innerWidth || r.width === 0;
        })
        .map((b) => b.textContent),
    );
    expect(outside).toEqual([]);
    expect(await page.locator('.subnav button').count()).toBeGreaterThanOrEqual(11);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});
