// Failures told rightly, in Debian's Chromium against the real server on loopback (run in this
// process, so the test can fill its disk and change a live draft the way a newer Samenspel
// would): a draft with a newer schemaVersion turns the page read-only visibly, with the
// catalogue's notice and no "Alles is opgeslagen" — also live, while it is open, and back
// again when the version is set back; a full disk says so (not "Offline"), keeps the edits and
// retries a handful of times in ten seconds, not every half second; an altered update row
// (the server's checksums) makes the page read-only with the damaged-draft warning.
import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import * as Y from 'yjs';
import { readAgreement } from '../../core/agreement/index.js';
import { t } from '../../core/i18n/index.js';
import { startServer, type RunningServer } from '../../server/app.js';
import { configFromEnv } from '../../server/config.js';
import { coreIntegrations } from '../../server/integrations.js';
import { buildDoc } from '../../server/load.js';
import { openSqliteStore } from '../../server/storage/sqlite.js';
import type { DraftStore } from '../../server/storage/types.js';
import { createDraft, type CreatedDraft } from '../support/server.js';
import { connectClient, waitForStatus } from '../support/server-clients.js';
import { forbidDialogs, launchBrowser, SAVED_TEXT, syncStatus, WEB_DIR } from './browser.js';
import { field, showAmbition, waitSaved } from './typing.js';

let browser: Browser;
const contexts: BrowserContext[] = [];
const servers: RunningServer[] = [];
const dirs: string[] = [];
const dialogs: string[] = [];
let diskFull = false;

/** The real server in this process on a data dir of its own; its store's disk fills up while `diskFull`. */
async function serve(dir?: string): Promise<{ server: RunningServer; store: DraftStore; dir: string }> {
  const dataDir = dir ?? (await mkdtemp(join(tmpdir(), 'samenspel-e2e-failures-')));
  if (!dir) dirs.push(dataDir);
  const inner = openSqliteStore(join(dataDir, 'samenspel.sqlite'));
  const store: DraftStore = {
    ...inner,
    async append(id, update) {
      if (diskFull) throw Object.assign(new Error('database or disk is full'), { name: 'SqliteError', code: 'SQLITE_FULL' });
      return inner.append(id, update);
    },
  };
  const config = { ...configFromEnv({}), port: 0, dataDir, webDir: WEB_DIR, compactIntervalMs: 0, quiet: true };
  const server = await startServer(config, { ...coreIntegrations, store, log: () => undefined });
  servers.push(server);
  return { server, store, dir: dataDir };
}

async function pageFor(link: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  contexts.push(context);
  await context.addInitScript(() => {
    if (!localStorage.getItem('samenspel:settings')) localStorage.setItem('samenspel:settings', JSON.stringify({ name: 'Bea (school)', organisation: '', lang: 'nl' }));
  });
  const page = await context.newPage();
  forbidDialogs(page, dialogs);
  await page.goto(link);
  await syncStatus(page).waitFor();
  return page;
}

/** Writes into the draft as stored, before anyone opens it (the server's guard is not asked). */
async function writeStored(store: DraftStore, id: string, change: (doc: Y.Doc) => void): Promise<void> {
  const { doc } = buildDoc((await store.fetch(id))!, () => undefined);
  const before = Y.encodeStateVector(doc);
  change(doc);
  await store.append(id, Y.encodeStateAsUpdate(doc, before));
}

/** Changes the live draft on the server, as an accepted update from a newer Samenspel reaches every client. */
function writeLive(server: RunningServer, id: string, change: (doc: Y.Doc) => void): void {
  const live = server.hocuspocus.documents.get(id);
  if (!live) throw new Error(`draft ${id} is not loaded on the server`);
  live.transact(() => change(live));
}

