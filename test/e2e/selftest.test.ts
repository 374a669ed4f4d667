// The Zelftest end to end in Debian's Chromium: the task pane served by the real server with
// office.js from our own build, Word answered in the page by the mock Word (word-mock.ts on
// office-addin-mock, bundled). As Word for the web it inserts with bookmarks, as Word for
// Windows with content controls; every step passes, the report names platform, build and
// sets and is copied to the clipboard as is; a document that is not empty is left alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SECTION_IDS } from '../../core/render/blocks.js';
import { startServerProcess, type ServerProcess } from '../support/server.js';
import { inPageWordScript, type InPageWord } from '../office-addin/word-in-page.js';
import { ADDIN_DIR, axe, forbidDialogs, launchBrowser, WEB_DIR } from './browser.js';

/** The built task pane; SAMENSPEL_ADDIN_OUT points a run at another build, as it does for office-addin/vite.config.ts. */
const PANE = { width: 380, height: 900 };

let server: ServerProcess;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  server = await startServerProcess({ env: { SAMENSPEL_WEB_DIR: WEB_DIR, SAMENSPEL_ADDIN_DIR: ADDIN_DIR, SAMENSPEL_QUIET: '1' } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

/** A task pane in Word as given; requests beyond 127.0.0.1, dialogs and page errors are recorded. */
async function paneIn(word: InPageWord): Promise<{ context: BrowserContext; pane: Page }> {
  const context = await browser.newContext({ viewport: PANE });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    problems.push(`request: ${url.href}`);
    return route.abort('blockedbyclient');
  });
  const pane = await context.newPage();
  const dialogs: string[] = [];
  forbidDialogs(pane, dialogs);
  pane.on('dialog', () => problems.push(`dialog: ${dialogs.at(-1)}`));
  pane.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await pane.addInitScript(await inPageWordScript(word));
  await pane.goto(`${server.url}/addin/taskpane.html`);
  await pane.getByRole('heading', { name: 'Samenspel in Word' }).waitFor({ timeout: 20_000 });
  return { context, pane };
}

const inPage = <T>(pane: Page, read: string): Promise<T> => pane.evaluate(read) as Promise<T>;

async function runSelfTest(pane: Page): Promise<string> {
  await pane.getByRole('button', { name: 'Zelftest', exact: true }).click();
  const view = pane.getByRole('region', { name: 'Zelftest' });
  await view.getByRole('button', { name: 'Zelftest starten' }).click();
  await expect.poll(() => view.getByTestId('selftest-summary').textContent().catch(() => ''), { timeout: 30_000 }).toBe('Alle 7 stappen zijn geslaagd.');
  expect(await view.locator('li[data-ok=false]').count()).toBe(0);
  expect(await view.locator('li[data-ok=true]').count()).toBe(7);
  return view.getByLabel('Verslag').inputValue();
}

describe('the Zelftest in the task pane, against the mock Word', () => {
  it('as Word for the web: every path with bookmarks, no content control, and a report that copies as is', async () => {
    const { context, pane } = await paneIn({ platform: 'OfficeOnline', version: '16.0.19127.40500' });
    const report = await runSelfTest(pane);
    const lines = report.split('\n');
    expect(lines[0]).toMatch(/^Samenspel – Zelftest – \d{4}-\d\d-\d\dT/);
    expect(lines.slice(1, 3)).toEqual(['Platform: OfficeOnline (Word voor het web)', 'Word-versie: 16.0.19127.40500']);
    expect(lines[3]).toMatch(/^Vereistensets: WordApi 1\.1 ✓, WordApi 1\.2 ✓, WordApi 1\.3 ✓, WordApi 1\.4 ✓/);
    expect(lines[4]).toBe('Onderdelen verankerd als: gewone alinea’s met een verborgen bladwijzer');
    expect(lines[5]).toBe('Bekend Word-probleem, daarom geen invoegvelden: office-js#6590, office-js#6657');
    expect(report).toMatch(/^User agent: .*Chrome/m);
    expect(report).toMatch(/^7\. Exporteren \(\.docx\): geslaagd/m);
    expect(report.trimEnd().endsWith('Alle 7 stappen zijn geslaagd.')).toBe(true);
    // What the mock Word holds now: the sections, the kept roles and the SPUK plan — as bookmarks only.
    expect(await inPage(pane, 'window.__word.controls().length')).toBe(0);
    expect(await inPage(pane, 'window.__word.liveBookmarks().length')).toBe(SECTION_IDS.length + 1 + 2);
    expect(await inPage(pane, 'window.__word.calls.filter((c) => c.endsWith("insertContentControl")).length')).toBe(0);

    expect(await axe(pane, 'taskpane/selftest report')).toEqual([]);
    await pane.getByRole('button', { name: 'Verslag kopiëren' }).click();
    await expect.poll(() => pane.getByRole('status').textContent()).toBe('Gekopieerd naar het klembord.');
    const clip = await pane.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { text: await (await item!.getType('text/plain')).text(), html: await (await item!.getType('text/html')).text() };
    });
    expect(clip.text).toBe(report);
    expect(clip.html).toContain('<pre>Samenspel – Zelftest');
    await context.close();
  });

  it('as Word for Windows: every path with content controls', async () => {
    const { context, pane } = await paneIn({ platform: 'PC', version: '16.0.18526.20168' });
    const report = await runSelfTest(pane);
    expect(report).toContain('Platform: PC (Word voor Windows)');
    expect(report).toContain('Onderdelen verankerd als: invoegvelden (content controls)');
    expect(report).not.toContain('Bekend Word-probleem');
    expect(await inPage(pane, 'window.__word.controls().length')).toBe(SECTION_IDS.length + 1 + 2);
    await context.close();
  });

  it('leaves a document that is not empty alone and offers an empty one', async () => {
    const paragraphs = [
      { text: 'Plan van aanpak', style: 'Title' },
      { text: 'Onze eigen tekst.', style: 'Normal' },
    ];
    const { context, pane } = await paneIn({ platform: 'OfficeOnline', version: '16.0.19127.40500', paragraphs });
    const before = await inPage<string>(pane, 'JSON.stringify(window.__word.body)');
    await pane.getByRole('button', { name: 'Zelftest', exact: true }).click();
    const view = pane.getByRole('region', { name: 'Zelftest' });
    await view.getByRole('button', { name: 'Zelftest starten' }).click();
    await view.getByText('Dit document is niet leeg, dus de zelftest raakt het niet aan.').waitFor();
    expect(await inPage<string>(pane, 'JSON.stringify(window.__word.body)')).toBe(before);
    await view.getByRole('button', { name: 'Nieuw leeg document openen' }).click();
    await expect.poll(() => inPage(pane, 'window.__word.newDocuments')).toBe(1);
    expect(await axe(pane, 'taskpane/selftest not empty')).toEqual([]);
    await context.close();
  });

  it('sent no request beyond 127.0.0.1, opened no dialog and threw no page error', () => {
    expect(problems).toEqual([]);
  });
});
