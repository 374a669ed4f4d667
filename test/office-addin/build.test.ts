// The task-pane build (vite, office-addin/vite.config.ts) into a temporary folder: both pages,
// both manifests (as office-addin/manifest-source.ts describes them) and their icons, and
// office.js with Word's and the locales' files from our own origin.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestJson } from '../../office-addin/manifest-json.js';
import { manifestXml } from '../../office-addin/manifest-xml.js';

const out = mkdtempSync(join(tmpdir(), 'samenspel-addin-'));

beforeAll(async () => {
  await promisify(execFile)('npx', ['vite', 'build', '--logLevel', 'error', '-c', 'office-addin/vite.config.ts'], {
    env: { ...process.env, SAMENSPEL_ADDIN_OUT: out },
    timeout: 120_000,
  });
}, 150_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('add-in build', () => {
  it('writes the task pane, the command page, both manifests and the icons', () => {
    for (const file of ['taskpane.html', 'commands.html', 'manifest.xml', 'manifest.json', 'manifest.en-us.json', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png', 'assets/icon-192.png', 'assets/icon-outline-32.png']) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    expect(readFileSync(join(out, 'manifest.xml'), 'utf8')).toBe(manifestXml());
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toEqual(manifestJson());
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    expect(html).toContain('<script src="./office/office.js"></script>');
    expect(html).toMatch(/<script type="module" crossorigin src="\.\/assets\/taskpane-[\w-]+\.js"><\/script>/);
    expect(html).not.toMatch(/appsforoffice\.microsoft\.com|https?:\/\//);
  });

  it('serves office.js and what it loads for Word from the add-in itself, without debug builds or other hosts', () => {
    const office = readdirSync(join(out, 'office'));
    for (const file of ['office.js', 'o15apptofilemappingtable.js', 'word-web-16.00.js', 'word-win32-16.01.js', 'word-mac-16.00.js', 'nl-nl', 'en-us']) expect(office).toContain(file);
    expect(office.filter((f) => f.endsWith('.debug.js') || /^(excel|outlook|powerpoint)/.test(f))).toEqual([]);
  });
});
