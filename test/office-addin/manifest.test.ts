// The XML manifest: office-addin-manifest reads it, and it has what Office requires of a Word
// task pane, in the schema's order (the online `validate` is unavailable offline).
import { existsSync, readFileSync } from 'node:fs';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { describe, expect, it } from 'vitest';

const PATH = 'office-addin/manifest.xml';
const xml = readFileSync(PATH, 'utf8');

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

/** A minimal XML reader for our own manifest (elements, attributes, text; no CDATA or DTD). */
function parse(source: string): El {
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const body = source.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  for (const m of body.matchAll(/<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g)) {
    const top = stack.at(-1)!;
    if (m[5] !== undefined) {
      top.text += m[5].trim();
    } else if (m[1]) {
      if (stack.pop()!.name !== m[2]) throw new Error(`mismatched </${m[2]}>`);
    } else {
      const el: El = { name: m[2]!, attrs: Object.fromEntries([...m[3]!.matchAll(/([\w:.-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])), children: [], text: '' };
      top.children.push(el);
      if (!m[4]) stack.push(el);
    }
  }
  if (stack.length !== 1) throw new Error('unclosed element');
  return root.children[0]!;
}

const all = (el: El): El[] => [el, ...el.children.flatMap(all)];
const child = (el: El, name: string) => el.children.find((c) => c.name === name);

describe('manifest.xml', () => {
  const app = parse(xml);

  it('is read by office-addin-manifest as a Word task pane', async () => {
    const info = await OfficeAddinManifest.readManifestFile(PATH);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Document']);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.defaultSettings?.sourceLocation).toBe('https://localhost:8787/addin/taskpane.html');
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultLocale).toBe('nl-NL');
  });

  it('has the elements of a TaskPaneApp in schema order', () => {
    expect(app.name).toBe('OfficeApp');
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(app.attrs.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    const order = ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'AllowSnapshot', 'VersionOverrides'];
    const names = app.children.map((c) => c.name);
    expect(names.every((n) => order.includes(n))).toBe(true);
    expect(names).toEqual([...names].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    for (const required of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions']) {
      expect(names).toContain(required);
    }
    expect(child(app, 'DisplayName')!.attrs.DefaultValue!.length).toBeLessThanOrEqual(125);
    expect(child(app, 'Description')!.attrs.DefaultValue!.length).toBeLessThanOrEqual(250);
  });

  it('declares Word and the WordApi 1.3 requirement set', () => {
    expect(child(app, 'Hosts')!.children.map((h) => h.attrs.Name)).toEqual(['Document']);
    const sets = child(child(app, 'Requirements')!, 'Sets')!;
    expect(sets.children.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([['WordApi', '1.3']]);
  });

  it('loads everything over HTTPS from the add-in origin, the task pane from /addin/taskpane.html', () => {
    const urls = all(app).flatMap((el) => [el.attrs.DefaultValue, el.attrs.Value].filter((v): v is string => /^\w+:\/\//.test(v ?? '')));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith('https://localhost:8787/')).toBe(true);
    expect(child(app, 'AppDomains')!.children.map((d) => d.text)).toEqual(['https://localhost:8787']);
    expect(child(child(app, 'DefaultSettings')!, 'SourceLocation')!.attrs.DefaultValue).toBe('https://localhost:8787/addin/taskpane.html');
  });

  it('adds a ribbon button that shows the task pane, and every resid resolves', () => {
    const overrides = child(app, 'VersionOverrides')!;
    expect(overrides.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    const host = child(child(overrides, 'Hosts')!, 'Host')!;
    expect(host.attrs['xsi:type']).toBe('Document');
    const action = all(host).find((el) => el.name === 'Action')!;
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    const resources = all(child(overrides, 'Resources')!).filter((el) => el.attrs.id).map((el) => el.attrs.id);
    const refs = all(overrides).flatMap((el) => (el.attrs.resid ? [el.attrs.resid] : []));
    for (const ref of refs) expect(resources).toContain(ref);
    const urls = Object.fromEntries(all(child(overrides, 'Resources')!).filter((el) => el.name === 'bt:Url').map((el) => [el.attrs.id, el.attrs.DefaultValue]));
    expect(urls['Taskpane.Url']).toBe('https://localhost:8787/addin/taskpane.html');
  });

  it('points at icon files and pages that exist, icons in their declared sizes', () => {
    const files = all(app).flatMap((el) => {
      const m = /^https:\/\/localhost:8787\/addin\/(.+)$/.exec(el.attrs.DefaultValue ?? '');
      return m ? [m[1]!] : [];
    });
    for (const file of new Set(files)) {
      const local = file.startsWith('assets/') ? `office-addin/${file}` : `office-addin/taskpane/${file}`;
      expect(existsSync(local), local).toBe(true);
      const size = /icon-(\d+)\.png$/.exec(file)?.[1];
      if (size) {
        const png = readFileSync(local);
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
      }
    }
  });
});
