// The server, chosen on first use, in happy-dom: without a default server "Concept maken" asks
// for the address first; a malformed address is refused with a message (no request, no
// permission prompt), an unreachable or foreign server says so and is not kept, a refused
// permission says so; an address whose /healthz answers is kept as the default and the draft
// is created there, the permission asked within the click. Next time nobody asks. A pasted
// link's draft opens on that link's server, leaving the default alone. The settings form
// changes the default (malformed refused, emptied asks again).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createDraft } from '../../../core/agreement/index.js';
import { t } from '../../../core/i18n/index.js';
import { encodeShareLink } from '../../../core/sync/share-link.js';
import type { Host } from '../../../core/ui/host.js';
import type { SessionOpener } from '../../../core/ui/session.js';
import { loadSettings, memoryStore, type KeyValueStore, type RecentDraft, type Settings } from '../../../core/ui/storage.js';
import { Workspace } from '../../../core/ui/Workspace.js';
import { fakeSession } from '../../support/fake-session.js';

const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 40)));
const CHOSEN = 'https://samenspel.bieb.example';
const OTHER = 'https://partner.example:8443/samenspel';
const TOKENS = { owner: 'owner-token-000001', editor: 'editor-token-00001', viewer: 'viewer-token-00001' };

let root: HTMLElement;
let store: KeyValueStore;
/** Everything that happened, in order: permission prompts, requests, sessions opened. */
let events: string[];
let inClick: boolean;
let grant: boolean;
let healthz: 'ok' | 'down' | 'foreign';
let opened: RecentDraft[];

const host: Host = {
  copy: async () => ({ ok: true }),
  openLink: () => undefined,
  download: async () => ({ ok: true }),
  requestServerAccess: (url) => {
    events.push(`access ${url}${inClick ? '' : ' (outside the click)'}`);
    return Promise.resolve(grant);
  },
};
const opener: SessionOpener = async (draft) => {
  opened.push(draft);
  events.push(`open ${draft.serverUrl} ${draft.id}`);
  const doc = new Y.Doc();
  createDraft(doc, { title: draft.title });
  return fakeSession(doc, draft).session;
};

async function mount(props: { defaultServerUrl?: string } = {}) {
  await act(() => {
    render(<Workspace host={host} store={store} openSession={opener} {...props} />, root);
  });
  await flush();
}
const button = (name: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
const click = async (name: string) => {
  const found = button(name);
  await act(() => {
    inClick = true;
    try {
      found.click();
    } finally {
      inClick = false;
    }
  });
  await flush();
};
const field = (label: string) => {
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent === label);
  if (!found) throw new Error(`no label "${label}"`);
  return root.querySelector(`#${CSS.escape(found.htmlFor)}`) as HTMLInputElement;
};
const type = async (label: string, value: string, event: 'input' | 'change' = 'input') => {
  const el = field(label);
  el.value = value;
  await act(() => {
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
  await flush();
};
/** The create form: the kind of plan ("Anders"), then "Concept maken". */
const create = async () => {
  const kind = root.querySelector<HTMLInputElement>('input[name=start-plan-kind][value=other]');
  if (!kind) throw new Error('no kind of plan to choose');
  await act(() => kind.click());
  await click(t('nl', 'ui.start.createButton'));
};
const message = (label: string) => root.querySelector(`#${CSS.escape(field(label).id)}-message`) as HTMLElement;
const question = () => root.querySelector('form.server-question');
const settings = (): Promise<Settings> => loadSettings(store, { serverUrl: '', name: '', organisation: '', lang: 'nl' });
const NO_SERVER = t('nl', 'ui.server.address');

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  store = memoryStore();
  events = [];
  inClick = false;
  grant = true;
  healthz = 'ok';
  opened = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    events.push(`${init.method ?? 'GET'} ${url}`);
    if (url.endsWith('/healthz')) {
      if (healthz === 'down') throw new TypeError('Failed to fetch');
      if (healthz === 'foreign') return new Response('<!doctype html><p>Welkom</p>', { status: 200, headers: { 'content-type': 'text/html' } });
      return new Response(JSON.stringify({ ok: true, storage: 'sqlite', documents: 0 }), { status: 200 });
    }
    if (url.endsWith('/api/drafts') && init.method === 'POST') return new Response(JSON.stringify({ id: 'nieuw00001', tokens: TOKENS, links: {} }), { status: 201 });
    if (url.includes('/api/drafts/')) return new Response(JSON.stringify({ role: 'editor' }), { status: 200 });
    return new Response('{}', { status: 404 });
  });
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

