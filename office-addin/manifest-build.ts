// Writes both manifests of the Word add-in and every icon they name into a build folder:
// manifest.xml (add-in only manifest), manifest.json + manifest.en-us.json (unified manifest),
// assets/icon-<size>.png and assets/icon-outline-<size>.png, rendered from assets/icon.svg and
// assets/icon-outline.svg (scripts/icons.ts). Called by office-addin/vite.config.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { iconPng } from '../scripts/icons.js';
import { LOCALIZATION_FILE, manifestJson, manifestLocalization } from './manifest-json.js';
import { ADDIN, type AddinSource, iconFiles } from './manifest-source.js';
import { manifestXml } from './manifest-xml.js';

export function writeAddinManifests(outDir: string, source: AddinSource = ADDIN): string[] {
  const files: [string, string | Buffer][] = [
    ['manifest.xml', manifestXml(source)],
    ['manifest.json', `${JSON.stringify(manifestJson(source), null, 2)}\n`],
    [LOCALIZATION_FILE, `${JSON.stringify(manifestLocalization(source), null, 2)}\n`],
    ...iconFiles(source).map(({ file, size, variant }) => [file, iconPng(size, variant)] as [string, Buffer]),
  ];
  for (const [name, content] of files) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    writeFileSync(join(outDir, name), content);
  }
  return files.map(([name]) => name);
}
