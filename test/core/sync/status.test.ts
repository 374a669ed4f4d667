// computeStatus for a client that must not or cannot write: a block (newer schema, damaged
// draft) is an error while connected and lifts with it; a full disk is "retrying" with its
// code through every reconnect, never "offline" or "saved", until a connection is healthy.
import { describe, expect, it } from 'vitest';
import { computeStatus, type StatusInputs } from '../../../core/sync/status.js';

const connected: StatusInputs = { connection: 'connected', authenticated: true, synced: true, unsaved: 0, edits: 0, readOnly: false, fatal: null, lastError: null };

describe('computeStatus', () => {
  it('a write block is an error while everything else is fine, and lifts', () => {
    expect(computeStatus({ ...connected, blocked: 'newer-schema' })).toEqual({ kind: 'error', code: 'newer-schema', unsaved: 0, readOnly: false });
    expect(computeStatus({ ...connected, blocked: 'newer-schema', connection: 'disconnected' })).toMatchObject({ kind: 'error', code: 'newer-schema' });
    expect(computeStatus({ ...connected, blocked: null }).kind).toBe('saved');
    // A fatal close wins over a block.
    expect(computeStatus({ ...connected, blocked: 'newer-schema', fatal: 'draft-deleted' })).toMatchObject({ code: 'draft-deleted' });
  });

  it('a full disk is retrying, with its code, in every phase of a reconnect', () => {
    const full = { ...connected, lastError: 'storage-full' as const, unsaved: 1, edits: 2 };
    for (const phase of [
      { connection: 'disconnected' as const, authenticated: false, synced: false },
      { connection: 'connecting' as const, authenticated: false, synced: false },
      { connection: 'connected' as const, authenticated: true, synced: true },
    ]) {
      expect(computeStatus({ ...full, ...phase })).toEqual({ kind: 'retrying', code: 'storage-full', unsaved: 2, readOnly: false });
    }
    // Everything acknowledged on a good connection: saved (open-draft then clears lastError).
    expect(computeStatus({ ...full, unsaved: 0, edits: 0 }).kind).toBe('saved');
    // No network at all is still offline, whatever the server said before.
    expect(computeStatus({ ...full, offline: true }).kind).toBe('offline');
  });

  it('an ordinary drop stays offline', () => {
    expect(computeStatus({ ...connected, connection: 'disconnected', lastError: 'server-shutting-down' }).kind).toBe('offline');
  });
});
