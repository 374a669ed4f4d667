// Recent drafts and settings on this device; file names of exports.
import { describe, expect, it } from 'vitest';
import { fileBase } from '../../../core/ui/file-name.js';
import { forgetDraft, listRecent, loadSettings, memoryStore, rememberDraft } from '../../../core/ui/storage.js';

describe('recent drafts', () => {
  it('merges tokens, keeps the strongest role it holds a token for, newest first, and drops junk', async () => {
    const store = memoryStore();
    await rememberDraft(store, { id: 'abcdefgh1', title: 'A', serverUrl: 'http://x', role: 'owner', tokens: { owner: 'o', editor: 'e' }, openedAt: '2026-01-01' });
    await rememberDraft(store, { id: 'abcdefgh2', title: 'B', serverUrl: 'http://x', role: 'viewer', tokens: { viewer: 'v' }, openedAt: '2026-01-02' });
    const again = await rememberDraft(store, { id: 'abcdefgh1', title: '', serverUrl: 'http://x', role: 'editor', tokens: { editor: 'e2' }, openedAt: '2026-01-03' });
    expect(again).toMatchObject({ role: 'owner', title: 'A', tokens: { owner: 'o', editor: 'e2' } });
    expect((await listRecent(store)).map((d) => d.id)).toEqual(['abcdefgh1', 'abcdefgh2']);
    await store.set('recent-drafts', [{ id: '../evil', serverUrl: 1 }, ...(await store.get<unknown[]>('recent-drafts'))!]);
    expect((await listRecent(store)).map((d) => d.id)).toEqual(['abcdefgh1', 'abcdefgh2']);
  });

  it('skips malformed entries instead of failing on them', async () => {
    const store = memoryStore();
    const good = { id: 'abcdefgh1', title: 'A', serverUrl: 'http://x.example', role: 'owner', tokens: { owner: 'o' }, openedAt: '2026-01-01' };
    const { openedAt: _, ...noOpenedAt } = { ...good, id: 'abcdefgh2' };
    await store.set('recent-drafts', [
      noOpenedAt,
      { ...good, id: 'abcdefgh3', tokens: 'o' },
      { ...good, id: 'abcdefgh4', tokens: { owner: 7 } },
      { ...good, id: 'abcdefgh5', role: 'admin' },
      { ...good, id: 'abcdefgh6', serverUrl: 'not a url' },
      { ...good, id: 'abcdefgh7', openedAt: 20260101 },
      null,
      'abcdefgh8',
      { ...good, id: 'abcdefgh9', openedAt: '2026-01-02', extra: '<script>' },
      good,
    ]);
    const list = await listRecent(store);
    expect(list.map((d) => d.id)).toEqual(['abcdefgh9', 'abcdefgh1']);
    expect(list[0]).not.toHaveProperty('extra');
    // Adding a draft to such a list works and drops the junk for good.
    await rememberDraft(store, { ...good, id: 'abcdefgh0', role: 'viewer', tokens: { viewer: 'v' }, openedAt: '2026-01-03' });
    expect((await store.get<unknown[]>('recent-drafts'))!.length).toBe(3);
    await store.set('recent-drafts', { not: 'a list' });
    expect(await listRecent(store)).toEqual([]);
  });

  it('forgets one draft of one server', async () => {
    const store = memoryStore();
    const draft = { id: 'abcdefgh1', title: 'A', serverUrl: 'http://x.example', role: 'owner' as const, tokens: { owner: 'o' }, openedAt: '2026-01-01' };
    await rememberDraft(store, draft);
    await rememberDraft(store, { ...draft, serverUrl: 'http://y.example' });
    await forgetDraft(store, draft);
    expect((await listRecent(store)).map((d) => d.serverUrl)).toEqual(['http://y.example']);
  });

  it('validates settings and falls back to defaults', async () => {
    const store = memoryStore();
    await store.set('settings', { serverUrl: 'javascript:alert(1)', name: 'Anna', lang: 'fr' });
    expect(await loadSettings(store, { serverUrl: 'http://127.0.0.1:8787', name: '', organisation: '', lang: 'nl' })).toEqual({
      serverUrl: 'http://127.0.0.1:8787',
      name: 'Anna',
      organisation: '',
      lang: 'nl',
    });
  });
});

describe('helpers', () => {
  it('makes safe file names', () => {
    expect(fileBase('Leesbevordering Noorderwijk — 2027!', 'x')).toBe('leesbevordering-noorderwijk-2027');
    expect(fileBase('../../', 'samenspel-abc')).toBe('samenspel-abc');
  });
});