const notice = (page: Page) => page.getByTestId('read-only-notice');
const statusTexts = (page: Page) => page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
/** Records every text the status line shows from now on. */
async function recordStatuses(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __statuses: string[] };
    w.__statuses = [];
    const el = document.querySelector('[data-testid=sync-status]')!;
    new MutationObserver(() => w.__statuses.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  for (const s of servers) await s.close().catch(() => undefined);
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('a newer schema', () => {
  let running: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    running = await serve();
  });

  it('a stored draft with schemaVersion 2 opens read-only, says why, offers reload and copy', async () => {
    const d = await createDraft(running.server.url, { title: 'Toekomstplan' });
    await writeStored(running.store, d.id, (doc) => doc.getMap('meta').set('schemaVersion', 2));
    const page = await pageFor(d.links.editor);
    await expect.poll(() => notice(page).isVisible()).toBe(true);
    expect(await notice(page).locator('[role=alert]').textContent()).toContain(t('nl', 'ui.lost.newerSchema'));
    expect(await syncStatus(page).textContent()).toBe(t('nl', 'ui.sync.code.newer-schema'));
    expect(await syncStatus(page).textContent()).not.toBe(SAVED_TEXT);
    expect(await page.getByText(t('nl', 'ui.readOnly'), { exact: true }).isVisible()).toBe(true);
    expect(await notice(page).getByRole('button', { name: t('nl', 'ui.lost.reload') }).isVisible()).toBe(true);
    expect(await notice(page).getByRole('button', { name: t('nl', 'ui.lost.copy') }).isVisible()).toBe(true);
    await showAmbition(page);
    expect(await field(page, 'statement').isDisabled()).toBe(true);
    // Reloading does not make it writable: the draft still says version 2.
    await notice(page).getByRole('button', { name: t('nl', 'ui.lost.reload') }).click();
    await expect.poll(() => notice(page).isVisible()).toBe(true);
    expect(dialogs).toEqual([]);
  });

  it('turns an open page read-only when the version changes while it is open, and back when it is set back', async () => {
    const d = await createDraft(running.server.url, { title: 'Leesplan' });
    const page = await pageFor(d.links.editor);
    await waitSaved(page);
    await showAmbition(page);
    await field(page, 'statement').fill('Samen lezen.');
    await waitSaved(page);

    writeLive(running.server, d.id, (doc) => doc.getMap('meta').set('schemaVersion', 2));
    // That it happens, not how fast (a test has no clock to trust on a loaded machine; that is a bench's job).
    await expect.poll(() => field(page, 'statement').isDisabled()).toBe(true);
    await expect.poll(() => notice(page).isVisible()).toBe(true);
    expect(await notice(page).locator('[role=alert]').textContent()).toContain(t('nl', 'ui.lost.newerSchema'));
    expect(await syncStatus(page).textContent()).toBe(t('nl', 'ui.sync.code.newer-schema'));

    writeLive(running.server, d.id, (doc) => doc.getMap('meta').set('schemaVersion', 1));
    await expect.poll(() => field(page, 'statement').isDisabled()).toBe(false);
    expect(await notice(page).count()).toBe(0);
    await field(page, 'statement').press('End');
    await field(page, 'statement').pressSequentially(' Weer verder.');
    await waitSaved(page);
    const check = await connectClient(running.server.url.replace('http', 'ws') + '/sync', d.id, d.tokens.viewer);
    await waitForStatus(check, (x) => x.kind === 'saved');
    expect(readAgreement(check.doc).agreement.ambition.statement).toBe('Samen lezen. Weer verder.');
    await check.destroy();
  });
});

