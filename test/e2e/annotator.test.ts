// The page annotator end to end in Debian's Chromium with the built extension: pages served
// on 127.0.0.1 by a tiny static server whose content the test changes between loads; the
// annotator injected only on demand (side panel button) or on a partner site the user
// enabled; a passage annotated through the real toolbar (keyboard in its closed shadow
// root) or the context menu, shown in the side panel and as a source in the interests;
// re-anchored after a reload and a changed page, listed as orphaned when removed, anchored
// again when the page adds the passage after loading (no reload); edited,
// moved between private and shared, exported and imported as JSON-LD; a hostile page gets nothing.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../core/i18n/index.js';
import type { Page, Worker } from 'playwright-core';
import type { ServerProcess } from '../support/server.js';
import { EXTENSION_DIR, type ExtensionBrowser, forbidDialogs, launchExtension, SAVED_TEXT, startWebServer, syncStatus } from './browser.js';
import { pageHtml, HOSTILE_SCRIPT, PARTNER, QUOTE, SECRET } from './annotator-pages.js';
import { createDraft } from './typing.js';

const SAVED = SAVED_TEXT;
const MENU_QUOTE = 'Daarnaast investeren we in de taalontwikkeling van jonge kinderen.';
const routes = new Map<string, string>();
let site: Server;
let origin = '';
let server: ServerProcess;
let ext: ExtensionBrowser;
let panel: Page;
let target: Page;
const dialogs: string[] = [];

const worker = (): Worker => ext.context.serviceWorkers()[0]!;
const registered = () =>
  worker().evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } }).chrome;
    return (await api.scripting.getRegisteredContentScripts()).map((s) => s.id);
  });
const highlightCount = (p: Page) => p.evaluate(() => CSS.highlights.get('samenspel')?.size ?? 0);
const highlighted = (p: Page) =>
  p.evaluate(() => {
    const h = CSS.highlights.get('samenspel');
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  });
async function tab(name: string) {
  await panel.getByRole('navigation', { name: 'Werkruimte' }).getByRole('button', { name, exact: true }).click();
}
async function part(name: string) {
  await panel.getByRole('navigation', { name: 'Onderdelen van de afspraken' }).getByRole('button', { name, exact: true }).click();
}
/** Open a path in the target tab, bring it to the front and wait until the panel sees it. */
async function visit(path: string) {
  await target.goto(origin + path);
  await target.bringToFront();
  await expect.poll(() => panel.getByTestId('annotations-url').textContent(), { timeout: 10_000 }).toBe(origin + path);
}
async function activate() {
  await panel.getByRole('button', { name: 'Markeer op deze pagina' }).click();
  await expect.poll(() => panel.getByTestId('annotator-state').textContent(), { timeout: 10_000 }).toContain('Markeren staat aan');
}
/** Select a paragraph by dragging the real mouse over it; the toolbar opens with focus on the partner. */
async function selectParagraph(p: Page, selector: string, opts: { toolbar?: boolean } = {}) {
  const box = await p.locator(selector).evaluate((el) => {
    el.scrollIntoView({ block: 'center' });
    const r = document.createRange();
    r.selectNodeContents(el);
    const rects = [...r.getClientRects()];
    const first = rects[0]!;
    const last = rects[rects.length - 1]!;
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  });
  await p.mouse.move(box.x1, box.y1);
  await p.mouse.down();
  await p.mouse.move(box.x2, box.y2, { steps: 8 });
  await p.mouse.up();
  if (opts.toolbar === false) return;
  await expect.poll(() => p.evaluate(() => document.activeElement?.localName)).toBe('samenspel-toolbar');
}
/** Fill the toolbar by keyboard: partner (first), level, condition, note, private box, cancel, save. */
async function fillToolbar(p: Page, note: string, opts: { private?: boolean } = {}) {
  await p.keyboard.press('Tab');
  await p.keyboard.press('Tab');
  await p.keyboard.press('Tab');
  await p.keyboard.type(note);
  await p.keyboard.press('Tab');
  if (opts.private) await p.keyboard.press('Space');
  await p.keyboard.press('Tab');
  await p.keyboard.press('Tab');
  await p.keyboard.press('Enter');
}

