// Revocation in happy-dom: a removed link stays removed on this device (also against stale
// copies), a fatal sync error makes the form read-only with a notice and this device's copy
// to copy or download, and Delen confirms revoke/renew inline, checks links with the server,
// never offers a dead one and shows visible copy feedback.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createDraft, updateSection } from '../../../core/agreement/index.js';
import { translator } from '../../../core/i18n/index.js';
import type { SyncStatus } from '../../../core/sync/index.js';
import { UiContext } from '../../../core/ui/context.js';
import { DraftView } from '../../../core/ui/DraftView.js';
import type { Host, HostOutcome } from '../../../core/ui/host.js';
import type { DraftSession } from '../../../core/ui/session.js';
import { listRecent, memoryStore, rememberDraft, withToken, type RecentDraft, type Role } from '../../../core/ui/storage.js';
import { fakeSession as fake } from '../../support/fake-session.js';

const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 40)));
const SERVER = 'http://127.0.0.1:8787';
const TOKENS: Record<Role, string> = { owner: 'owner-token-0001', editor: 'editor-token-0001', viewer: 'viewer-token-0001' };

function draftOf(role: Role, tokens: RecentDraft['tokens']): RecentDraft {
  return { id: 'draft12345', title: 'Testconcept', serverUrl: SERVER, role, tokens, openedAt: '2026-01-01' };
}

describe('recent drafts remember revocations', () => {
  it('keeps a removed or renewed token out, even when a stale copy of the draft passes it again', async () => {
    const store = memoryStore();
    const first = await rememberDraft(store, draftOf('owner', { ...TOKENS }));
    await rememberDraft(store, withToken(first, 'editor', null));
    // The open session's draft still lists the old editor token (e.g. when the title changes).
    await rememberDraft(store, { ...first, title: 'Nieuwe titel' });
    let [stored] = await listRecent(store);
    expect(stored!.tokens).toEqual({ owner: TOKENS.owner, viewer: TOKENS.viewer });
    expect(stored!.title).toBe('Nieuwe titel');

    await rememberDraft(store, withToken(stored!, 'viewer', 'viewer-token-0002'));
    await rememberDraft(store, first);
    [stored] = await listRecent(store);
    expect(stored!.tokens).toEqual({ owner: TOKENS.owner, viewer: 'viewer-token-0002' });
    expect(stored!.revoked).toEqual([TOKENS.editor, TOKENS.viewer]);
    // Joining with a new editor link later works.
    await rememberDraft(store, draftOf('editor', { editor: 'editor-token-0002' }));
    [stored] = await listRecent(store);
    expect(stored).toMatchObject({ role: 'owner', tokens: { owner: TOKENS.owner, editor: 'editor-token-0002', viewer: 'viewer-token-0002' } });
  });

  it('drops a stored draft whose revoked list is not a list of strings', async () => {
    const store = memoryStore();
    await store.set('recent-drafts', [{ ...draftOf('editor', { editor: 'e' }), revoked: [1] }, draftOf('viewer', { viewer: 'v' })]);
    expect((await listRecent(store)).map((d) => d.role)).toEqual(['viewer']);
  });
});

function fakeSession(doc: Y.Doc, draft: RecentDraft) {
  const { session, setStatus: set } = fake(doc, draft);
  const setStatus = async (next: SyncStatus) => {
    await act(() => set(next));
    await flush();
  };
  return { session, setStatus };
}

let root: HTMLElement;
let doc: Y.Doc;
let copyResult: HostOutcome;
const copies: string[] = [];
const downloads: { name: string; text: string }[] = [];
const host: Host = {
  copy: async (c) => (copies.push(c.text), copyResult),
  openLink: () => undefined,
  download: async (f) => (downloads.push({ name: f.name, text: new TextDecoder().decode(f.bytes) }), { ok: true, message: `${f.name} is gedownload.` }),
};
/** What the fake server knows: token → role; requests are logged. */
let server: Map<string, Role>;
const requests: string[] = [];

