// Both manifests of the Word add-in, as the build writes them (office-addin/manifest-build.ts,
// called by office-addin/vite.config.ts) into a temporary folder: the XML add-in only manifest,
// read by office-addin-manifest and checked for what Office requires of a Word task pane in the
// schema's order; the unified manifest for Microsoft 365, parsed and validated against the
// official JSON schema of its manifestVersion (the copy in @microsoft/app-manifest, offline);
// and the two against each other: same add-in, task pane URL, icons (files at their sizes) and
// permission level. (`office-addin-manifest validate` calls a web service: unavailable offline.)
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { Resvg } from '@resvg/resvg-js';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAddinManifests } from '../../office-addin/manifest-build.js';

const out = mkdtempSync(join(tmpdir(), 'samenspel-manifest-'));
let written: string[] = [];
let xml = '';
let json: any;
let localization: Record<string, string> = {};
beforeAll(() => {
  written = writeAddinManifests(out);
  xml = readFileSync(join(out, 'manifest.xml'), 'utf8');
  json = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  localization = JSON.parse(readFileSync(join(out, 'manifest.en-us.json'), 'utf8'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const ORIGIN = 'https://localhost:8787';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The permission levels, add-in only manifest → unified manifest (learn.microsoft.com, "Requesting permissions for API use in add-ins"). */
const PERMISSIONS: Record<string, string> = {
  Restricted: 'Document.Restricted.User',
  ReadDocument: 'Document.Read.User',
  ReadAllDocument: 'Document.ReadAll.User',
  WriteDocument: 'Document.Write.User',
  ReadWriteDocument: 'Document.ReadWrite.User',
};
const SCHEMAS = join(dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest')), 'json-schemas/teams');
const schema = (version: string, name = 'MicrosoftTeams.schema.json') => JSON.parse(readFileSync(join(SCHEMAS, `v${version}`, name), 'utf8'));

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
const resources = (app: El) => all(child(child(app, 'VersionOverrides')!, 'Resources')!);

/** A file of the build from its URL at the development origin. */
const local = (url: string) => join(out, url.replace(`${ORIGIN}/addin/`, ''));

/** A PNG's width and height, read from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString(), file).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** A PNG's RGBA pixels, decoded by resvg from an SVG that shows it at its own size. */
function pngPixels(file: string): Uint8Array {
  const [w, h] = pngSize(file);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><image href="data:image/png;base64,${readFileSync(file).toString('base64')}" width="${w}" height="${h}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

describe('manifest.xml (add-in only manifest)', () => {
  it('is read by office-addin-manifest as a Word task pane', async () => {
    const info = await OfficeAddinManifest.readManifestFile(join(out, 'manifest.xml'));
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Document']);
    expect(info.id).toMatch(GUID);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.defaultSettings?.sourceLocation).toBe(`${ORIGIN}/addin/taskpane.html`);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultLocale).toBe('nl-NL');
  });

  it('has the elements of a TaskPaneApp in schema order', () => {
    const app = parse(xml);
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
    const app = parse(xml);
    expect(child(app, 'Hosts')!.children.map((h) => h.attrs.Name)).toEqual(['Document']);
    const sets = child(child(app, 'Requirements')!, 'Sets')!;
    expect(sets.children.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([['WordApi', '1.3']]);
  });

  it('loads everything over HTTPS from the add-in origin, the task pane from /addin/taskpane.html', () => {
    const app = parse(xml);
    const urls = all(app).flatMap((el) => [el.attrs.DefaultValue, el.attrs.Value].filter((v): v is string => /^\w+:\/\//.test(v ?? '')));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
    expect(child(app, 'AppDomains')!.children.map((d) => d.text)).toEqual([ORIGIN]);
    expect(child(child(app, 'DefaultSettings')!, 'SourceLocation')!.attrs.DefaultValue).toBe(`${ORIGIN}/addin/taskpane.html`);
  });

  it('adds a ribbon button that shows the task pane, and every resid resolves', () => {
    const app = parse(xml);
    const overrides = child(app, 'VersionOverrides')!;
    expect(overrides.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    const host = child(child(overrides, 'Hosts')!, 'Host')!;
    expect(host.attrs['xsi:type']).toBe('Document');
    const action = all(host).find((el) => el.name === 'Action')!;
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    const ids = resources(app).filter((el) => el.attrs.id).map((el) => el.attrs.id);
    const refs = all(overrides).flatMap((el) => (el.attrs.resid ? [el.attrs.resid] : []));
    for (const ref of refs) expect(ids).toContain(ref);
    const urls = Object.fromEntries(resources(app).filter((el) => el.name === 'bt:Url').map((el) => [el.attrs.id, el.attrs.DefaultValue]));
    expect(urls['Taskpane.Url']).toBe(`${ORIGIN}/addin/taskpane.html`);
  });

  it('points at icon files the build wrote and pages that exist, icons in their declared sizes', () => {
    const files = all(parse(xml)).flatMap((el) => {
      const m = /^https:\/\/localhost:8787\/addin\/(.+)$/.exec(el.attrs.DefaultValue ?? '');
      return m ? [m[1]!] : [];
    });
    expect(files.filter((f) => f.startsWith('assets/')).length).toBeGreaterThanOrEqual(5);
    for (const file of new Set(files)) {
      const path = file.startsWith('assets/') ? join(out, file) : `office-addin/taskpane/${file}`;
      expect(existsSync(path), path).toBe(true);
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      if (size) expect(pngSize(path)).toEqual([size, size]);
    }
  });
});

describe('manifest.json (unified manifest for Microsoft 365)', () => {
  it('is valid against the official schema of its manifestVersion, which rejects a broken copy', async () => {
    expect(json.manifestVersion).toMatch(/^1\.\d+$/);
    expect(Number(json.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(17); // Office add-ins ("extensions") from 1.17
    expect(json.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${json.manifestVersion}/MicrosoftTeams.schema.json`);
    const rules = schema(json.manifestVersion);
    expect(await AppManifestUtils.validateAgainstSchema(json, rules)).toEqual([]);
    const broken = structuredClone(json);
    broken.id = 'samenspel';
    broken.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].icons[0].size = 17;
    delete broken.developer.privacyUrl;
    const errors = await AppManifestUtils.validateAgainstSchema(broken, rules);
    expect(errors.join('\n')).toMatch(/\/id /);
    expect(errors.join('\n')).toMatch(/icons\/0\/size/);
    expect(errors.join('\n')).toMatch(/privacyUrl/);
  });

  it('is read by office-addin-manifest as a Word task pane', async () => {
    const info = await OfficeAddinManifest.readManifestFile(join(out, 'manifest.json'));
    expect(info.manifestType).toBe('json');
    expect(info.id).toMatch(GUID);
    expect(info.hosts).toEqual(['document']);
    expect(info.permissions).toBe('Document.ReadWrite.User');
    expect(info.defaultLocale).toBe('nl-nl');
    expect(info.displayName).toBe('Samenspel');
  });

  it('has the base properties Office needs: id, version n.n.n, names, descriptions, developer', () => {
    expect(json.id).toMatch(GUID);
    expect(json.version).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    expect(json.name.short.length).toBeLessThanOrEqual(30);
    expect(json.description.short.length).toBeLessThanOrEqual(80);
    expect(json.description.full.length).toBeGreaterThan(json.description.short.length);
    expect(json.developer.name).toBe('Samenspel');
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) expect(json.developer[key]).toBe(`${ORIGIN}/`);
    expect(json.accentColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('is a Word add-in with WordApi 1.3, a task pane page and a Home tab button that opens it', () => {
    expect(json.extensions).toHaveLength(1);
    const [extension] = json.extensions;
    expect(extension.requirements).toEqual({ scopes: ['document'], capabilities: [{ name: 'WordApi', minVersion: '1.3' }] });
    expect(extension.runtimes).toHaveLength(1);
    const [runtime] = extension.runtimes;
    expect(runtime.code.page).toBe(`${ORIGIN}/addin/taskpane.html`);
    expect(runtime.actions).toHaveLength(1);
    expect(runtime.actions[0].type).toBe('openPage');
    const [ribbon] = extension.ribbons;
    expect(ribbon.contexts).toEqual(['default']);
    expect(ribbon.tabs[0].builtInTabId).toBe('TabHome');
    const control = ribbon.tabs[0].groups[0].controls[0];
    expect(control).toMatchObject({ type: 'button', label: 'Samenspel', actionId: runtime.actions[0].id });
    expect(control.supertip.description.length).toBeGreaterThan(20);
    // Every URL but the schema's is the add-in's own, over HTTPS (the server rewrites the origin).
    const urls = JSON.stringify({ ...json, $schema: undefined }).match(/"\w+:\/\/[^"]*"/g)!;
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith(`"${ORIGIN}/`), url).toBe(true);
  });

  it('has its English strings in manifest.en-us.json, each at a path manifest.json has and the localization schema allows', () => {
    expect(json.localizationInfo).toEqual({ defaultLanguageTag: 'nl-nl', additionalLanguages: [{ languageTag: 'en-us', file: 'manifest.en-us.json' }] });
    const rules = schema(json.manifestVersion, 'MicrosoftTeams.Localization.schema.json');
    for (const key of rules.required) expect(localization).toHaveProperty([key]);
    // The schema's own patterns (ajv cannot compile some of them with the u flag; RegExp can without).
    const patterns = Object.keys(rules.patternProperties).map((p) => new RegExp(p));
    for (const [key, value] of Object.entries(localization)) {
      if (key === '$schema') continue;
      expect(key in rules.properties || patterns.some((p) => p.test(key)), key).toBe(true);
      const original = key.split(/\.|\[(\d+)\]/).filter(Boolean).reduce((at: any, step) => at?.[step], json);
      expect(typeof original, key).toBe('string');
      expect(value.length, key).toBeGreaterThan(0);
    }
    expect(localization['description.full']).toMatch(/^Insert the collaboration agreement/);
  });
});

describe('the two manifests', () => {
  it('are one add-in: same id, version, requirement set and names', () => {
    const app = parse(xml);
    expect(json.id).toBe(child(app, 'Id')!.text);
    expect(`${json.version}.0`).toBe(child(app, 'Version')!.text);
    const set = child(child(app, 'Requirements')!, 'Sets')!.children[0]!;
    expect(json.extensions[0].requirements.capabilities).toEqual([{ name: set.attrs.Name, minVersion: set.attrs.MinVersion }]);
    const name = child(app, 'DisplayName')!;
    expect([json.name.short, localization['name.short']]).toEqual([name.attrs.DefaultValue, child(name, 'Override')!.attrs.Value]);
    const description = child(app, 'Description')!;
    expect([json.description.full, localization['description.full']]).toEqual([description.attrs.DefaultValue, child(description, 'Override')!.attrs.Value]);
    const tooltip = resources(app).find((el) => el.attrs.id === 'TaskpaneButton.Tooltip')!;
    expect(json.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.description).toBe(tooltip.attrs.DefaultValue);
  });

  it('name the same task pane URL', () => {
    const app = parse(xml);
    const xmlUrls = [child(child(app, 'DefaultSettings')!, 'SourceLocation')!.attrs.DefaultValue, resources(app).find((el) => el.attrs.id === 'Taskpane.Url')!.attrs.DefaultValue];
    expect(new Set(xmlUrls).size).toBe(1);
    expect(json.extensions[0].runtimes.map((r: { code: { page: string } }) => r.code.page)).toEqual([xmlUrls[0]]);
  });

  it('name the same permission level', () => {
    const level = child(parse(xml), 'Permissions')!.text;
    expect(level).toBe('ReadWriteDocument');
    expect(json.authorization.permissions.resourceSpecific).toEqual([{ name: PERMISSIONS[level], type: 'Delegated' }]);
  });

  it('name the same icons, and the build wrote each at its size', () => {
    const app = parse(xml);
    const [extension] = json.extensions;
    const { alternateIcons } = extension.alternates[0];
    expect(alternateIcons.icon).toEqual({ size: 32, url: child(app, 'IconUrl')!.attrs.DefaultValue });
    expect(alternateIcons.highResolutionIcon).toEqual({ size: 64, url: child(app, 'HighResolutionIconUrl')!.attrs.DefaultValue });
    const xmlRibbon = resources(app)
      .filter((el) => el.name === 'bt:Image')
      .map((el) => ({ size: Number(/^Icon\.(\d+)x\1$/.exec(el.attrs.id!)![1]), url: el.attrs.DefaultValue }));
    expect(xmlRibbon.map((i) => i.size)).toEqual([16, 32, 80]);
    const group = extension.ribbons[0].tabs[0].groups[0];
    expect(group.icons).toEqual(xmlRibbon);
    expect(group.controls[0].icons).toEqual(xmlRibbon);
    for (const { size, url } of [...xmlRibbon, alternateIcons.icon, alternateIcons.highResolutionIcon]) {
      expect(written).toContain(url.replace(`${ORIGIN}/addin/`, ''));
      expect(pngSize(local(url)), url).toEqual([size, size]);
    }
  });

  it('the unified manifest also has its package icons: colour 192×192, outline 32×32 white on transparent', () => {
    expect(pngSize(join(out, json.icons.color))).toEqual([192, 192]);
    expect(pngSize(join(out, json.icons.outline))).toEqual([32, 32]);
    const color = pngPixels(join(out, json.icons.color));
    let blue = 0;
    for (let i = 0; i < color.length; i += 4) if (color[i + 3] === 255 && color[i + 2]! > color[i]! + 80) blue++;
    expect(blue).toBeGreaterThan(192 * 192 * 0.3);
    const outline = pngPixels(join(out, json.icons.outline));
    let clear = 0;
    let white = 0;
    for (let i = 0; i < outline.length; i += 4) {
      const [r, g, b, a] = [outline[i]!, outline[i + 1]!, outline[i + 2]!, outline[i + 3]!];
      if (a === 0) clear++;
      else {
        expect([r, g].every((c) => c === b) && b >= a - 2, `pixel ${i / 4}: ${[r, g, b, a]}`).toBe(true);
        if (a === 255) white++;
      }
    }
    expect(clear).toBeGreaterThan(32 * 32 * 0.3);
    expect(white).toBeGreaterThan(32 * 3);
  });
});