beforeAll(async () => {
  site = createServer((req, res) => {
    const body = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body ?? 'niet gevonden');
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  routes.set('/plan', pageHtml({}));
  routes.set('/plain', pageHtml({ title: 'Gewone pagina' }));
  routes.set('/menu', pageHtml({ title: 'Jaarplan taal' }));
  routes.set('/hostile', pageHtml({ title: 'Vijandige pagina', script: HOSTILE_SCRIPT }));
  server = await startWebServer();
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.dispose();
  await new Promise((r) => site?.close(r));
});

describe('page annotator in the built extension', () => {
  it('is not in a page that was never activated', async () => {
    expect(await registered()).toEqual([]);
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    const plain = await ext.context.newPage();
    await plain.goto(origin + '/plain');
    await plain.locator('#p2').click({ clickCount: 3 });
    await plain.waitForTimeout(300);
    expect(
      await plain.evaluate(() => ({
        toolbar: document.querySelectorAll('samenspel-toolbar, samenspel-highlight, [data-samenspel-ui]').length,
        highlights: CSS.highlights.size,
        sheets: document.adoptedStyleSheets.length,
        markup: document.documentElement.outerHTML.toLowerCase().includes('samenspel'),
      })),
    ).toEqual({ toolbar: 0, highlights: 0, sheets: 0, markup: false });
    await plain.close();
  });

  it('creates a draft with a partner in the side panel', async () => {
    panel = await ext.context.newPage();
    panel.setDefaultTimeout(10_000);
    forbidDialogs(panel, dialogs);
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await panel.getByText('Instellingen', { exact: true }).click();
    await panel.getByLabel('Adres van de Samenspel-server').fill(server.url);
    await panel.getByLabel('Adres van de Samenspel-server').press('Tab');
    await panel.getByLabel(t('nl', 'ui.settings.name')).fill('Anna (bibliotheek)');
    await createDraft(panel, 'Leesplan De Regenboog');
    await expect.poll(() => syncStatus(panel).textContent(), { timeout: 20_000 }).toBe(SAVED);
    await panel.getByRole('button', { name: 'Partner toevoegen' }).click();
    await panel.getByLabel('Naam van de partner').fill(PARTNER);
    target = await ext.context.newPage();
    await tab('Annotaties');
  });

  it('activates on demand, annotates through the toolbar, and shows it in the panel and the interests', async () => {
    await visit('/plan');
    expect(await target.evaluate(() => document.querySelectorAll('samenspel-toolbar').length)).toBe(0);
    await activate();
    await selectParagraph(target, '#p2');
    // The toolbar is in a closed shadow root: the page sees a host element and nothing inside.
    expect(await target.evaluate(() => document.querySelector('samenspel-toolbar')?.shadowRoot ?? null)).toBeNull();
    await fillToolbar(target, 'Leesplezier in groep 5');
    const here = panel.getByTestId('annotations-here');
    await expect.poll(() => here.locator('li').count(), { timeout: 10_000 }).toBe(1);
    expect(await here.textContent()).toContain(QUOTE);
    await expect.poll(() => highlighted(target)).toEqual([QUOTE]);
    await tab('Afspraken');
    await part('Belangen');
    const sources = panel.getByTestId('interest-sources');
    await expect.poll(() => sources.textContent()).toContain(QUOTE);
    expect(await sources.textContent()).toContain('Schoolplan De Regenboog');
    expect(await sources.textContent()).toContain(origin + '/plan');
    // The quoted passage is the interest's text; the note typed when marking stays a note.
    expect(await panel.getByLabel(/^Organisatiebelangen 1 van/).inputValue()).toBe(QUOTE);
    expect(await panel.getByLabel(/^Notitie bij .* 1 van/).inputValue()).toBe('Leesplezier in groep 5');
    await tab('Annotaties');
  });

  it('shows the highlight again after a reload and re-activation, and scrolls to it from the panel', async () => {
    await target.reload();
    await target.bringToFront();
    // Injected on demand only: after a reload the page has no annotator until asked again.
    await expect.poll(() => panel.getByTestId('annotator-state').textContent()).toBe('');
    expect(await highlightCount(target)).toBe(0);
    await activate();
    await expect.poll(() => highlighted(target)).toEqual([QUOTE]);
    // A click on the highlight in the page marks that annotation in the panel.
    expect(await panel.locator('[data-annotation].active').count()).toBe(0);
    await target.locator('#p2').click();
    await expect.poll(() => panel.locator('[data-annotation].active').count()).toBeGreaterThan(0);
    expect(await panel.locator('[data-annotation].active').first().textContent()).toContain(QUOTE);
    await target.evaluate(() => window.scrollTo(0, 0));
    await panel.getByRole('button', { name: /^Toon op de pagina/ }).first().click();
    await expect.poll(() => target.evaluate(() => CSS.highlights.get('samenspel-flash')?.size ?? 0)).toBe(1);
    await expect.poll(() => target.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  });

  it('the context-menu entry on a selection injects the annotator into that tab and opens the toolbar', async () => {
    await visit('/menu');
    await target.locator('#p3').scrollIntoViewIfNeeded();
    await selectParagraph(target, '#p3', { toolbar: false });
    expect(await target.evaluate(() => document.querySelectorAll('samenspel-toolbar').length)).toBe(0);
    // The background's real menu handler, as Chromium calls it on a click in the menu.
    await worker().evaluate(async (pageUrl) => {
      const api = (globalThis as unknown as { chrome: any }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      api.contextMenus.onClicked.dispatch({ menuItemId: 'samenspel-annotate', editable: false, pageUrl, selectionText: '…' }, tab);
    }, origin + '/menu');
    await expect.poll(() => target.evaluate(() => document.activeElement?.localName), { timeout: 10_000 }).toBe('samenspel-toolbar');
    await fillToolbar(target, 'Taal voor jonge kinderen');
    const here = panel.getByTestId('annotations-here');
    await expect.poll(() => here.textContent(), { timeout: 10_000 }).toContain(MENU_QUOTE);
    await expect.poll(() => highlighted(target)).toEqual([MENU_QUOTE]);
    // Back to the plan page for the tests below.
    await visit('/plan');
  });

  it('starts by itself on an enabled partner site, and still anchors after the page changed', async () => {
    await panel.getByLabel(`Websites van ${PARTNER} (bijv. https://www.school.nl)`).fill(origin);
    await panel.getByLabel(`Websites van ${PARTNER} (bijv. https://www.school.nl)`).press('Tab');
    await panel.getByRole('button', { name: 'Markeren op partnersites aanzetten' }).click();
    await expect.poll(() => registered()).toEqual(['samenspel-partner-sites']);
    routes.set('/plan', pageHtml({ insertBefore: true, changeWord: true }));
    await target.reload();
    await target.bringToFront();
    await expect.poll(() => highlightCount(target), { timeout: 10_000 }).toBe(1);
    const [text] = await highlighted(target);
    expect(text).toContain('samen met de openbare bibliotheek');
    expect(text).not.toBe(QUOTE);
    expect(await panel.getByTestId('annotations-orphaned').count()).toBe(0);
    expect(await panel.getByTestId('annotations-here').locator('li').count()).toBe(1);
  });

  it('lists the annotation as orphaned with its quote when the passage is gone', async () => {
    routes.set('/plan', pageHtml({ insertBefore: true, removePassage: true }));
    await target.reload();
    await target.bringToFront();
    const orphaned = panel.getByTestId('annotations-orphaned');
    await expect.poll(() => orphaned.textContent(), { timeout: 10_000 }).toContain(QUOTE);
    expect(await highlightCount(target)).toBe(0);
    expect(await panel.getByTestId('annotations-here').locator('li').count()).toBe(0);
  });

  it('edits the note, makes it private and shares it again, and exports and imports JSON-LD without losing anything', async () => {
    const item = panel.locator('[data-testid="annotations-orphaned"] [data-annotation]');
    await item.getByLabel('Notitie').fill('Leesplezier, elke week een uur');
    await item.getByRole('button', { name: /^Privé maken/ }).click();
    await expect.poll(() => item.textContent()).toContain('privé');
    await tab('Afspraken');
    await part('Belangen');
    // The interest keeps its text (the quote) but no longer points at a private page annotation.
    expect(await panel.getByLabel(/^Organisatiebelangen 1 van/).inputValue()).toBe(QUOTE);
    const planSource = () => panel.locator('p.hint', { hasText: 'Bron:' }).filter({ has: panel.locator(`a[href="${origin}/plan"]`) }).count();
    await expect.poll(planSource).toBe(0);
    await tab('Annotaties');
    await item.getByRole('button', { name: new RegExp(`^${t('nl', 'ui.annotations.share')}`) }).click();
    await expect.poll(() => item.textContent()).toContain('gedeeld');
    await tab('Afspraken');
    await part('Belangen');
    await expect.poll(planSource).toBe(1);
    await tab('Annotaties');

    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Annotaties exporteren' }).click()]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { type: string; items: Record<string, unknown>[] };
    expect(exported.type).toBe('AnnotationPage');
    expect(exported.items).toHaveLength(2);
    const one = exported.items.find((x) => (x.target as { source: string }).source === origin + '/plan')!;
    expect(one).toMatchObject({ type: 'Annotation', target: { source: origin + '/plan' }, 'samenspel:visibility': 'shared' });
    expect(JSON.stringify(one)).toContain('Leesplezier, elke week een uur');
    const changed = { ...one, body: [{ type: 'TextualBody', purpose: 'commenting', value: 'Andere notitie', format: 'text/plain' }] };
    const broken = { ...one, id: 'urn:samenspel:annotation:kapot', target: { source: 'javascript:alert(1)', selector: [] } };
    await panel.getByLabel('Annotaties importeren').setInputFiles({
      name: 'import.jsonld',
      mimeType: 'application/ld+json',
      buffer: Buffer.from(JSON.stringify({ type: 'AnnotationPage', items: [one, changed, broken] })),
    });
    const report = panel.getByTestId('import-report');
    await expect.poll(() => report.textContent()).toContain('0 nieuw, 1 als kopie bewaard (andere inhoud met dezelfde id), 1 waren er al, 1 problemen');
    expect(await report.textContent()).toContain(t('nl', 'ui.annotations.importItem', { n: 3, message: '' }).trim());
    const ids = () => panel.locator('[data-annotation]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-annotation')))]);
    await expect.poll(async () => (await ids()).length).toBe(3);
    expect(await panel.locator('[data-annotation]').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(QUOTE)]));
    // The different one is kept as a copy, with its own note.
    await expect.poll(() => panel.locator('textarea').evaluateAll((els) => els.some((e) => (e as HTMLTextAreaElement).value === 'Andere notitie'))).toBe(true);
  });

  it('re-anchors when the page adds the passage after it loaded (mutation observer), without a reload', async () => {
    routes.set('/plan', pageHtml({ insertBefore: true, removePassage: true }));
    await target.reload();
    await target.bringToFront();
    const orphaned = panel.getByTestId('annotations-orphaned');
    await expect.poll(() => orphaned.textContent(), { timeout: 10_000 }).toContain(QUOTE);
    expect(await highlightCount(target)).toBe(0);
    // Both annotations of this page quote that passage (the original and the copy the import
    // kept): all orphaned now, once the sliced anchoring has gone through both.
    const onPage = 2;
    await expect.poll(() => orphaned.locator('li').count(), { timeout: 10_000 }).toBe(onPage);
    // The page's own script adds the passage later (as pages that load content do).
    await target.evaluate((quote) => {
      const p = document.createElement('p');
      p.id = 'p2';
      p.textContent = quote;
      document.getElementById('p3')!.before(p, '\n');
    }, QUOTE);
    await expect.poll(() => highlighted(target), { timeout: 10_000 }).toEqual(Array<string>(onPage).fill(QUOTE));
    await expect.poll(() => panel.getByTestId('annotations-here').locator('li').count()).toBe(onPage);
    expect(await panel.getByTestId('annotations-orphaned').count()).toBe(0);
  });

  it('gives a hostile page nothing: fake messages create nothing, partner names and private notes stay out of its DOM', async () => {
    await visit('/hostile');
    await activate();
    await selectParagraph(target, '#p2');
    await fillToolbar(target, SECRET, { private: true });
    const here = panel.getByTestId('annotations-here');
    await expect.poll(() => here.locator('li').count(), { timeout: 10_000 }).toBe(1);
    expect(await here.textContent()).toContain('privé');
    // Let the page's fake messages and events run for a while longer.
    await target.waitForTimeout(1500);
    const seen = await target.evaluate(() => {
      const w = window as unknown as { __seen: string[]; __fakes: number; __shadow: unknown };
      const captured = (window as unknown as { __captured?: unknown }).__captured;
      return { seen: w.__seen.join('\n'), html: document.documentElement.outerHTML, fakes: w.__fakes, shadow: w.__shadow, captured: captured !== undefined };
    });
    expect(seen.fakes).toBeGreaterThan(5);
    expect(seen.shadow).toBeNull();
    // Patching attachShadow in the page's world does not reach the content script's world.
    expect(seen.captured).toBe(false);
    for (const secret of [PARTNER, SECRET, 'Leesplezier in groep 5']) {
      expect(seen.seen).not.toContain(secret);
      expect(seen.html).not.toContain(secret);
    }
    // Only the real annotations exist: the fake draft's note is nowhere.
    await tab('Afspraken');
    await tab('Annotaties');
    const all = await panel.locator('[data-annotation]').allTextContents();
    expect(all.join('\n')).not.toContain('NEP');
    expect(new Set(await panel.locator('[data-annotation]').evaluateAll((els) => els.map((e) => e.getAttribute('data-annotation')))).size).toBe(4);
    expect(dialogs).toEqual([]);
  });
});