async function mount(session: DraftSession, onTokens: (d: RecentDraft) => void = () => undefined) {
  await act(() => {
    render(
      <UiContext.Provider value={{ host, lang: 'nl', t: translator('nl') }}>
        <DraftView session={session} onClose={() => undefined} onTitle={() => undefined} onTokens={onTokens} langSwitch={null} me={{ name: 'Anna', organisation: 'Bibliotheek' }} onMe={() => undefined} />
      </UiContext.Provider>,
      root,
    );
  });
  await flush();
}
const button = (name: string | RegExp) => {
  const found = [...root.querySelectorAll('button')].find((b) => (typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? '')));
  if (!found) throw new Error(`no button ${String(name)}`);
  return found;
};
const click = async (name: string | RegExp) => {
  await act(() => button(name).click());
  await flush();
};
const notice = () => root.querySelector('[data-testid=read-only-notice]');

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  doc = new Y.Doc();
  createDraft(doc, { title: 'Leesbevordering' });
  copyResult = { ok: true };
  copies.length = 0;
  downloads.length = 0;
  requests.length = 0;
  server = new Map([
    [TOKENS.owner, 'owner'],
    [TOKENS.viewer, 'viewer'],
  ]);
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const token = String((init.headers as Record<string, string>)?.authorization ?? '').replace('Bearer ', '');
    requests.push(`${init.method ?? 'GET'} ${url.replace(SERVER, '')}`);
    const role = server.get(token);
    if (!role) return new Response(JSON.stringify({ error: 'unauthorized' }), { status: 401 });
    const link = /\/links\/(\w+)$/.exec(url);
    if (link && init.method === 'DELETE') {
      for (const [k, v] of server) if (v === link[1]) server.delete(k);
      return new Response(JSON.stringify({ revoked: true }));
    }
    if (link && init.method === 'POST') {
      const fresh = `${link[1]}-token-renewed`;
      for (const [k, v] of server) if (v === link[1]) server.delete(k);
      server.set(fresh, link[1] as Role);
      return new Response(JSON.stringify({ token: fresh, link: '' }));
    }
    return new Response(JSON.stringify({ id: 'draft12345', role }));
  });
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

describe('when writing can no longer reach the server', () => {
  it('makes the form read-only at once, says why, and offers this device’s copy', async () => {
    const { session, setStatus } = fakeSession(doc, draftOf('editor', { editor: TOKENS.editor }));
    await mount(session);
    expect(notice()).toBeNull();
    updateSection(doc, 'ambition', { statement: 'Alleen hier getypt' });
    root.querySelector<HTMLInputElement>('fieldset.bare input')!.focus();
    await setStatus({ kind: 'error', code: 'unauthorized', unsaved: 2, readOnly: false });

    for (const f of root.querySelectorAll('fieldset.bare')) expect((f as HTMLFieldSetElement).disabled).toBe(true);
    expect(root.textContent).toContain('Alleen lezen');
    const box = notice()!;
    expect(box.querySelector('[role=alert]')!.textContent).toContain('Je link werkt niet meer: de eigenaar heeft hem ingetrokken of vernieuwd. Vraag om een nieuwe link.');
    expect(box.textContent).toContain('Niet alles wat je schreef heeft de server bereikt.');
    expect(document.activeElement).toBe(box.querySelector('h2'));

    await click('Mijn versie kopiëren');
    expect(copies.at(-1)).toContain('Alleen hier getypt');
    expect(box.querySelector('[data-testid=copy-feedback]')!.textContent).toContain('Gekopieerd');

    await click('Mijn versie downloaden (.md)');
    expect(downloads.at(-1)!.name).toBe('leesbevordering-mijn-versie.md');
    expect(downloads.at(-1)!.text).toContain('Alleen hier getypt');

    copyResult = { ok: false, message: 'nee' };
    await click('Mijn versie kopiëren');
    expect(box.querySelector('[data-testid=copy-feedback]')!.textContent).toBe('Kopiëren lukte niet. Download je versie dan als bestand.');
  });

  it('names a deleted draft and says that what is only here goes once it is wiped (read-only.test.tsx: the wiping)', async () => {
    const { session, setStatus } = fakeSession(doc, draftOf('editor', { editor: TOKENS.editor }));
    await mount(session);
    await setStatus({ kind: 'error', code: 'draft-deleted', unsaved: 1, readOnly: false });
    expect(notice()!.textContent).toContain('Dit concept is van de server verwijderd.');
    expect(notice()!.textContent).toContain('verdwijnt zodra je het concept van dit apparaat wist');
    expect(notice()!.textContent).not.toContain('nieuwe link');
  });

  it('does not speak of writing to a viewer', async () => {
    const { session, setStatus } = fakeSession(doc, draftOf('viewer', { viewer: TOKENS.viewer }));
    await mount(session);
    await setStatus({ kind: 'error', code: 'unauthorized', unsaved: 1, readOnly: true });
    expect(notice()!.querySelector('h2')!.textContent).toBe('Je versie wordt niet meer bijgewerkt');
    expect(notice()!.textContent).not.toContain('wat je schreef');
    expect(button('Mijn versie downloaden (.md)')).toBeTruthy();
  });
});

