// Share links and status/presence helpers of core/sync (pure, no server).
import { describe, expect, it } from 'vitest';
import { errorCodeForClose } from '../../../core/sync/close-codes.js';
import { colourFor, peerFrom } from '../../../core/sync/presence.js';
import { decodeShareLink, encodeShareLink, syncUrlFor } from '../../../core/sync/share-link.js';
import { computeStatus } from '../../../core/sync/status.js';

const token = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';

describe('share links', () => {
  it('round-trips and keeps the token in the fragment', () => {
    const link = encodeShareLink({ base: 'https://samenspel.bibliotheek.nl/', draftId: 'abcDEF123_-x', token });
    expect(link).toBe(`https://samenspel.bibliotheek.nl/d/abcDEF123_-x#token=${token}`);
    expect(new URL(link).search).toBe('');
    expect(decodeShareLink(link)).toEqual({ base: 'https://samenspel.bibliotheek.nl', draftId: 'abcDEF123_-x', token });
  });
  it('keeps a base path', () => {
    const link = encodeShareLink({ base: 'https://example.nl/samenspel', draftId: 'abcdefgh', token });
    expect(decodeShareLink(link)?.base).toBe('https://example.nl/samenspel');
  });
  it('rejects what is not a share link', () => {
    for (const bad of ['', 'not a url', 'ftp://x.nl/d/abcdefgh#token=' + token, 'https://x.nl/d/abcdefgh', 'https://x.nl/d/ab#token=' + token, 'https://x.nl/e/abcdefgh#token=' + token, `https://x.nl/d/abcdefgh#token=short`]) {
      expect(decodeShareLink(bad)).toBeNull();
    }
    expect(() => encodeShareLink({ base: 'https://x.nl', draftId: '../etc', token })).toThrow();
  });
  it('derives the sync URL', () => {
    expect(syncUrlFor('https://x.nl/base/')).toBe('wss://x.nl/base/sync');
    expect(syncUrlFor('http://127.0.0.1:8787')).toBe('ws://127.0.0.1:8787/sync');
  });
});

describe('status', () => {
  const base = { connection: 'connected' as const, authenticated: true, synced: true, unsaved: 0, edits: 0, readOnly: false, fatal: null, lastError: null };
  it('reads as saved, unsaved N, connecting, offline and error', () => {
    expect(computeStatus(base).kind).toBe('saved');
    // 40 keystrokes (messages) in 3 fields are 3 edits.
    expect(computeStatus({ ...base, unsaved: 40, edits: 3 })).toEqual({ kind: 'unsaved', unsaved: 3, readOnly: false });
    expect(computeStatus({ ...base, unsaved: 2, edits: 0 })).toEqual({ kind: 'unsaved', unsaved: 1, readOnly: false });
    expect(computeStatus({ ...base, synced: false }).kind).toBe('connecting');
    expect(computeStatus({ ...base, connection: 'disconnected', unsaved: 9, edits: 2 })).toMatchObject({ kind: 'offline', unsaved: 2 });
    // The device says it has no network: offline even while the socket has not noticed yet.
    expect(computeStatus({ ...base, offline: true, edits: 1, unsaved: 1 })).toMatchObject({ kind: 'offline', unsaved: 1 });
    expect(computeStatus({ ...base, fatal: 'unauthorized' })).toMatchObject({ kind: 'error', code: 'unauthorized' });
  });
  it('maps close frames to stable codes', () => {
    expect(errorCodeForClose(1009, '')).toBe('message-too-large');
    expect(errorCodeForClose(4413, 'document-too-large')).toBe('document-too-large');
    expect(errorCodeForClose(1006, '')).toBeNull();
  });
});

describe('presence', () => {
  it('validates peers from untrusted awareness states', () => {
    expect(peerFrom(1, { user: { name: 'Anna', organisation: 'OBA', colour: '#123456' } })).toEqual({ clientId: 1, name: 'Anna', organisation: 'OBA', colour: '#123456', readOnly: false, part: null, field: null });
    expect(peerFrom(6, { user: { name: 'Eva' }, where: { part: 'ambition', field: 'ambition.statement' } })).toMatchObject({ part: 'ambition', field: 'ambition.statement' });
    expect(peerFrom(7, { user: { name: 'Eva' }, where: { part: 42, field: ['x'] } })).toMatchObject({ part: null, field: null });
    expect(peerFrom(2, { user: { name: 'Bob', colour: 'red;background:url(x)' }, readOnly: true })).toMatchObject({ colour: colourFor('Bob'), readOnly: true });
    expect(peerFrom(3, { user: { name: '' } })).toBeNull();
    expect(peerFrom(4, null)).toBeNull();
    expect(peerFrom(5, { user: { name: 'x'.repeat(500) } })?.name).toHaveLength(80);
  });
});
