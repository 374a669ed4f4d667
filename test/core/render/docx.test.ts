// The .docx renderer: Word's structure inside the package (styles, table header, lists,
// links, language, properties), and the document as LibreOffice opens and lays it out.
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../core/render/index.js';
import { BUDGET, HEADINGS, HOSTILE, RACI, fixtureDocument, hostileDocument } from '../../fixtures/render/agreement.js';
import { docxToText } from '../../support/libreoffice.js';

function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

describe('renderDocx package', () => {
  let zip: Record<string, string>;
  let document: string;
  beforeAll(async () => {
    const bytes = await renderDocx(fixtureDocument);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // "PK": a zip
    zip = parts(bytes);
    document = zip['word/document.xml'] ?? '';
  });

  it('uses Word built-in styles for title and headings', () => {
    expect(count(document, /<w:pStyle w:val="Title"\/>/g)).toBe(1);
    expect(count(document, /<w:pStyle w:val="Heading1"\/>/g)).toBe(3); // the section titles
    expect(count(document, /<w:pStyle w:val="Heading2"\/>/g)).toBe(1); // heading blocks of levels 1, 2, 3
    expect(count(document, /<w:pStyle w:val="Heading3"\/>/g)).toBe(1);
    expect(count(document, /<w:pStyle w:val="Heading4"\/>/g)).toBe(1);
    expect(count(document, /<w:pStyle w:val="Subtitle"\/>/g)).toBe(1);
    expect(zip['word/styles.xml']).toMatch(/w:styleId="Subtitle"[\s\S]*?<w:name w:val="Subtitle"\/>/);
  });

  it('marks the first table row as a repeating, bold header row', () => {
    expect(count(document, /<w:tbl>/g)).toBe(2);
    expect(count(document, /<w:tblHeader\/>/g)).toBe(2);
    const headerRow = /<w:tr>(?:(?!<\/w:tr>)[\s\S])*?<w:tblHeader\/>[\s\S]*?<\/w:tr>/.exec(document)?.[0] ?? '';
    expect(headerRow).toContain('Activiteit');
    expect(count(headerRow, /<w:b\/>/g)).toBe(4);
    expect(document).toMatch(/<w:tblW w:type="pct" w:w="(100%|5000)"\/>/);
    expect(document).toMatch(/<w:tblBorders>[\s\S]*?<w:insideH [^>]*w:val="single"/);
  });

  it('writes lists as numbered and bulleted Word lists', () => {
    const numbering = zip['word/numbering.xml'] ?? '';
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(count(document, /<w:numPr>/g)).toBe(6);
  });

  it('links only http(s) addresses, as external hyperlinks', () => {
    expect(count(document, /<w:hyperlink /g)).toBe(1);
    expect(zip['word/_rels/document.xml.rels']).toMatch(/Target="https:\/\/www\.debibliotheekopschool\.nl\/" TargetMode="External"/);
  });

  it('colours prompts grey and italic, warnings dark red and bold', () => {
    const paragraph = (text: string): string =>
      new RegExp(`<w:p>(?:(?!<w:p>)[\\s\\S])*?${text}[\\s\\S]*?</w:p>`).exec(document)?.[0] ?? '';
    const prompt = paragraph('Beschrijf hier');
    expect(prompt).toContain('<w:i/>');
    expect(prompt).toContain('<w:color w:val="595959"/>');
    const warning = paragraph('geen partner eindverantwoordelijk');
    expect(warning).toContain('<w:b/>');
    expect(warning).toContain('<w:color w:val="A4262C"/>');
    expect(warning).toContain('⚠');
  });

  it('sets the language and the document properties', async () => {
    expect(zip['word/styles.xml']).toContain('<w:lang w:val="nl-NL"/>');
    expect(zip['docProps/core.xml']).toContain(`<dc:title>${HEADINGS.title}</dc:title>`);
    expect(zip['docProps/core.xml']).toContain('<dc:creator>Samenspel</dc:creator>');
    const english = parts(await renderDocx({ ...fixtureDocument, lang: 'en' }));
    expect(english['word/styles.xml']).toContain('<w:lang w:val="en-GB"/>');
  });

  it('keeps hostile text as escaped text and hostile links out', async () => {
    const hostile = parts(await renderDocx(hostileDocument));
    const xml = hostile['word/document.xml'] ?? '';
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<img');
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostile['word/_rels/document.xml.rels']).not.toMatch(/javascript:|data:/);
  });
});

describe('renderDocx opened by LibreOffice', () => {
  let text = '';
  let ms = 0;
  beforeAll(async () => {
    const bytes = await renderDocx(fixtureDocument);
    const started = performance.now();
    text = await docxToText(bytes);
    ms = performance.now() - started;
    console.info(`LibreOffice .docx → PDF → text: ${Math.round(ms)} ms`);
  }, 120_000);

  const flat = (): string => text.replace(/\s+/g, ' ');

  it('shows every heading', () => {
    for (const heading of [HEADINGS.title, ...HEADINGS.sections, ...HEADINGS.blocks]) expect(flat()).toContain(heading);
  });

  it('shows every RACI row with its letters in the partners’ order', () => {
    for (const { activity, roles } of RACI) {
      const first = activity.split(' ')[0]!;
      expect(text).toMatch(new RegExp(`^\\s*${first}\\b.*\\s${roles.join('\\s+')}\\s*$`, 'm'));
    }
  });

  it('shows every budget line with its amount', () => {
    for (const [post, partner, amount] of BUDGET) {
      expect(text).toMatch(new RegExp(`^\\s*${post}\\s+${partner ? `${partner}\\s+` : ''}${amount.replace('.', '\\.')}\\s*$`, 'm'));
    }
  });

  it('shows lists, links and the warning as text', () => {
    expect(text).toMatch(/^\s*•\s+Elke groep bezoekt twee keer per jaar de bibliotheek\./m);
    expect(text).toMatch(/^\s*3\.\s+Leesplan vaststellen/m);
    expect(flat()).toContain('Zie de Monitor de Bibliotheek op school.');
    expect(flat()).toContain('⚠ Voor “Subsidie aanvragen” is geen partner eindverantwoordelijk (A).');
  });

  it('opens a hostile document and shows the hostile strings as text', async () => {
    const hostile = (await docxToText(await renderDocx(hostileDocument))).replace(/\s+/g, ' ');
    for (const bad of HOSTILE) expect(hostile).toContain(bad);
  }, 120_000);

  it('converts within a reasonable time', () => {
    expect(ms).toBeLessThan(60_000);
  });
});
