// `npm run restore -- <file>`: puts a backup made by `npm run backup` in place as the
// database of SAMENSPEL_DATA_DIR, with the server stopped. It never overwrites a database:
// move the old one (samenspel.sqlite with its -wal and -shm) aside first.
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkDatabase, fail, settle, sqliteFile, summary } from './backup-check.js';

const source = process.argv[2];
if (!source) fail('Gebruik: npm run restore -- <back-upbestand>   (met de server gestopt)');
const backup = resolve(source);
if (!existsSync(backup)) fail(`${backup} bestaat niet.`);
const target = sqliteFile();
const present = [target, `${target}-wal`, `${target}-shm`].filter((f) => existsSync(f));
if (present.length) {
  fail(`Er staat al een database in ${dirname(target)} (${present.join(', ')}). Stop de server, zet die bestanden opzij en herstel dan opnieuw.`);
}

let contents;
try {
  contents = checkDatabase(backup);
} catch (e) {
  fail(`Deze back-up is niet bruikbaar: ${e instanceof Error ? e.message : String(e)}`);
}
mkdirSync(dirname(target), { recursive: true });
const part = `${target}.part`;
copyFileSync(backup, part);
try {
  settle(part, target);
} catch (e) {
  rmSync(part, { force: true });
  throw e;
}
console.log(`Hersteld in ${target} (${summary(contents)}). Start de server nu weer; die migreert het schema zo nodig bij het starten.`);
