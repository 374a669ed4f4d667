// Opens a .docx the way a user's office suite would: LibreOffice (headless) converts it to
// PDF, poppler's pdftotext reads the text back. Each conversion uses a fresh user profile,
// so conversions may run side by side and leave nothing behind.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const TIMEOUT_MS = 60_000;
const INSTALL_HINT = 'apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils';

function run(cmd: string, args: string[], timeout = TIMEOUT_MS): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        reject(new Error(`${cmd} is not installed; install it with: ${INSTALL_HINT}`));
      } else if (error.killed) {
        reject(new Error(`${cmd} did not finish within ${timeout / 1000} s`));
      } else {
        reject(new Error(`${cmd} failed (${error.message.split('\n')[0]}): ${stderr.trim()}`));
      }
    });
  });
}

async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'samenspel-lo-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function convert(dir: string, bytes: Uint8Array): Promise<string> {
  const input = join(dir, 'document.docx');
  const outDir = join(dir, 'out');
  await writeFile(input, bytes);
  await run('soffice', [
    '--headless',
    '--norestore',
    `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
    '--convert-to',
    'pdf',
    '--outdir',
    outDir,
    input,
  ]);
  const pdf = join(outDir, 'document.pdf');
  try {
    await readFile(pdf);
  } catch {
    throw new Error('LibreOffice produced no PDF: it could not open the .docx');
  }
  return pdf;
}

/** The .docx converted to PDF by LibreOffice. */
export function docxToPdf(bytes: Uint8Array): Promise<Uint8Array> {
  return withTempDir(async (dir) => new Uint8Array(await readFile(await convert(dir, bytes))));
}

/** The text of the .docx as LibreOffice lays it out (via PDF and `pdftotext -layout`). */
export function docxToText(bytes: Uint8Array): Promise<string> {
  return withTempDir(async (dir) => run('pdftotext', ['-layout', '-enc', 'UTF-8', await convert(dir, bytes), '-']));
}
