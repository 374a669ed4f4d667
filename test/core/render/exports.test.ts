// Exports that go into a plan: the kind of plan, the activities and the SPUK activity printed;
// no question to the reader and no device-specific wording; the credit line in every output;
// Calibri set in the .docx styles, on A4 with 2.5 cm margins; DACI roles per decision, with
// the person named, in every format.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, readAgreement, updateSection } from '../../../core/agreement/index.js';
import { t } from '../../../core/i18n/index.js';
import { agreementDocument, sectionDocument, spukPlanDocument } from '../../../core/render/agreement.js';
import { SECTION_IDS, richText, type Block, type RenderDocument } from '../../../core/render/blocks.js';
import { renderDocx, renderHtml, renderMarkdown, renderText } from '../../../core/render/index.js';
import { buildExample } from '../../fixtures/agreement/example.js';
import { buildSpukExample } from '../../fixtures/agreement/spuk-example.js';

const blockTexts = (b: Block): string[] =>
  b.type === 'heading' ? [b.text] : b.type === 'paragraph' ? [richText(b.text)] : b.type === 'list' ? b.items.map(richText) : [...b.header, ...b.rows.flat().map(richText)];
const allText = (doc: RenderDocument) => [doc.title, doc.subtitle ?? '', ...doc.sections.flatMap((s) => [s.title, ...s.blocks.flatMap(blockTexts)])].join('\n');

const spuk = () => readAgreement(buildSpukExample().doc).agreement;
const example = () => readAgreement(buildExample().doc).agreement;
const empty = () => readAgreement(new Y.Doc()).agreement;

const documents = (): [string, RenderDocument][] => [
  ['full SPUK example', agreementDocument(spuk())],
  ['SPUK plan', spukPlanDocument(spuk())],
  ['full reading example', agreementDocument(example())],
  ['SPUK plan of the reading example', spukPlanDocument(example())],
  ['empty draft', agreementDocument(empty())],
  ['SPUK plan of an empty draft', spukPlanDocument(empty())],
  ...SECTION_IDS.map((id): [string, RenderDocument] => [`empty ${id}`, sectionDocument(empty(), id)]),
  ['English SPUK plan', spukPlanDocument(spuk(), { lang: 'en' })],
];

