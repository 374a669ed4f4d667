// Revocations across processes (scale-out on Redis): a process that revokes a link or a
// member, or deletes a draft, publishes the draft's id on one Redis channel, and every process
// re-checks that draft's live connections at once (the periodic re-check stays as the net).
// The message is only a hint: each process asks storage itself who may stay.
import type { Redis as RedisExtension } from '@hocuspocus/extension-redis';

export const REVOCATION_CHANNEL = 'samenspel:revoked';

export interface Revocations {
  announce(draftId: string): void;
  close(): Promise<void>;
}

export async function redisRevocations(ext: RedisExtension, recheck: (draftId: string) => void, log: (m: string) => void): Promise<Revocations> {
  // A connection of its own: the extension's subscriber reads every message as a sync message.
  const sub = ext.pub.duplicate();
  sub.on('message', (channel: string, draftId: string) => {
    if (channel === REVOCATION_CHANNEL && /^[A-Za-z0-9_-]{1,64}$/.test(draftId)) recheck(draftId);
  });
  sub.on('error', (e: Error) => log(`[samenspel] revocation channel: ${e.message}`));
  await sub.subscribe(REVOCATION_CHANNEL);
  return {
    announce(draftId) {
      ext.pub.publish(REVOCATION_CHANNEL, draftId).catch((e: unknown) => log(`[samenspel] could not announce a revocation: ${String(e)}`));
    },
    async close() {
      sub.disconnect();
    },
  };
}