describe('Delen', () => {
  it('checks the links, drops one the server no longer knows, and confirms revoking inline', async () => {
    const saved: RecentDraft[] = [];
    const { session } = fakeSession(doc, draftOf('owner', { ...TOKENS }));
    await mount(session, (d) => saved.push(d));
    await click('Delen');
    // The editor link was revoked on another device: not offered, and forgotten here.
    expect(root.querySelector('input[data-role=editor]')).toBeNull();
    expect(root.textContent).toContain('De link die dit apparaat kende, werkt niet meer');
    expect(saved.at(-1)!.tokens).toEqual({ owner: TOKENS.owner, viewer: TOKENS.viewer });
    expect(saved.at(-1)!.revoked).toEqual([TOKENS.editor]);

    await click('Link kopiëren (lezer)');
    expect(copies.at(-1)).toContain(`#token=${TOKENS.viewer}`);
    expect(root.querySelector('[data-card=viewer] [data-testid=copy-feedback]')!.textContent).toContain('Gekopieerd');

    // Asks first; Escape goes back to the trigger, nothing revoked.
    await click('Intrekken (lezer)');
    const group = root.querySelector('[data-card=viewer] [role=group]')!;
    expect(group.textContent).toContain('Weet je het zeker? De link voor lezer werkt dan direct niet meer');
    expect(document.activeElement).toBe(button('Ja, intrekken (lezer)'));
    await act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await flush();
    expect(root.querySelector('[data-card=viewer] [role=group]')).toBeNull();
    expect(document.activeElement).toBe(button('Intrekken (lezer)'));
    expect(requests.filter((r) => r.startsWith('DELETE'))).toEqual([]);

    await click('Intrekken (lezer)');
    await click('Ja, intrekken (lezer)');
    expect(requests.filter((r) => r.startsWith('DELETE'))).toEqual(['DELETE /api/drafts/draft12345/links/viewer']);
    expect(root.querySelector('input[data-role=viewer]')).toBeNull();
    expect(root.querySelector('[data-card=viewer]')!.textContent).toContain('De link voor lezer is ingetrokken.');
    expect(document.activeElement).toBe(button('Link maken (lezer)'));
    expect(saved.at(-1)!.tokens).toEqual({ owner: TOKENS.owner });

    // Switching tabs and back does not bring a revoked link back.
    await click('Afspraken');
    await click('Delen');
    expect(root.querySelector('input[data-role=viewer]')).toBeNull();
    expect(root.querySelector('input[data-role=editor]')).toBeNull();
  });

  it('confirms renewing; Annuleren returns focus, the new link replaces the old', async () => {
    const saved: RecentDraft[] = [];
    const { session } = fakeSession(doc, draftOf('owner', { ...TOKENS }));
    server.set(TOKENS.editor, 'editor');
    await mount(session, (d) => saved.push(d));
    await click('Delen');
    await click('Nieuwe link maken (lezer)');
    await click('Annuleren');
    expect(document.activeElement).toBe(button('Nieuwe link maken (lezer)'));
    await click('Nieuwe link maken (lezer)');
    await click('Ja, vernieuwen (lezer)');
    expect(root.querySelector<HTMLInputElement>('input[data-role=viewer]')!.value).toContain('#token=viewer-token-renewed');
    expect(document.activeElement).toBe(button('Nieuwe link maken (lezer)'));
    expect(saved.at(-1)).toMatchObject({ tokens: { viewer: 'viewer-token-renewed' }, revoked: [TOKENS.viewer] });
  });

  it('after renewing its own link, the owner is told to reopen, not that someone revoked it', async () => {
    const { session, setStatus } = fakeSession(doc, draftOf('owner', { ...TOKENS }));
    server.set(TOKENS.editor, 'editor');
    await mount(session);
    await click('Delen');
    await click('Nieuwe link maken (eigenaar)');
    expect(root.querySelector('[data-card=owner] [role=group]')!.textContent).toContain('open het concept daarna opnieuw');
    await click('Ja, vernieuwen (eigenaar)');
    // The server closes this session's socket: its token is the old one.
    await setStatus({ kind: 'error', code: 'unauthorized', unsaved: 0, readOnly: false });
    expect(notice()!.textContent).toContain('Je hebt je eigen link vernieuwd');
    expect(notice()!.textContent).not.toContain('de eigenaar heeft hem ingetrokken');
    expect(root.querySelector<HTMLInputElement>('input[data-role=owner]')!.value).toContain('#token=owner-token-renewed');
    expect(root.querySelector('input[data-role=editor]')).not.toBeNull();
  });

  it('says when it could not check a link, and still offers it', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const { session } = fakeSession(doc, draftOf('owner', { ...TOKENS }));
    await mount(session);
    await click('Delen');
    expect(root.querySelector('[data-card=editor]')!.textContent).toContain('Niet gecontroleerd: de server is nu niet bereikbaar');
    expect(button('Link kopiëren (bewerker)').disabled).toBe(false);
  });

  it('tells a partner whose link was revoked, instead of offering it', async () => {
    const { session, setStatus } = fakeSession(doc, draftOf('editor', { editor: TOKENS.editor }));
    server.set(TOKENS.editor, 'editor');
    await mount(session);
    await click('Delen');
    expect(root.querySelector('input[data-role=editor]')).not.toBeNull();
    await setStatus({ kind: 'error', code: 'unauthorized', unsaved: 0, readOnly: false });
    expect(root.querySelector('[data-testid=own-link-gone]')!.textContent).toContain('Je link werkt niet meer');
    expect(root.querySelector('input[data-role=editor]')).toBeNull();
    expect([...root.querySelectorAll('button')].some((b) => b.textContent?.startsWith('Link kopiëren'))).toBe(false);
  });
});
