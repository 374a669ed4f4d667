// The PostgreSQL driver, for several server processes sharing drafts. A resolved write has
// committed, so awaiting it before the acknowledgement keeps the durability rule. `?`
// placeholders become `$1, $2, …`; int8 comes back as a number, timestamptz as an ISO string.
import pg from 'pg';
import type { Dialect, Driver, Param, Queries } from './driver.js';
import { openMigrated } from './store.js';
import type { DraftStore } from './types.js';

const dialect: Dialect = {
  integersFromJson: '(SELECT value::bigint FROM json_array_elements_text(?::json))',
  tableExists: 'SELECT 1 AS present FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?',
  // Serialises processes starting together (the key the unversioned code used for its DDL).
  migrationLock: 'SELECT pg_advisory_xact_lock(727201)',
};

const { builtins, getTypeParser } = pg.types;
const parseTimestamp = getTypeParser(builtins.TIMESTAMPTZ) as (text: string) => Date;
const parsers: Partial<Record<number, (text: string) => unknown>> = {
  [builtins.INT8]: Number,
  [builtins.TIMESTAMPTZ]: (text) => parseTimestamp(text).toISOString(),
};
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => parsers[oid] ?? getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/** `?` → `$n`. Our SQL has no `?` inside literals or operators. */
const numbered = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

function queries(on: pg.Pool | pg.PoolClient): Queries {
  const all = async <T>(sql: string, params: readonly Param[] = []) => (await on.query(numbered(sql), [...params])).rows as T[];
  return {
    run: async (sql, params = []) => (await on.query(numbered(sql), [...params])).rowCount ?? 0,
    all,
    get: async <T>(sql: string, params?: readonly Param[]) => (await all<T>(sql, params))[0],
    exec: async (sql) => void (await on.query(sql)),
  };
}

export function postgresDriver(url: string): Driver {
  const pool = new pg.Pool({ connectionString: url, max: 10, types });
  let ended: Promise<void> | null = null;
  return {
    kind: 'postgres',
    dialect,
    ...queries(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(queries(client));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async checkpoint() {
      // Nothing to trim: PostgreSQL manages its own write-ahead log.
    },
    close: () => (ended ??= pool.end()),
  };
}

/** A migrated store on a PostgreSQL database; rejects when the schema cannot be migrated. */
export function openPostgresStore(url: string): Promise<DraftStore> {
  return openMigrated(postgresDriver(url));
}
