// What a storage error means for the people writing: the disk (or the database's space) is
// full, which they can wait out, or something else failed. Knows the shapes of SQLite (better-
// sqlite3), Node file-system and PostgreSQL errors, also when wrapped as another error's cause.

/** SQLITE_FULL; ENOSPC / EDQUOT from the file system; PostgreSQL 53100 disk_full. */
const FULL_CODES = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT', '53100']);

export function isStorageFull(e: unknown): boolean {
  for (let at = e, depth = 0; at && typeof at === 'object' && depth < 5; at = (at as { cause?: unknown }).cause, depth++) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === 'string' && FULL_CODES.has(code)) return true;
  }
  return false;
}
