// Recent drafts and settings on this device; file names of exports.
import { describe, expect, it } from 'vitest';
import { fileBase } from '../../core/ui/ExportScreen.js';
import { listRecent, loadSettings, memoryStore, rememberDraft } from '../../core/ui/storage.js';

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
