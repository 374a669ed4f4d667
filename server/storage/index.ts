// Chooses the storage engine from the configuration and opens the migrated store on it.
import { join } from 'node:path';
import { openMigrated } from './store.js';
import type { DraftStore } from './types.js';

export * from './types.js';

export async function openStore(opts: { dataDir: string; databaseUrl?: string | undefined; memory?: boolean }): Promise<DraftStore> {
  if (opts.databaseUrl) {
    const { openPostgresStore } = await import('./postgres.js');
    return openPostgresStore(opts.databaseUrl);
  }
  const { sqliteDriver } = await import('./sqlite.js');
  return openMigrated(sqliteDriver(opts.memory ? ':memory:' : join(opts.dataDir, 'samenspel.sqlite')));
}
