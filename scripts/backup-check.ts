// What backup and restore share: where the SQLite database lives, checking a copy of it
// (integrity, what it holds, every version's hash) and putting a finished copy in place
// durably (fsync, rename). The copy is the whole database: drafts, their update logs and link
// hashes, and members, versions, consent rounds, comments and the audit log (migration 6).
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { configFromEnv } from '../server/config.js';

/** The SQLite file the server uses with this environment; exits with the reason when it uses none. */
export function sqliteFile(env: NodeJS.ProcessEnv = process.env): string {
  const config = configFromEnv(env);
  if (config.databaseUrl) fail('De server gebruikt PostgreSQL (SAMENSPEL_DATABASE_URL): maak een back-up met pg_dump en herstel met pg_restore, zie docs/server.md.');
  if (config.memoryStorage) fail('De server bewaart niets (SAMENSPEL_STORAGE=memory): er is niets om te back-uppen.');
  return join(config.dataDir, 'samenspel.sqlite');
}

export interface Contents {
  drafts: number;
  updates: number;
  /** Members and versions (0 in a database from before migration 6). */
  members: number;
  versions: number;
  schemaVersion: number | null;
}

/** Opens a database file read-only and checks it whole; throws when SQLite finds damage. */
export function checkDatabase(file: string): Contents {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const problems = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    if (problems.length !== 1 || problems[0]?.integrity_check !== 'ok') {
      throw new Error(`${file} is beschadigd: ${problems.map((p) => p.integrity_check).join('; ')}`);
    }
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const versioned = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
    const version = versioned ? (db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null }).v : null;
    const has = (table: string) => !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
    // A version is immutable and carries its SHA-256: a copy where one does not match is damaged.
    if (has('versions')) {
      for (const v of db.prepare('SELECT id, hash, state FROM versions').iterate() as IterableIterator<{ id: string; hash: string; state: Buffer }>) {
        if (createHash('sha256').update(v.state).digest('hex') !== v.hash) throw new Error(`${file} is beschadigd: versie ${v.id} klopt niet met haar hash`);
      }
    }
    return {
      drafts: count('drafts'),
      updates: count('updates'),
      members: has('members') ? count('members') : 0,
      versions: has('versions') ? count('versions') : 0,
      schemaVersion: version,
    };
  } finally {
    db.close();
  }
}

/** Flushes a finished temporary file to disk and renames it to its place, durably. */
export function settle(partFile: string, finalFile: string): void {
  const flush = (path: string, flags: string) => {
    const fd = openSync(path, flags);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  };
  flush(partFile, 'r+');
  renameSync(partFile, finalFile);
  flush(dirname(finalFile), 'r');
}

export function summary(c: Contents): string {
  return `${c.drafts} concepten, ${c.updates} updates in het logboek, ${c.members} leden, ${c.versions} versies, schemaversie ${c.schemaVersion ?? 'zonder versie'}`;
}

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
