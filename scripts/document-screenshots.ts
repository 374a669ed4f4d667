// Renders the realistic SPUK example (test/fixtures/agreement/spuk-example.ts) as the full
// agreement and as the SPUK one-page plan of approach, opens both .docx files in LibreOffice
// (soffice --headless --convert-to pdf) and turns their pages into PNGs with pdftoppm:
// docs/screenshots/document-afspraak-<n>.png and document-spuk-plan-<n>.png.
// Run: npx tsx scripts/document-screenshots.ts  (needs soffice, pdftoppm and, for Calibri's
// metric twin, fonts-crosextra-carlito).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readAgreement } from '../core/agreement/index.js';
import { agreementDocument, spukPlanDocument } from '../core/render/agreement.js';
import { renderDocx } from '../core/render/docx.js';
import { buildSpukExample } from '../test/fixtures/agreement/spuk-example.js';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

async function main(): Promise<void> {
  const agreement = readAgreement(buildSpukExample().doc).agreement;
  const work = mkdtempSync(join(tmpdir(), 'samenspel-docshots-'));
  try {
    const files = { 'document-afspraak': agreementDocument(agreement), 'document-spuk-plan': spukPlanDocument(agreement) };
    for (const [name, doc] of Object.entries(files)) {
      const docx = join(work, `${name}.docx`);
      writeFileSync(docx, await renderDocx(doc));
      execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'ignore', timeout: 120_000 });
      for (const old of readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) unlinkSync(join(OUT, old));
      execFileSync('pdftoppm', ['-png', '-r', '80', join(work, `${name}.pdf`), join(work, name)], { timeout: 120_000 });
      // pdftoppm numbers pages with as many digits as the page count needs: 1 or 01.
      for (const page of readdirSync(work).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) {
        const n = Number(/-(\d+)\.png$/.exec(page)![1]);
        renameSync(join(work, page), join(OUT, `${name}-${n}.png`));
        console.log(`docs/screenshots/${name}-${n}.png`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