describe('the server, chosen on first use', () => {
  it('asks for the server address first when there is no default, without any request', async () => {
    await mount();
    expect(question()).toBeNull();
    await type('Titel', 'Leesplan');
    await create();
    expect(question()?.textContent).toContain(t('nl', 'ui.server.question'));
    expect(document.activeElement).toBe(field(NO_SERVER));
    expect(events).toEqual([]);
    expect(opened).toEqual([]);
    // Annuleren takes the question away again and keeps nothing.
    await click('Annuleren');
    expect(question()).toBeNull();
    expect((await settings()).serverUrl).toBe('');
  });

  it('refuses a malformed address with a message: no permission prompt, no request, nothing kept', async () => {
    await mount();
    await create();
    for (const bad of ['samenspel.bieb.example', 'ftp://samenspel.bieb.example', 'javascript:alert(1)', 'https://', 'https://anna:geheim@samenspel.bieb.example', '']) {
      await type(NO_SERVER, bad);
      await click('Server opslaan en concept maken');
      expect(message(NO_SERVER).textContent).toBe(t('nl', 'ui.server.malformed'));
      expect(message(NO_SERVER).hidden).toBe(false);
      expect(field(NO_SERVER).getAttribute('aria-invalid')).toBe('true');
      expect(field(NO_SERVER).getAttribute('aria-describedby')).toContain(message(NO_SERVER).id);
    }
    expect(message(NO_SERVER).textContent).toBe('Dit is geen geldig serveradres. Het begint met https:// of http://, zoals https://samenspel.jouwbibliotheek.nl.');
    expect(events).toEqual([]);
    expect((await settings()).serverUrl).toBe('');
  });

  it('says so when the server does not answer, or is no Samenspel server, and keeps neither', async () => {
    await mount();
    await create();
    healthz = 'down';
    await type(NO_SERVER, CHOSEN);
    await click('Server opslaan en concept maken');
    expect(message(NO_SERVER).textContent).toBe('samenspel.bieb.example geeft geen antwoord. Controleer het adres en je verbinding, of vraag je beheerder of de server aanstaat.');
    healthz = 'foreign';
    await click('Server opslaan en concept maken');
    expect(message(NO_SERVER).textContent).toBe(t('nl', 'ui.server.notSamenspel', { host: 'samenspel.bieb.example' }));
    expect(events).toEqual([`access ${CHOSEN}`, `GET ${CHOSEN}/healthz`, `access ${CHOSEN}`, `GET ${CHOSEN}/healthz`]);
    expect(opened).toEqual([]);
    expect((await settings()).serverUrl).toBe('');
    expect(question()).not.toBeNull();
  });

  it('says so when access to the server is refused, and does not check or keep it', async () => {
    await mount();
    await create();
    grant = false;
    await type(NO_SERVER, CHOSEN);
    await click('Server opslaan en concept maken');
    expect(message(NO_SERVER).textContent).toBe(t('nl', 'ui.server.denied', { host: 'samenspel.bieb.example' }));
    expect(events).toEqual([`access ${CHOSEN}`]);
    expect((await settings()).serverUrl).toBe('');
  });

  it('creates the draft on the chosen server, asked within the click, and remembers it as the default', async () => {
    await mount();
    await type('Titel', 'Leesplan');
    await create();
    await type(NO_SERVER, `  ${CHOSEN}/ `);
    await click('Server opslaan en concept maken');
    // The open draft then asks the server who this link's bearer is (a member or a role link).
    expect(events).toEqual([`access ${CHOSEN}`, `GET ${CHOSEN}/healthz`, `POST ${CHOSEN}/api/drafts`, `open ${CHOSEN} nieuw00001`, `GET ${CHOSEN}/api/drafts/nieuw00001`]);
    expect(opened[0]).toMatchObject({ id: 'nieuw00001', title: 'Leesplan', serverUrl: CHOSEN, role: 'owner' });
    expect(root.querySelector('.draft-title')?.textContent).toBe('Leesplan');
    expect((await settings()).serverUrl).toBe(CHOSEN);

    // Next time: straight to creation on the remembered server, no question.
    render(null, root);
    events = [];
    await mount();
    expect(question()).toBeNull();
    await create();
    expect(question()).toBeNull();
    expect(events).toEqual([`POST ${CHOSEN}/api/drafts`, `open ${CHOSEN} nieuw00001`, `GET ${CHOSEN}/api/drafts/nieuw00001`]);
  });

  it('opens a pasted link on that link’s server, asks access to it, and leaves the default alone', async () => {
    await mount();
    const link = encodeShareLink({ base: OTHER, draftId: 'partner0001', token: TOKENS.editor });
    await type('Deellink', link);
    await click('Openen');
    // The session opens while the role is asked (in parallel); who-am-I reuses that one answer.
    expect(events).toEqual([`access ${OTHER}`, `open ${OTHER} partner0001`, `GET ${OTHER}/api/drafts/partner0001`]);
    expect(opened[0]).toMatchObject({ id: 'partner0001', serverUrl: OTHER, role: 'editor', tokens: { editor: TOKENS.editor } });
    expect((await settings()).serverUrl).toBe('');

    // With a default server, a link elsewhere still opens on its own server.
    render(null, root);
    store = memoryStore();
    await store.set('settings', { serverUrl: CHOSEN, name: '', organisation: '', lang: 'nl' });
    events = [];
    opened = [];
    await mount();
    await type('Deellink', link);
    await click('Openen');
    expect(opened[0]?.serverUrl).toBe(OTHER);
    expect(events.filter((e) => e.includes(CHOSEN))).toEqual([]);
    expect((await settings()).serverUrl).toBe(CHOSEN);
  });

  it('a pasted link still opens when access is refused: its API answers with CORS', async () => {
    grant = false;
    await mount();
    await type('Deellink', encodeShareLink({ base: OTHER, draftId: 'partner0001', token: TOKENS.editor }));
    await click('Openen');
    expect(opened[0]?.serverUrl).toBe(OTHER);
  });
});

