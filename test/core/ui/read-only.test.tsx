// A client that must not write, in happy-dom: a newer schema or a damaged draft turns the form
// read-only with a visible notice (reload, copy) and lifts again; a full disk keeps the form
// editable and says so; a draft deleted on the server is wiped from this device at once —
// unless unsaved changes or personal interests are only here, then the copy is offered first;
// the owner deleting it in Delen is not asked.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addItem, addPrivate, createDraft, privateDocName, readAgreement } from '../../../core/agreement/index.js';
import { t } from '../../../core/i18n/index.js';
import { localDatabaseName, type SyncStatus } from '../../../core/sync/index.js';
import type { Host } from '../../../core/ui/host.js';
import type { LocalDatabases, SessionOpener } from '../../../core/ui/session.js';
import { listRecent, memoryStore, rememberDraft, type KeyValueStore, type RecentDraft } from '../../../core/ui/storage.js';
import { Workspace } from '../../../core/ui/Workspace.js';
import { fakeSession } from '../../support/fake-session.js';

const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 40)));
const SERVER = 'http://127.0.0.1:8787';
const ID = 'leesplan001';

const copies: string[] = [];
const host: Host = { copy: async (c) => (copies.push(c.text), { ok: true }), openLink: () => undefined, download: async () => ({ ok: true }) };
let root: HTMLElement;
let store: KeyValueStore;
let cleared: string[];
let doc: Y.Doc;
let privateDoc: Y.Doc;
let setStatus: (s: SyncStatus) => void;
const requests: string[] = [];

const opener: SessionOpener = async (draft) => {
  const fake = fakeSession(doc, draft);
  setStatus = fake.setStatus;
  return { ...fake.session, privateDoc };
};
const databases = async (): Promise<LocalDatabases> => ({
  persistence: () => {
    throw new Error('the fake session keeps its docs in memory');
  },
  clear: async (name) => void cleared.push(name),
});

const buttons = (name: string) => [...root.querySelectorAll('button')].filter((b) => b.textContent === name);
const click = async (name: string) => {
  const [found] = buttons(name);
  if (!found) throw new Error(`no button "${name}"`);
  await act(() => found.click());
  await flush();
};
const status = async (s: SyncStatus) => {
  await act(() => setStatus(s));
  await flush();
};
const notice = () => root.querySelector('[data-testid=read-only-notice]');
const header = () => root.querySelector('[data-testid=sync-status]')?.textContent;
const fieldsDisabled = () => [...root.querySelectorAll('fieldset.bare')].map((f) => (f as HTMLFieldSetElement).disabled);

async function openDraft(role: RecentDraft['role']) {
  await rememberDraft(store, { id: ID, title: 'Leesplan', serverUrl: SERVER, role, tokens: { [role]: `${role}-token-0001` }, openedAt: '2026-02-01' });
  await act(() => {
    render(<Workspace host={host} store={store} defaultServerUrl={SERVER} openSession={opener} databases={databases} />, root);
  });
  await flush();
  await click('Leesplan');
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  store = memoryStore();
  cleared = [];
  copies.length = 0;
  requests.length = 0;
  doc = new Y.Doc();
  createDraft(doc, { title: 'Leesplan' });
  privateDoc = new Y.Doc();
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    requests.push(`${init.method ?? 'GET'} ${url.replace(SERVER, '')}`);
    if (init.method === 'DELETE') return new Response(JSON.stringify({ id: ID, deleted: true }), { status: 200 });
    return new Response(JSON.stringify({ role: 'owner' }), { status: 200 });
  });
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

describe('a reason not to write', () => {
  it('a newer schema: read-only, the notice says why and offers reload and copy; it lifts again', async () => {
    await openDraft('editor');
    expect(fieldsDisabled()).not.toContain(true);
    await status({ kind: 'error', code: 'newer-schema', unsaved: 0, readOnly: false });
    expect(header()).toBe(t('nl', 'ui.sync.code.newer-schema'));
    expect(header()).not.toBe(t('nl', 'ui.sync.saved'));
    expect(fieldsDisabled().every(Boolean)).toBe(true);
    expect(notice()?.textContent).toContain(t('nl', 'ui.lost.titlePaused'));
    expect(notice()?.textContent).toContain(t('nl', 'ui.lost.newerSchema'));
    expect(buttons('Herlaad de pagina')).toHaveLength(1);
    await click('Mijn versie kopiëren');
    expect(copies[0]).toContain('Leesplan');
    // Someone set the version back: writing here works again.
    await status({ kind: 'saved', unsaved: 0, readOnly: false });
    expect(notice()).toBeNull();
    expect(fieldsDisabled()).not.toContain(true);
  });

  it('a damaged draft: read-only with its own explanation', async () => {
    await openDraft('editor');
    await status({ kind: 'error', code: 'draft-damaged', unsaved: 0, readOnly: false });
    expect(fieldsDisabled().every(Boolean)).toBe(true);
    expect(notice()?.textContent).toContain(t('nl', 'ui.lost.damaged'));
    expect(header()).toBe(t('nl', 'ui.sync.code.draft-damaged'));
  });

  it('a refused schema change or list limit: read-only, explained, reload offered', async () => {
    await openDraft('editor');
    for (const [code, key] of [
      ['schema-change-refused', 'ui.lost.schemaRefused'],
      ['list-limit', 'ui.lost.listLimit'],
      ['storage-corrupt', 'ui.lost.corrupt'],
    ] as const) {
      await status({ kind: 'error', code, unsaved: 1, readOnly: false });
      expect(notice()?.textContent).toContain(t('nl', key));
      expect(notice()?.textContent).toContain(t('nl', 'ui.lost.unsaved'));
      expect(buttons('Herlaad de pagina')).toHaveLength(1);
    }
  });

  it('a full disk keeps the form editable and says storage full, not offline', async () => {
    await openDraft('editor');
    await status({ kind: 'retrying', code: 'storage-full', unsaved: 2, readOnly: false });
    expect(header()).toBe(t('nl', 'ui.sync.code.storage-full'));
    expect(root.querySelector('[data-testid=sync-status]')?.className).toContain('sync-retrying');
    expect(fieldsDisabled()).not.toContain(true);
    expect(notice()).toBeNull();
  });
});

