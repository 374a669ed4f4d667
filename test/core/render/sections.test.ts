// Agreement → block tree: what each section says about a real example, what an empty draft
// gets instead (a helpful prompt in a section, "Nog open" in a document), and the warnings
// a partnership must see.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, readAgreement, setRole, setScore, updateSection } from '../../../core/agreement/index.js';
import { agreementDocument, agreementSection, spukPlanDocument } from '../../../core/render/agreement.js';
import { SECTION_IDS, richText, type Block } from '../../../core/render/blocks.js';
import { t } from '../../../core/i18n/index.js';
import { buildExample } from '../../fixtures/agreement/example.js';

const read = (doc: Y.Doc) => readAgreement(doc).agreement;
const texts = (blocks: Block[]): string[] =>
  blocks.flatMap((b) => {
    if (b.type === 'heading') return [b.text];
    if (b.type === 'paragraph') return [richText(b.text)];
    if (b.type === 'list') return b.items.map(richText);
    return [...b.header, ...b.rows.flat().map(richText)];
  });
const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
const warnings = (blocks: Block[]) => blocks.filter((b) => b.type === 'paragraph' && b.tone === 'warning').map((b) => richText((b as { text: string }).text));

describe('agreement sections', () => {
  it('renders every section of the example in order, in Dutch', () => {
    const doc = agreementDocument(read(buildExample().doc));
    expect(doc.title).toBe('Leesplan Oosterhout 2027');
    // No last change recorded: the date is said to be the creation date.
    expect(doc.subtitle).toBe('Soort plan: SPUK-plan van aanpak · Partners: Bibliotheek Oosterhout, Gemeente Oosterhout en Basisschool De Regenboog · bijgewerkt op 20 november 2026');
    expect(doc.sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
    expect(doc.sections.map((s) => s.title)).toEqual([
      'Gezamenlijke ambitie',
      'Partners',
      'Belangen',
      'Rollen en verantwoordelijkheden',
      'Besluitvorming',
      'Spelregels',
      'Communicatie en het achtje',
      'Proces en reflectie',
      'Relatie',
      'Middelen en begroting',
      'Looptijd en uittreden',
    ]);
    for (const section of doc.sections) expect(section.blocks.some((b) => b.type === 'paragraph' && b.tone === 'prompt')).toBe(false);
  });

  it('dates the document by its last change when one is recorded', () => {
    const { doc } = buildExample();
    updateSection(doc, 'meta', { updated: '2026-11-29T10:00:00.000Z' });
    expect(agreementDocument(read(doc)).subtitle).toMatch(/· bijgewerkt op 29 november 2026$/);
  });

  it('dates a draft from before the last change was kept by its creation', () => {
    const { doc } = buildExample();
    doc.getMap('meta').set('updated', ''); // as stored by older versions, past the write gate
    expect(agreementDocument(read(doc)).subtitle).toMatch(/· aangemaakt op 1 november 2026$/);
  });

  it('puts the RACI grid in a table, activities by partners', () => {
    const roles = agreementSection(read(buildExample().doc), 'roles');
    const [grid] = tables(roles.blocks);
    expect(grid?.header).toEqual(['Activiteit', 'Bibliotheek Oosterhout', 'Gemeente Oosterhout', 'Basisschool De Regenboog']);
    expect(grid?.rows).toEqual([
      ['Leesclub groep 5', 'A', 'I', 'R'],
      ['Ouderavonden voorlezen', 'R', 'C', 'A'],
    ]);
    expect(warnings(roles.blocks)).toEqual([]);
  });

  it('warns about activities without or with two Accountables', () => {
    const { doc, ids } = buildExample();
    setRole(doc, ids.readingClub, ids.school, 'A');
    addItem(doc, 'activities', { name: 'Zomerlezen' });
    expect(warnings(agreementSection(read(doc), 'roles').blocks)).toEqual([
      'Let op: “Leesclub groep 5” heeft 2 eindverantwoordelijken; spreek er één af.',
      'Let op: “Zomerlezen” heeft nog geen eindverantwoordelijke (A).',
    ]);
  });

  it('computes A = B × C × D and calls out a zero factor', () => {
    const { doc, ids } = buildExample();
    let ambition = agreementSection(read(doc), 'ambition');
    expect(tables(ambition.blocks)[0]?.rows).toEqual([
      ['Bibliotheek Oosterhout', '5', '4', '4', '80'],
      ['Gemeente Oosterhout', '4', '3', '3', '36'],
      ['Basisschool De Regenboog', '4', '4', '2', '32'],
    ]);
    expect(texts(ambition.blocks)).toContain('Samen: A = 4,3 × 3,7 × 3 = 47,7.');
    // The four parts, each under its own label.
    expect(texts(ambition.blocks).slice(0, 8)).toEqual([
      'Ambitie',
      'Elk kind in Oosterhout-Noord leest met plezier en op niveau.',
      'Belofte',
      'Vanaf schooljaar 2027 heeft elke groep 5 een wekelijkse leesclub.',
      'Commitment',
      'Elke partner levert één vaste contactpersoon en twee uur per week.',
      'Doen',
      'We starten met drie leesclubs en breiden uit na de evaluatie.',
    ]);
    setScore(doc, ids.municipality, 'C', 0);
    ambition = agreementSection(read(doc), 'ambition');
    expect(warnings(ambition.blocks)).toEqual([
      'Let op: Gemeente Oosterhout geeft Commitment een 0. Daarmee is de ambitie voor deze partner nul. Bespreek wat er nodig is.',
    ]);
  });

  it('shows the budget with totals and the SPUK check, and warns when rules are broken', () => {
    const { doc } = buildExample();
    let resources = agreementSection(read(doc), 'resources');
    const rows = tables(resources.blocks)[0]!.rows.map((r) => r.map(richText));
    expect(rows[0]).toEqual(['Extra openingsuren (personeel)', 'Personeel', 'Specifieke uitkering', 'Geld', '€\u00a080.000,00']);
    expect(rows.slice(-3).map((r) => [r[0], r[4]])).toEqual([
      ['Gevraagde specifieke uitkering', '€\u00a080.000,00'],
      ['Cofinanciering door partners', '€\u00a020.000,00'],
      ['Totaal', '€\u00a0100.000,00'],
    ]);
    // 80/20 holds, but the hours and the number of activities could not be checked: no "voldoet".
    const said = texts(resources.blocks).join('\n');
    expect(said).not.toMatch(/voldoet/);
    expect(said).toMatch(/is gesloten: aanvragen kon tot en met 15 december 2023/);
    expect(said).toMatch(/Niet nagegaan: de bemande uren/);
    expect(said).toMatch(/Niet nagegaan: hoeveel activiteiten/);
    addItem(doc, 'budgetLines', { description: 'Feest', category: 'activities', amount: 300_000_00, payerId: null });
    resources = agreementSection(read(doc), 'resources');
    expect(warnings(resources.blocks)).toEqual([
      'De gevraagde specifieke uitkering is 95% van de kosten; de regeling betaalt ten hoogste 80%.',
      'De cofinanciering is 5% van de kosten; de regeling vraagt ten minste 20%.',
      'De gevraagde uitkering (€\u00a0380.000,00) is hoger dan wat de regeling voor deze activiteiten ten hoogste betaalt (€\u00a0220.000,00).',
    ]);
  });

  it('links an interest to the page it was taken from', () => {
    const interests = agreementSection(read(buildExample().doc), 'interests');
    const list = interests.blocks.filter((b) => b.type === 'list')[1] as Extract<Block, { type: 'list' }>;
    const withSource = list.items.find((i) => typeof i !== 'string' && i.some((r) => r.href))!;
    expect(withSource).toContainEqual({ text: 'bron: Schoolplan De Regenboog', href: 'https://www.regenboog.example/schoolplan' });
  });

  it('gives an empty draft a helpful prompt in every section of the preview instead of nothing', () => {
    const doc = agreementDocument(read(new Y.Doc()), { prompts: true });
    expect(doc.title).toBe('Samenwerkingsafspraken (concept)');
    for (const section of doc.sections) {
      expect(section.blocks).toHaveLength(1);
      expect(section.blocks[0]).toMatchObject({ type: 'paragraph', tone: 'prompt' });
    }
    expect(texts(doc.sections.find((s) => s.id === 'decisions')!.blocks)[0]).toMatch(/^Nog geen besluitvormingsregel gekozen — kies consent, consensus/);
    expect(texts(agreementSection(read(new Y.Doc()), 'roles').blocks)[0]).toMatch(/^Nog geen activiteiten/);
  });

  it('leaves empty parts out of an export and names them once under "Nog open"', () => {
    const { doc } = buildExample();
    updateSection(doc, 'relationship', { meetingRhythm: '', conflicts: '' });
    const exported = agreementDocument(read(doc));
    expect(exported.sections.map((s) => s.id)).not.toContain('relationship');
    const open = exported.sections.at(-1)!;
    expect(open).toMatchObject({ id: 'open', title: 'Nog open' });
    expect(texts(open.blocks)).toEqual(['Deze onderdelen zijn nog niet ingevuld:', 'Relatie']);
    const empty = agreementDocument(read(new Y.Doc()));
    expect(empty.sections).toHaveLength(1);
    expect(texts(empty.sections[0]!.blocks).slice(1)).toEqual(SECTION_IDS.map((id) => t('nl', `section.${id}`)));
  });

  it('explains the chosen decision rule from the knowledge base, in English too', () => {
    const { doc } = buildExample();
    updateSection(doc, 'decisions', { rule: 'daci' });
    const en = agreementSection(read(doc), 'decisions', { lang: 'en' });
    expect(en.title).toBe('Decision making');
    expect(texts(en.blocks)[0]).toBe('We decide by DACI: for each decision one Driver prepares it, one Approver takes it, Contributors give input and others are Informed.');
    updateSection(doc, 'decisions', { rule: 'consent' });
    expect(texts(agreementSection(read(doc), 'decisions').blocks)[0]).toBe(t('nl', 'decisions.explain.consent'));
  });

  it('prints each decision\'s DACI roles with the person named beside the partner, only with DACI as the rule', () => {
    const { doc, ids } = buildExample();
    const log = read(doc).decisions.log.length;
    addItem(doc, 'decisionLog', {
      date: '2027-02-01',
      decision: 'Leesclub uitbreiden',
      daci: { [ids.library]: 'D', [ids.municipality]: 'A', [ids.school]: 'I' },
      daciPeople: { [ids.library]: 'Anne de Vries', [ids.school]: 'Karim Ouali' },
    });
    addItem(doc, 'decisionLog', { decision: 'Nog geen rollen' });
    const withoutDaci = tables(agreementSection(read(doc), 'decisions').blocks).at(-1)!;
    expect(withoutDaci.header).not.toContain(t('nl', 'col.daci'));
    updateSection(doc, 'decisions', { rule: 'daci' });
    for (const lang of ['nl', 'en'] as const) {
      const table = tables(agreementSection(read(doc), 'decisions', { lang }).blocks).at(-1)!;
      expect(table.header.at(-1)).toBe(t(lang, 'col.daci'));
      const cell = richText(table.rows[log]!.at(-1)!);
      const person = (name: string, partner: string) => t(lang, 'daci.person', { person: name, partner });
      const expected = [
        t(lang, 'daci.summary.D', { names: person('Anne de Vries', 'Bibliotheek Oosterhout') }),
        t(lang, 'daci.summary.A', { names: 'Gemeente Oosterhout' }),
        t(lang, 'daci.summary.I', { names: person('Karim Ouali', 'Basisschool De Regenboog') }),
      ].join('; ');
      expect(cell).toBe(expected.charAt(0).toUpperCase() + expected.slice(1));
      expect(richText(table.rows[log + 1]!.at(-1)!)).toBe(t(lang, 'value.none'));
    }
    expect(richText(tables(agreementSection(read(doc), 'decisions').blocks).at(-1)!.rows[log]!.at(-1)!)).toBe(
      'Trekker: Anne de Vries (Bibliotheek Oosterhout); beslisser: Gemeente Oosterhout; geïnformeerd: Karim Ouali (Basisschool De Regenboog)',
    );
  });

  it('makes a one-page SPUK plan: explanation and compact budget', () => {
    const plan = spukPlanDocument(read(buildExample().doc));
    expect(plan.title).toBe('SPUK-plan van aanpak — Leesplan Oosterhout 2027');
    expect(plan.sections.map((s) => s.title)).toEqual(['Toelichting', 'Begroting']);
    const all = texts(plan.sections.flatMap((s) => s.blocks)).join('\n');
    expect(all).toContain('Leesclub groep 5: Wekelijks na schooltijd · Eindverantwoordelijk (A): Bibliotheek Oosterhout');
    expect(all).toContain(t('nl', 'decisions.explain.consent'));
    expect(all).toContain('€\u00a0100.000,00');
    expect(all).toContain(t('nl', 'spuk.kind'));
  });
});