describe('exported documents', () => {
  it('put no question to the reader and nothing device-specific', () => {
    for (const [name, doc] of documents()) {
      const text = allText(doc);
      expect(text, name).not.toContain('?');
      expect(text, name).not.toMatch(/apparaat|device/i);
      expect(doc.sections.flatMap((s) => s.blocks).some((b) => b.type === 'paragraph' && b.tone === 'prompt'), name).toBe(false);
    }
  });

  it('credit the source in every output format', async () => {
    for (const [name, doc] of documents()) {
      const credit = doc.lang === 'nl' ? 'Gebaseerd op Samenwerken als lonkend perspectief (Cubiss, 2023).' : 'Based on Samenwerken als lonkend perspectief (Cubiss, 2023).';
      expect(renderText(doc).trimEnd().endsWith(credit), name).toBe(true);
      expect(renderMarkdown(doc), name).toContain('*Samenwerken als lonkend perspectief*');
      expect(renderHtml(doc), name).toContain('<p class="credit">Gebaseerd op <em>Samenwerken als lonkend perspectief</em> (Cubiss, 2023).</p>'.replace('Gebaseerd op', doc.lang === 'nl' ? 'Gebaseerd op' : 'Based on'));
    }
    const docx = strFromU8(unzipSync(await renderDocx(spukPlanDocument(spuk())))['word/document.xml']!);
    expect(docx).toContain('Samenwerken als lonkend perspectief');
  });

  it('print the kind of plan, the activities with their descriptions and the SPUK activity', () => {
    const full = allText(agreementDocument(spuk()));
    expect(full).toContain('Soort plan: SPUK-plan van aanpak');
    expect(full).toContain('Ruimere openingstijden centrum: Ook op maandag en op zaterdagmiddag bemand open');
    expect(full).toContain('SPUK-activiteit: Een beperkte bibliotheekvoorziening doorontwikkelen tot vestiging');
    const plan = spukPlanDocument(spuk());
    const table = plan.sections[0]!.blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table')!;
    expect(table.header).toEqual(['Activiteit', 'SPUK-activiteit', 'Locatie', 'Bemande uren nu', 'Bemande uren straks']);
    expect(table.rows.map((r) => r.map(richText))).toEqual([
      ['Ruimere openingstijden centrum', 'Ruimere openingsuren', 'Vestiging Centrum, Markt 3', '28 per week', '40 per week'],
      ['Vestiging Vrijhoeve', 'Beperkte voorziening wordt vestiging', 'MFA De Vrijhoeve, Schoolstraat 12', '8 per week', '20 per week'],
    ]);
    const text = allText(plan);
    expect(text).toContain('Vestiging Vrijhoeve: Het servicepunt wordt een vestiging met eigen collectie, een studieplek en een spreekuur van het Taalhuis. · Eindverantwoordelijk (A): Bibliotheek Dongemond');
    expect(text).toContain('Gemeente Dongemond: €\u00a038.000,00');
    expect(text).toContain('Cubiss: €\u00a02.000,00');
    expect(text).toContain(t('nl', 'decisions.explain.lead-partner'));
    // The four parts of the ambition, each labelled.
    for (const label of ['Ambitie: ', 'Belofte: ', 'Commitment: ', 'Doen: ']) expect(text).toContain(label);
  });

  it('list what is missing once, under "Nog open", at the end', () => {
    const plan = spukPlanDocument(empty());
    expect(plan.sections.map((s) => s.title)).toEqual(['Toelichting', 'Nog open']);
    expect(plan.sections[1]!.blocks[1]).toEqual({
      type: 'list',
      items: ['Toelichting: Gezamenlijke ambitie', 'Toelichting: Rollen en verantwoordelijkheden', 'Toelichting: Partners', 'Toelichting: Besluitvorming', 'Toelichting: Tijdspad', 'Begroting'],
    });
    expect(allText(plan)).toContain(t('nl', 'spuk.noScheme'));
  });

  it('set Calibri in the .docx styles, on A4 with 2.5 cm margins', async () => {
    const zip = unzipSync(await renderDocx(agreementDocument(spuk())));
    const styles = strFromU8(zip['word/styles.xml']!);
    const document = strFromU8(zip['word/document.xml']!);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts w:ascii="Calibri" w:cs="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri"\/>/);
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toContain('w:ascii="Calibri"');
    }
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418"/);
  });
  it('print the DACI roles of a decision, with the person named, readably in .docx, HTML, Markdown and text', async () => {
    const { doc, ids } = buildExample();
    updateSection(doc, 'decisions', { rule: 'daci' });
    addItem(doc, 'decisionLog', {
      date: '2027-02-01',
      decision: 'Leesclub uitbreiden',
      daci: { [ids.library]: 'D', [ids.municipality]: 'A' },
      daciPeople: { [ids.library]: 'Anne de Vries' },
    });
    const document = agreementDocument(readAgreement(doc).agreement);
    const driver = t('nl', 'daci.summary.D', { names: t('nl', 'daci.person', { person: 'Anne de Vries', partner: 'Bibliotheek Oosterhout' }) });
    const cell = `${driver.charAt(0).toUpperCase()}${driver.slice(1)}; ${t('nl', 'daci.summary.A', { names: 'Gemeente Oosterhout' })}`;
    expect(renderText(document)).toContain(cell);
    expect(renderMarkdown(document)).toContain(cell);
    expect(renderHtml(document)).toContain(`<td>${cell}</td>`);
    expect(renderHtml(document)).toContain(`<th scope="col">${t('nl', 'col.daci')}</th>`);
    const docx = strFromU8(unzipSync(await renderDocx(document))['word/document.xml']!);
    expect(docx).toContain(cell);
  });
});