describe('a draft deleted on the server', () => {
  const wiped = () => [localDatabaseName(ID), privateDocName(ID)];
  const gone = () => root.querySelector('[data-testid=gone-notice]')?.textContent;

  it('with nothing only here: wiped at once — databases, entry and links — and said so', async () => {
    await openDraft('editor');
    await status({ kind: 'error', code: 'draft-deleted', unsaved: 0, readOnly: false });
    expect(cleared).toEqual(wiped());
    expect(await listRecent(store)).toEqual([]);
    expect(await store.get('last-open')).toBeNull();
    expect(gone()).toBe(t('nl', 'ui.gone.erased', { title: 'Leesplan' }));
    expect(root.querySelector('.recent')).toBeNull();
  });

  it('with unsaved changes: offers the copy first and wipes only when asked', async () => {
    await openDraft('editor');
    const partner = addItem(doc, 'partners', { name: 'Basisschool De Regenboog' });
    await status({ kind: 'error', code: 'draft-deleted', unsaved: 1, readOnly: false });
    expect(cleared).toEqual([]);
    expect(notice()?.textContent).toContain(t('nl', 'ui.lost.deleted'));
    expect(notice()?.textContent).toContain(t('nl', 'ui.lost.deletedKeepFirst'));
    await click('Mijn versie kopiëren');
    expect(copies[0]).toContain('Basisschool De Regenboog');
    expect(readAgreement(doc).agreement.partners.map((p) => p.id)).toEqual([partner]);
    await click('Van dit apparaat wissen');
    expect(cleared).toEqual(wiped());
    expect(await listRecent(store)).toEqual([]);
    expect(gone()).toBe(t('nl', 'ui.gone.erased', { title: 'Leesplan' }));
  });

  it('with personal interests on this device: offers them in the copy first', async () => {
    const partner = addItem(doc, 'partners', { name: 'Gemeente Zuiderdorp' });
    addPrivate(privateDoc, 'personalInterests', { partnerId: partner, person: 'de wethouder', text: 'wil graag scoren voor de verkiezingen' });
    await openDraft('editor');
    await status({ kind: 'error', code: 'draft-deleted', unsaved: 0, readOnly: false });
    expect(cleared).toEqual([]);
    await click('Mijn versie kopiëren');
    expect(copies[0]).toContain(t('nl', 'ui.lost.personalTitle'));
    expect(copies[0]).toContain('Gemeente Zuiderdorp — de wethouder — wil graag scoren voor de verkiezingen');
    await click('Van dit apparaat wissen');
    expect(cleared).toEqual(wiped());
  });

  it('deleted by the owner in Delen: confirmed inline, never asked about a copy, wiped, said so', async () => {
    await openDraft('owner');
    await click('Delen');
    addItem(doc, 'partners', { name: 'Niet opgeslagen' });
    await click('Concept voor iedereen verwijderen');
    expect(root.textContent).toContain(t('nl', 'ui.share.deleteQuestion', { title: 'Leesplan' }));
    // The server closes this session's socket while the request is still under way.
    const fetchNow = globalThis.fetch;
    vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
      if (init.method === 'DELETE') setStatus({ kind: 'error', code: 'draft-deleted', unsaved: 1, readOnly: false });
      return fetchNow(url, init);
    });
    await click('Ja, voor iedereen verwijderen');
    await flush();
    expect(requests).toContain(`DELETE /api/drafts/${ID}`);
    expect(cleared).toEqual(wiped());
    expect(await listRecent(store)).toEqual([]);
    expect(gone()).toBe(t('nl', 'ui.gone.deletedHere', { title: 'Leesplan' }));
    expect(buttons('Van dit apparaat wissen')).toHaveLength(0);
  });

  it('a failed delete keeps everything and says so', async () => {
    await openDraft('owner');
    await click('Delen');
    vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) =>
      init.method === 'DELETE' ? new Response('{}', { status: 503 }) : new Response(JSON.stringify({ role: 'owner' }), { status: 200 }),
    );
    await click('Concept voor iedereen verwijderen');
    await click('Ja, voor iedereen verwijderen');
    expect(cleared).toEqual([]);
    expect(await listRecent(store)).toHaveLength(1);
    expect(root.textContent).toContain(t('nl', 'ui.share.deleteFailed'));
  });

  it('viewers and editors are not offered the delete', async () => {
    await openDraft('editor');
    await click('Delen');
    expect(buttons('Concept voor iedereen verwijderen')).toHaveLength(0);
  });
});