describe('a full disk on the server', () => {
  it('says storage full, not offline; keeps the edits; retries a handful of times in ten seconds; saves once there is room', async () => {
    const { server } = await serve();
    const d: CreatedDraft = await createDraft(server.url, { title: 'Volle schijf' });
    const page = await pageFor(d.links.editor);
    await waitSaved(page);
    await showAmbition(page);
    /** When each new connection was made (the one open now is not among them). */
    const attempts: number[] = [];
    page.on('websocket', () => void attempts.push(Date.now()));
    await recordStatuses(page);

    diskFull = true;
    await field(page, 'statement').fill('Geschreven terwijl de schijf vol is.');
    await expect.poll(() => syncStatus(page).textContent()).toBe(t('nl', 'ui.sync.code.storage-full'));
    expect(await syncStatus(page).getAttribute('class')).toContain('sync-retrying');
    // Edits stay possible and stay here.
    expect(await field(page, 'statement').isDisabled()).toBe(false);
    await field(page, 'statement').press('End');
    await field(page, 'statement').pressSequentially(' En nog meer.');
    // The ten seconds start at the first reconnect after the refusal, not whenever this line is
    // reached: on a loaded machine that can be a backoff step or two later, which left too few.
    await expect.poll(() => attempts.length).toBeGreaterThan(0);
    const first = attempts[0]!;
    await page.waitForTimeout(Math.max(0, first + 10_000 - Date.now()));
    const inTenSeconds = attempts.filter((at) => at > first && at <= first + 10_000).length;
    // Then 0.5 s doubling with ±50 % jitter: two to four more; a fixed reconnect delay would be twenty.
    expect(inTenSeconds).toBeGreaterThanOrEqual(2);
    expect(inTenSeconds).toBeLessThanOrEqual(8);
    const offline = [t('nl', 'ui.sync.offline'), t('nl', 'ui.sync.offlineUnsaved.one'), t('nl', 'ui.sync.offlineUnsaved.many', { n: 1 })];
    expect((await statusTexts(page)).filter((s) => offline.includes(s) || s === SAVED_TEXT)).toEqual([]);
    expect(await syncStatus(page).textContent()).toBe(t('nl', 'ui.sync.code.storage-full'));

    diskFull = false;
    await waitSaved(page, 60_000);
    const check = await connectClient(server.url.replace('http', 'ws') + '/sync', d.id, d.tokens.viewer);
    await waitForStatus(check, (x) => x.kind === 'saved');
    expect(readAgreement(check.doc).agreement.ambition.statement).toBe('Geschreven terwijl de schijf vol is. En nog meer.');
    await check.destroy();
    console.log(`[failures] connection attempts in 10 s of a full disk: ${inTenSeconds}`);
  });
});

describe('a damaged draft', () => {
  it('an altered update row: the page is read-only with the damaged-draft warning', async () => {
    const first = await serve();
    const d = await createDraft(first.server.url, { title: 'Beschadigd' });
    const wsUrl = first.server.url.replace('http', 'ws') + '/sync';
    const writer = await connectClient(wsUrl, d.id, d.tokens.editor);
    await waitForStatus(writer, (x) => x.kind === 'saved');
    writer.doc.getText('notes').insert(0, 'Bibliotheek-ORIGINEEL-leest voor');
    await writer.whenSaved();
    writer.doc.getText('notes').insert(writer.doc.getText('notes').length, ' op woensdag');
    await writer.whenSaved();
    await writer.destroy();
    await first.server.close();

    // One letter of a stored update changed, its checksum left as it was.
    const db = new Database(join(first.dir, 'samenspel.sqlite'));
    const rows = db.prepare('SELECT seq, data FROM updates WHERE draft_id = ? ORDER BY seq').all(d.id) as { seq: number; data: Buffer }[];
    const target = rows.find((r) => r.data.includes('ORIGINEEL'))!;
    const altered = Buffer.from(target.data);
    altered.write('VERVALST!', target.data.indexOf('ORIGINEEL'), 'utf8');
    db.prepare('UPDATE updates SET data = ? WHERE seq = ?').run(altered, target.seq);
    db.close();

    const again = await serve(first.dir);
    const page = await pageFor(d.links.editor.replace(first.server.url, again.server.url));
    await expect.poll(() => notice(page).isVisible()).toBe(true);
    expect(await notice(page).locator('[role=alert]').textContent()).toContain(t('nl', 'ui.lost.damaged'));
    expect(await syncStatus(page).textContent()).toBe(t('nl', 'ui.sync.code.draft-damaged'));
    await showAmbition(page);
    expect(await field(page, 'statement').isDisabled()).toBe(true);
    expect(dialogs).toEqual([]);
  });
});
