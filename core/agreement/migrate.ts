// Schema versions. A draft records the version that wrote it in `meta.schemaVersion`.
// MIGRATIONS[n] upgrades a doc from version n to n+1 inside one transaction; each must be
// idempotent, because two partners may run the same migration concurrently. A draft from a
// newer Samenspel is never written to by an older one.
import type * as Y from 'yjs';
import { CURRENT_SCHEMA_VERSION } from './schema.js';
import { tryMap } from './doc-access.js';
import { AgreementError } from './fields.js';

export const MIGRATION_ORIGIN = 'samenspel:migration';

/** Version 1 is the first; add `MIGRATIONS[1]` (1 → 2) together with a v2 fixture when the schema changes. */
export const MIGRATIONS: Readonly<Record<number, (doc: Y.Doc) => void>> = {};

export type SchemaStatus = 'new' | 'current' | 'older' | 'newer' | 'unreadable';

export function schemaVersion(doc: Y.Doc): number | null {
  const raw = tryMap(doc, 'meta')?.get('schemaVersion');
  return typeof raw === 'number' && Number.isInteger(raw) && raw > 0 ? raw : null;
}

export function schemaStatus(doc: Y.Doc): SchemaStatus {
  const meta = tryMap(doc, 'meta');
  if (!meta) return 'unreadable';
  if (meta.get('schemaVersion') === undefined) return 'new';
  const version = schemaVersion(doc);
  if (version === null) return 'unreadable';
  if (version === CURRENT_SCHEMA_VERSION) return 'current';
  return version < CURRENT_SCHEMA_VERSION ? 'older' : 'newer';
}

/** The coded refusal to write a draft of this status, or null when it may be written. */
export function writeRefusal(doc: Y.Doc): AgreementError | null {
  const status = schemaStatus(doc);
  if (status === 'newer') return new AgreementError('newer-schema', { version: schemaVersion(doc) ?? '?' });
  return status === 'unreadable' ? new AgreementError('unreadable-schema') : null;
}

/** Bring a draft to the current version. Returns the versions it went from and to. */
export function migrate(doc: Y.Doc): { from: number | null; to: number } {
  const refusal = writeRefusal(doc);
  if (refusal) throw refusal;
  const from = schemaVersion(doc);
  if (schemaStatus(doc) === 'current') return { from, to: CURRENT_SCHEMA_VERSION };
  doc.transact(() => {
    for (let version = from ?? CURRENT_SCHEMA_VERSION; version < CURRENT_SCHEMA_VERSION; version++) {
      const step = MIGRATIONS[version];
      if (!step) throw new AgreementError('missing-migration', { from: version, to: version + 1 });
      step(doc);
    }
    tryMap(doc, 'meta')?.set('schemaVersion', CURRENT_SCHEMA_VERSION);
  }, MIGRATION_ORIGIN);
  return { from, to: CURRENT_SCHEMA_VERSION };
}