describe('the default server in the settings', () => {
  it('says none is chosen yet, refuses a malformed address, keeps a good one, and asks again when emptied', async () => {
    await mount();
    const label = t('nl', 'ui.settings.server');
    const hint = () => root.querySelector(`#${CSS.escape(field(label).id)}-hint`)?.textContent;
    expect(field(label).value).toBe('');
    expect(hint()).toBe(t('nl', 'ui.settings.serverUnset'));

    await type(label, 'samenspel punt nl', 'change');
    expect(message(label).textContent).toBe(t('nl', 'ui.server.malformed'));
    expect((await settings()).serverUrl).toBe('');

    await type(label, `${CHOSEN}/`, 'change');
    expect(message(label).hidden).toBe(true);
    expect((await settings()).serverUrl).toBe(CHOSEN);
    expect(hint()).toBe(t('nl', 'ui.settings.serverHint'));
    await create();
    expect(question()).toBeNull();
    expect(events[0]).toBe(`POST ${CHOSEN}/api/drafts`);
    await click('Concept sluiten');

    await type(label, '', 'change');
    expect((await settings()).serverUrl).toBe('');
    await create();
    expect(question()).not.toBeNull();
  });

  it('keeps a fixed server (the web page) and shows no server field', async () => {
    await act(() => {
      render(<Workspace host={host} store={store} openSession={opener} defaultServerUrl={OTHER} fixedServerUrl />, root);
    });
    await flush();
    expect([...root.querySelectorAll('label')].map((l) => l.textContent)).not.toContain(t('nl', 'ui.settings.server'));
    await create();
    expect(question()).toBeNull();
    expect(events[0]).toBe(`POST ${OTHER}/api/drafts`);
  });
});
