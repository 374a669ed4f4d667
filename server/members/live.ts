// The server's own writes into a draft's live Y.Doc: the summary in the Y.Map `server`
// (members, comments, versions, round) and a restored version's content. Each write is made
// on a copy first, appended to storage durably (like a client's update, with the member who
// caused it), then applied to the live doc through a Hocuspocus direct connection, so every
// client (on every process, through Redis) receives it. One write per draft at a time, and a
// mirror reads its values in its own turn, so the last mirror written holds the newest records.
import type { Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import { SERVER_KEYS, SERVER_MAP } from '../../core/consent/contract.js';
import type { DraftStore } from '../storage/types.js';

export type ServerKey = keyof typeof SERVER_KEYS;

export interface LiveDocsDeps {
  hocuspocus: Hocuspocus;
  store: DraftStore;
  /** Whether the loaded draft is damaged (served read-only): nothing is written to it. */
  isDamaged(id: string): boolean;
  /** Called after each durable append (compaction scheduling). */
  onAppended?(id: string): void;
}

/** The draft is damaged on the server: it takes no writes, the server's included. */
export class DraftDamagedError extends Error {}

/** The origin of the server's transactions on the live doc. */
export const SERVER_ORIGIN = 'samenspel:server';

export class LiveDocs {
  private chains = new Map<string, Promise<unknown>>();
  constructor(private deps: LiveDocsDeps) {}

  private serial<T>(id: string, fn: () => Promise<T>): Promise<T> {
    const out = (this.chains.get(id) ?? Promise.resolve()).then(fn);
    const tail = out.catch(() => undefined);
    this.chains.set(id, tail);
    void tail.then(() => {
      if (this.chains.get(id) === tail) this.chains.delete(id);
    });
    return out;
  }

  /**
   * A direct connection to the live doc (loaded when nobody has it open). One handed a doc that
   * was unloaded before it attached (see drafts-extension.ts, attachedToUnloaded) is let go and
   * opened again: a write there would reach no client.
   */
  private async open(id: string): Promise<Awaited<ReturnType<Hocuspocus['openDirectConnection']>>> {
    for (;;) {
      const conn = await this.deps.hocuspocus.openDirectConnection(id, { server: true });
      if (!conn.document?.isDestroyed) return conn;
      await conn.disconnect();
    }
  }

  /** Runs `fn` on the live doc (loading it when nobody has it open). */
  async read<T>(id: string, fn: (doc: Y.Doc) => T): Promise<T> {
    const conn = await this.open(id);
    try {
      return fn(conn.document as Y.Doc);
    } finally {
      await conn.disconnect();
    }
  }

  /**
   * Changes the live doc by `edit` (run on a copy), durably: resolves once the change is stored
   * and applied. Resolves false when `edit` changed nothing.
   */
  write(id: string, edit: (copy: Y.Doc) => void, memberId: string | null): Promise<boolean> {
    return this.serial(id, () => this.apply(id, edit, memberId));
  }

  /**
   * Writes the summary values (replaced whole, only when they differ) into the Y.Map `server`.
   * `produce` reads them in this draft's write turn: a mirror that started earlier but read
   * later than another never writes its older records over the newer ones.
   */
  mirror(id: string, produce: () => Promise<Partial<Record<ServerKey, unknown>>>): Promise<boolean> {
    return this.serial(id, async () => {
      const values = await produce();
      return this.apply(
        id,
        (copy) => {
          const map = copy.getMap<unknown>(SERVER_MAP);
          copy.transact(() => {
            for (const [key, value] of Object.entries(values) as [ServerKey, unknown][]) {
              const name = SERVER_KEYS[key];
              if (JSON.stringify(map.get(name)) !== JSON.stringify(value)) map.set(name, value);
            }
          });
        },
        null,
      );
    });
  }

  /** One write, in the draft's turn: on a copy, appended, then applied to the live doc. */
  private async apply(id: string, edit: (copy: Y.Doc) => void, memberId: string | null): Promise<boolean> {
    const conn = await this.open(id);
    try {
      if (this.deps.isDamaged(id)) throw new DraftDamagedError(id);
      const live = conn.document as Y.Doc;
      const copy = new Y.Doc({ gc: false });
      let update: Uint8Array;
      try {
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(live));
        const before = Y.encodeStateVector(copy);
        edit(copy);
        update = Y.encodeStateAsUpdate(copy, before);
      } finally {
        copy.destroy();
      }
      if (!changes(update)) return false;
      await this.deps.store.append(id, update, memberId);
      await conn.transact((doc) => Y.applyUpdate(doc, update, SERVER_ORIGIN));
      this.deps.onAppended?.(id);
      return true;
    } finally {
      await conn.disconnect();
    }
  }
}

/** Whether an update inserts or deletes anything (an empty one is 2 bytes of zeros). */
function changes(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length > 0 || ds.clients.size > 0;
}
