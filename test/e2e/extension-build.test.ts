// The built extensions: Chrome MV3 with a side panel and Firefox with a sidebar, both with
// valid manifests, minimal permissions, Dutch as default locale with English, and every file
// the manifest points to present. The side panel's first chunk leaves out what it does not
// show at first (the English messages, the other tabs), which come as chunks of their own.
// SAMENSPEL_EXT_OUT checks the builds in that directory instead of .output (see browser.ts).
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../core/i18n/index.js';
import { EXTENSIONS_OUT as OUT } from './browser.js';

async function manifest(dir: string): Promise<Record<string, any>> {
  return JSON.parse(await readFile(join(OUT, dir, 'manifest.json'), 'utf8'));
}

async function checkLocales(dir: string, m: Record<string, any>) {
  expect(m.default_locale).toBe('nl');
  for (const lang of ['nl', 'en']) {
    const messages = JSON.parse(await readFile(join(OUT, dir, '_locales', lang, 'messages.json'), 'utf8'));
    for (const key of [m.name, m.description].map((v: string) => /^__MSG_(\w+)__$/.exec(v)?.[1])) {
      expect(key).toBeTruthy();
      expect(messages[key!].message.trim()).not.toBe('');
    }
  }
}

describe('extension builds', () => {
  it('Chrome MV3: side panel, background service worker, minimal permissions', async () => {
    const m = await manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect(m.side_panel.default_path).toBe('sidepanel.html');
    expect(existsSync(join(OUT, 'chrome-mv3', m.side_panel.default_path))).toBe(true);
    expect(existsSync(join(OUT, 'chrome-mv3', m.background.service_worker))).toBe(true);
    expect(m.action).toBeTruthy();
    expect([...m.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage']);
    // No host is granted up front: servers and partner sites are optional, asked when needed.
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.content_scripts).toBeUndefined();
    // The test build differs only in granting loopback (headless Chromium cannot click a prompt).
    const e2e = await manifest('chrome-mv3-e2e');
    expect({ ...e2e, host_permissions: [] }).toEqual({ ...m, host_permissions: [] });
    expect(e2e.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(m.content_security_policy).toBeUndefined();
    await checkLocales('chrome-mv3', m);
  });

  it('Firefox: sidebar_action, toolbar button, gecko id, valid MV2 manifest', async () => {
    const m = await manifest('firefox-mv2');
    expect(m.manifest_version).toBe(2);
    expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(existsSync(join(OUT, 'firefox-mv2', m.sidebar_action.default_panel))).toBe(true);
    for (const script of m.background.scripts) expect(existsSync(join(OUT, 'firefox-mv2', script))).toBe(true);
    expect(m.browser_action).toBeTruthy();
    expect(m.side_panel).toBeUndefined();
    expect(m.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(m.permissions).not.toContain('sidePanel');
    expect(m.permissions).toEqual(expect.arrayContaining(['storage', 'activeTab', 'scripting', 'contextMenus']));
    expect(m.permissions.filter((p: string) => p.includes('://'))).toEqual([]);
    expect(m.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    await checkLocales('firefox-mv2', m);
    // The sidebar page loads only packaged scripts (no remote code).
    const html = await readFile(join(OUT, 'firefox-mv2', m.sidebar_action.default_panel), 'utf8');
    expect(html).not.toMatch(/src="https?:/);
    expect(html).toMatch(/<script type="module"[^>]*src="\/chunks\/sidepanel-[\w-]+\.js"/);
  });

  it('the side panel loads English and the tabs not shown at first only when needed', async () => {
    const dir = join(OUT, 'chrome-mv3');
    const html = await readFile(join(dir, 'sidepanel.html'), 'utf8');
    const entry = /src="\/chunks\/(sidepanel-[\w-]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeTruthy();
    const chunks = await readdir(join(dir, 'chunks'));
    // The entry's static imports, followed: everything parsed before the panel shows.
    const initial = new Set<string>();
    const queue = [entry!];
    while (queue.length) {
      const file = queue.shift()!;
      if (initial.has(file)) continue;
      initial.add(file);
      const code = await readFile(join(dir, 'chunks', file), 'utf8');
      for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(m[1]!);
    }
    const english = chunks.filter((f) => f.startsWith('messages-en-'));
    expect(english).toHaveLength(1);
    expect(initial.has(english[0]!)).toBe(false);
    const initialCode = (await Promise.all([...initial].map((f) => readFile(join(dir, 'chunks', f), 'utf8')))).join('\n');
    // A text only the English catalogue holds is not parsed up front; its Dutch one is.
    expect(initialCode).not.toContain(t('en', 'ui.start.openFailed'));
    expect(initialCode).toContain(t('nl', 'ui.start.openFailed'));
    for (const screen of ['ConsentScreen-', 'GuideScreen-', 'ShareScreen-']) {
      const file = chunks.find((f) => f.startsWith(screen));
      expect(file, screen).toBeTruthy();
      expect(initial.has(file!)).toBe(false);
    }
  });
});
