// `npm run backup -- <file>`: a consistent copy of the SQLite database, safe while the server
// runs. VACUUM INTO reads one snapshot in a single read transaction (WAL lets the server go
// on writing meanwhile); the copy is checked whole, flushed and only then renamed to <file>.
import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkDatabase, fail, settle, sqliteFile, summary } from './backup-check.js';

const target = process.argv[2];
if (!target) fail('Gebruik: npm run backup -- <bestand>   (bijvoorbeeld backups/samenspel-2026-11-01.sqlite)');
const file = resolve(target);
if (existsSync(file)) fail(`${file} bestaat al; kies een nieuwe naam (een back-up overschrijft nooit iets).`);
const source = sqliteFile();
if (!existsSync(source)) fail(`Geen database gevonden op ${source} (SAMENSPEL_DATA_DIR).`);

const part = `${file}.part`;
rmSync(part, { force: true });
const db = new Database(source, { readonly: true, fileMustExist: true });
try {
  db.pragma('busy_timeout = 10000');
  db.prepare('VACUUM INTO ?').run(part);
} finally {
  db.close();
}
try {
  const contents = checkDatabase(part);
  settle(part, file);
  console.log(`Back-up gemaakt: ${file} (${summary(contents)})`);
} catch (e) {
  rmSync(part, { force: true });
  fail(`Back-up mislukt: ${e instanceof Error ? e.message : String(e)}`);
}
