// Chooses the storage implementation from the configuration.
import { join } from 'node:path';
import type { DraftStore } from './types.js';

export * from './types.js';

export async function openStore(opts: { dataDir: string; databaseUrl?: string | undefined; memory?: boolean }): Promise<DraftStore> {
  if (opts.databaseUrl) {
    const { openPostgresStore } = await import('./postgres.js');
    return openPostgresStore(opts.databaseUrl);
  }
  const { openSqliteStore } = await import('./sqlite.js');
  return openSqliteStore(opts.memory ? ':memory:' : join(opts.dataDir, 'samenspel.sqlite'));
}
