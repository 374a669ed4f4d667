// Removing a draft from this device on the start screen: asked inline first (focus on the
// confirming button, Annuleren keeps everything), then the entry, its links and both local
// databases (synced doc and private doc) are gone; a failure keeps the entry and says so.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { privateDocName } from '../../../core/agreement/index.js';
import { localDatabaseName } from '../../../core/sync/index.js';
import type { Host } from '../../../core/ui/host.js';
import type { LocalDatabases } from '../../../core/ui/session.js';
import { listRecent, memoryStore, rememberDraft, type KeyValueStore } from '../../../core/ui/storage.js';
import { Workspace } from '../../../core/ui/Workspace.js';

const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 40)));
const SERVER = 'http://127.0.0.1:8787';
const host: Host = { copy: async () => ({ ok: true }), openLink: () => undefined, download: async () => ({ ok: true }) };

let root: HTMLElement;
let store: KeyValueStore;
let cleared: string[];
let failing: boolean;
const databases = async (): Promise<LocalDatabases> => ({
  persistence: () => {
    throw new Error('no draft is opened in these tests');
  },
  clear: async (name) => {
    if (failing) throw new Error('blocked');
    cleared.push(name);
  },
});

const button = (name: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
const click = async (name: string) => {
  await act(() => button(name).click());
  await flush();
};
const titles = () => [...root.querySelectorAll('.recent .link-button')].map((b) => b.textContent);

beforeEach(async () => {
  root = document.createElement('div');
  document.body.append(root);
  store = memoryStore();
  cleared = [];
  failing = false;
  await rememberDraft(store, { id: 'leesplan001', title: 'Leesplan', serverUrl: SERVER, role: 'owner', tokens: { owner: 'o1', editor: 'e1' }, openedAt: '2026-02-01' });
  await rememberDraft(store, { id: 'taalhuis002', title: 'Taalhuis', serverUrl: SERVER, role: 'editor', tokens: { editor: 'e2' }, openedAt: '2026-01-01' });
  await act(() => {
    render(<Workspace host={host} store={store} defaultServerUrl={SERVER} databases={databases} />, root);
  });
  await flush();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('removing a draft from this device', () => {
  it('asks inline first, and Annuleren keeps everything', async () => {
    expect(titles()).toEqual(['Leesplan', 'Taalhuis']);
    const trigger = button('Verwijderen van dit apparaat (Leesplan)');
    await click('Verwijderen van dit apparaat (Leesplan)');
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    const group = root.querySelector('[role=group]')!;
    expect(group.textContent).toContain('Weet je het zeker? Dan verdwijnen “Leesplan”');
    expect(document.activeElement?.textContent).toBe('Ja, verwijderen (Leesplan)');

    await click('Annuleren');
    expect(root.querySelector('[role=group]')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    expect(cleared).toEqual([]);
    expect((await listRecent(store)).map((d) => d.id)).toEqual(['leesplan001', 'taalhuis002']);
  });

  it('removes the entry, its links and both local databases', async () => {
    await click('Verwijderen van dit apparaat (Leesplan)');
    await click('Ja, verwijderen (Leesplan)');
    expect(cleared).toEqual([localDatabaseName('leesplan001'), privateDocName('leesplan001')]);
    expect(cleared).toEqual(['samenspel:draft:leesplan001', 'samenspel-private:leesplan001']);
    const left = await listRecent(store);
    expect(left.map((d) => d.id)).toEqual(['taalhuis002']);
    expect(JSON.stringify(left)).not.toContain('o1');
    expect(titles()).toEqual(['Taalhuis']);
    expect(root.querySelector('[data-testid=announcer]')?.textContent).toContain('“Leesplan” is van dit apparaat verwijderd.');
    expect(document.activeElement?.id).toBe('recent-h');
  });

  it('keeps the entry and says so when the local databases cannot be removed', async () => {
    failing = true;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await click('Verwijderen van dit apparaat (Taalhuis)');
    await click('Ja, verwijderen (Taalhuis)');
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    expect(root.querySelector('[role=alert]')?.textContent).toContain('“Taalhuis” kon niet van dit apparaat worden verwijderd.');
    expect(titles()).toEqual(['Leesplan', 'Taalhuis']);
    expect((await listRecent(store)).map((d) => d.id)).toEqual(['leesplan001', 'taalhuis002']);
    expect(document.activeElement?.textContent).toBe('Verwijderen van dit apparaat (Taalhuis)');
  });
});
