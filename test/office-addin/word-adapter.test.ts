// The Word adapter against office-addin-mock: content controls with tag and title, the
// built-in styles, the table shapes, Bijwerken with and without user edits, and the number
// of context.sync() calls per action.
import { beforeAll, describe, expect, it } from 'vitest';
import { readAgreement, type Agreement } from '../../core/agreement/index.js';
import { agreementSection, spukPlanDocument } from '../../core/render/agreement.js';
import { SECTION_IDS, WARNING_MARK } from '../../core/render/blocks.js';
import { parseTag, sectionHash } from '../../office-addin/control-tag.js';
import { applyRefresh, findInserted, goTo, insertSections, readOutline, type SectionContent } from '../../office-addin/word-adapter.js';
import { buildExample } from '../fixtures/agreement/example.js';
import { FakeOfficeError, FakeWord, para, type Control, type Para, type Table } from './word-mock.js';

let agreement: Agreement;
beforeAll(() => {
  agreement = readAgreement(buildExample().doc).agreement;
});

const content = (id: (typeof SECTION_IDS)[number], a = agreement): SectionContent => ({
  draftId: 'draft1',
  section: agreementSection(a, id),
  title: `Samenspel: ${agreementSection(a, id).title}`,
});
const paras = (cc: Control) => cc.children.filter((n): n is Para => n.kind === 'p');
const tables = (cc: Control) => cc.children.filter((n): n is Table => n.kind === 'table');

describe('insertSections', () => {
  it('inserts a section as a tagged, titled content control at an empty cursor, in two syncs', async () => {
    const word = new FakeWord([para('Inleiding'), para('')], undefined);
    word.selection = { para: word.body[1] as Para, start: 0, end: 0 };
    const { tags } = await insertSections(word.run, [content('roles')]);
    expect(word.syncs).toBe(2);
    const [cc] = word.controls();
    expect(cc).toBeDefined();
    expect(cc!.tag).toBe(tags[0]);
    expect(parseTag(cc!.tag)).toEqual({ draftId: 'draft1', sectionId: 'roles', hash: sectionHash(content('roles').section) });
    expect(cc!.title).toBe('Samenspel: Rollen en verantwoordelijkheden');
    expect(cc!.appearance).toBe('BoundingBox');
    // The empty paragraph at the cursor became the control: nothing extra around it.
    expect(word.body.map((n) => n.kind)).toEqual(['p', 'cc']);
    expect(paras(cc!)[0]).toMatchObject({ text: 'Rollen en verantwoordelijkheden', style: 'Heading2' });
  });

  it('builds the RACI table as a real table with a header row and a built-in table style', async () => {
    const word = new FakeWord();
    await insertSections(word.run, [content('roles')]);
    const [raci] = tables(word.controls()[0]!);
    expect(raci).toMatchObject({ style: 'GridTable4_Accent1', headerRowCount: 1, styleFirstColumn: false });
    expect(raci!.values).toEqual([
      ['Activiteit', 'Bibliotheek Oosterhout', 'Gemeente Oosterhout', 'Basisschool De Regenboog'],
      ['Leesclub groep 5', 'A', 'I', 'R'],
      ['Ouderavonden voorlezen', 'R', 'C', 'A'],
    ]);
  });

  it('builds the budget as a 5-column table with totals and styles every paragraph', async () => {
    const word = new FakeWord();
    await insertSections(word.run, [content('resources')]);
    const cc = word.controls()[0]!;
    const [budget] = tables(cc);
    expect(budget!.values[0]).toHaveLength(5);
    expect(budget!.values.length).toBe(1 + 3 + 3); // header, three lines, three totals
    expect(budget!.values.flat().join(' ')).toMatch(/80\.000,00[\s\S]*100\.000,00/);
    expect(budget!.headerRowCount).toBe(1);
    for (const p of paras(cc)) expect(['Heading2', 'Heading3', 'Normal', 'ListParagraph']).toContain(p.style); // the check's points are a list
  });

  it('uses Heading 3 for sub-headings, Word lists for lists, and run formatting for prompts and warnings', async () => {
    const word = new FakeWord();
    const section = {
      id: 'ambition',
      title: 'Gezamenlijke ambitie',
      blocks: [
        { type: 'heading' as const, level: 3 as const, text: 'Belofte' },
        { type: 'paragraph' as const, text: [{ text: 'Wij ' }, { text: 'lezen', bold: true }, { text: ' samen.' }] },
        { type: 'list' as const, items: ['een', 'twee'] },
        { type: 'list' as const, ordered: true, items: ['eerst', 'dan'] },
        { type: 'paragraph' as const, text: 'Vul dit in.', tone: 'prompt' as const },
        { type: 'paragraph' as const, text: 'Geen eindverantwoordelijke.', tone: 'warning' as const },
        { type: 'paragraph' as const, text: [{ text: 'bron', href: 'https://example.org/' }, { text: ' en ' }, { text: 'x', href: 'javascript:alert(1)' }] },
      ],
    };
    await insertSections(word.run, [{ draftId: 'd', section, title: 'Samenspel: Gezamenlijke ambitie' }]);
    const ps = paras(word.controls()[0]!);
    expect(ps.map((p) => [p.text, p.style, p.list?.type ?? null])).toEqual([
      ['Gezamenlijke ambitie', 'Heading2', null],
      ['Belofte', 'Heading3', null],
      ['Wij lezen samen.', 'Normal', null],
      ['een', 'ListParagraph', 'bullet'],
      ['twee', 'ListParagraph', 'bullet'],
      ['eerst', 'ListParagraph', 'number'],
      ['dan', 'ListParagraph', 'number'],
      ['Vul dit in.', 'Normal', null],
      [`${WARNING_MARK}Geen eindverantwoordelijke.`, 'Normal', null],
      ['bron en x', 'Normal', null],
    ]);
    expect(ps[2]!.runs.find((r) => r.text === 'lezen')).toMatchObject({ bold: true });
    expect(ps[7]!.runs[0]).toMatchObject({ italic: true, color: '#595959' });
    expect(ps[8]!.runs.every((r) => r.bold && r.color === '#A4262C')).toBe(true);
    expect(ps[9]!.runs.map((r) => r.hyperlink ?? null)).toEqual(['https://example.org/', null, null]);
    // Only built-in styles by their locale-independent names.
    expect(word.calls.filter((c) => c.endsWith('.style='))).toEqual([]);
  });

  it('replaces a selection, and opens a new paragraph when the cursor is inside text', async () => {
    const word = new FakeWord([para('Hier komt de ambitie. En meer tekst.')]);
    const p = word.body[0] as Para;
    word.selection = { para: p, start: 0, end: 'Hier komt de ambitie. '.length };
    await insertSections(word.run, [content('ambition')]);
    expect(p.text).toBe('En meer tekst.');
    expect(word.body.map((n) => n.kind)).toEqual(['p', 'cc']);
    const whole = new FakeWord([para('Vervang mij')]);
    whole.selection = { para: whole.body[0] as Para, start: 0, end: 'Vervang mij'.length };
    await insertSections(whole.run, [content('ambition')]);
    expect(whole.body.map((n) => n.kind)).toEqual(['cc']);
    expect(whole.syncs).toBe(2);
  });

  it('inserts the SPUK plan: a title line and two controls, in two syncs', async () => {
    const word = new FakeWord();
    const plan = spukPlanDocument(agreement);
    await insertSections(
      word.run,
      plan.sections.map((section) => ({ draftId: 'draft1', section, title: `Samenspel: ${section.title}` })),
      { lead: plan.title },
    );
    expect(word.syncs).toBe(2);
    expect(word.body[0]).toMatchObject({ kind: 'p', text: plan.title, style: 'Heading1' });
    expect(word.controls().map((c) => parseTag(c.tag)?.sectionId)).toEqual(['spuk-explanation', 'spuk-budget']);
    const budget = tables(word.controls()[1]!)[0]!;
    expect(budget.values.flat().join(' ')).toContain('80.000,00');
    expect(paras(word.controls()[1]!).some((p) => /^Niet nagegaan: /.test(p.text))).toBe(true); // the check says what it did not check
  });

  it('inserts every section of the agreement in two syncs', async () => {
    const word = new FakeWord();
    await insertSections(word.run, SECTION_IDS.map((id) => content(id)));
    expect(word.syncs).toBe(2);
    expect(word.controls()).toHaveLength(SECTION_IDS.length);
  });

  it('turns a failing sync into the Office error (e.g. a protected document)', async () => {
    const word = new FakeWord();
    word.failNextSync = 'AccessDenied';
    await expect(insertSections(word.run, [content('roles')])).rejects.toBeInstanceOf(FakeOfficeError);
  });
});

describe('findInserted and applyRefresh', () => {
  async function inserted() {
    const word = new FakeWord();
    await insertSections(word.run, [content('ambition'), content('roles')]);
    word.resetCounts();
    return word;
  }

  it('finds our controls and sees no edits right after inserting, in one sync', async () => {
    const word = await inserted();
    word.body.unshift({ kind: 'cc', id: 1, tag: 'iets-anders', title: 'Ander', children: [para('x')] });
    const found = await findInserted(word.run);
    expect(word.syncs).toBe(1);
    expect(found.map((f) => [f.sectionId, f.edited])).toEqual([
      ['ambition', false],
      ['roles', false],
    ]);
  });

  it('notices a user edit inside a section, not whitespace', async () => {
    const word = await inserted();
    const [ambition, roles] = word.controls();
    (paras(ambition!)[1] as Para).text += ' En ook de ouders.';
    paras(roles!)[0]!.text = `  ${paras(roles!)[0]!.text}\t`;
    const found = await findInserted(word.run);
    expect(found.map((f) => f.edited)).toEqual([true, false]);
  });

  it('replaces an unedited section in place with the new draft text, in one sync', async () => {
    const word = await inserted();
    const { doc } = buildExample();
    const { updateItem } = await import('../../core/agreement/index.js');
    const changed = readAgreement(doc).agreement;
    updateItem(doc, 'activities', changed.activities[0]!.id, { name: 'Leesclub groep 5 en 6' });
    const fresh = readAgreement(doc).agreement;
    const [, roles] = await findInserted(word.run);
    word.resetCounts();
    await applyRefresh(word.run, [{ anchor: roles!.anchor, action: 'replace', content: content('roles', fresh) }]);
    expect(word.syncs).toBe(1);
    const cc = word.controls()[1]!;
    expect(roles!.anchor).toEqual({ kind: 'control', id: cc.id });
    expect(tables(cc)).toHaveLength(1);
    expect(tables(cc)[0]!.values[1]![0]).toBe('Leesclub groep 5 en 6');
    expect(paras(cc)[0]).toMatchObject({ text: 'Rollen en verantwoordelijkheden', style: 'Heading2' });
    expect(parseTag(cc.tag)!.hash).toBe(sectionHash(content('roles', fresh).section));
    expect((await findInserted(word.run))[1]!.edited).toBe(false);
  });

  it('keeps the edited version and inserts the new one below it', async () => {
    const word = await inserted();
    const [ambition] = word.controls();
    paras(ambition!)[1]!.text = 'Mijn eigen ambitie.';
    const [found] = await findInserted(word.run);
    await applyRefresh(word.run, [{ anchor: found!.anchor, action: 'insert-below', content: content('ambition'), keptTitle: 'Samenspel, eigen versie: Gezamenlijke ambitie' }]);
    const controls = word.controls();
    expect(controls.map((c) => c.tag.split(':')[0])).toEqual(['samenspel-eigen', 'samenspel', 'samenspel']);
    expect(controls[0]!.title).toBe('Samenspel, eigen versie: Gezamenlijke ambitie');
    expect(paras(controls[0]!)[1]!.text).toBe('Mijn eigen ambitie.');
    expect(parseTag(controls[1]!.tag)!.sectionId).toBe('ambition');
    expect((await findInserted(word.run)).map((f) => f.sectionId)).toEqual(['ambition', 'roles']);
  });

  it('does nothing, and syncs nothing, without actions', async () => {
    const word = await inserted();
    await applyRefresh(word.run, []);
    expect(word.syncs).toBe(0);
  });
});

describe('readOutline and goTo', () => {
  it('reads headings with their levels, table cells and our controls in one sync', async () => {
    const word = new FakeWord([para('Plan van aanpak', 'Title'), para('1. Doelen', 'Heading1'), para('Tekst'), para('')]);
    word.selection = { para: word.body[3] as Para, start: 0, end: 0 };
    await insertSections(word.run, [content('roles')]);
    word.resetCounts();
    const outline = await readOutline(word.run);
    expect(word.syncs).toBe(1);
    expect(outline.paragraphs.slice(0, 4)).toEqual([
      { text: 'Plan van aanpak', level: 0, inTable: false },
      { text: '1. Doelen', level: 1, inTable: false },
      { text: 'Tekst', level: null, inTable: false },
      { text: 'Rollen en verantwoordelijkheden', level: 2, inTable: false },
    ]);
    expect(outline.paragraphs.some((p) => p.inTable && p.text === 'Leesclub groep 5')).toBe(true);
    expect(outline.anchors).toEqual([{ target: { kind: 'control', id: word.controls()[0]!.id }, tag: word.controls()[0]!.tag, title: 'Samenspel: Rollen en verantwoordelijkheden' }]);
  });

  it('jumps to a control or a heading in one sync each', async () => {
    const word = new FakeWord([para('Begroting', 'Heading1'), para('')]);
    word.selection = { para: word.body[1] as Para, start: 0, end: 0 };
    await insertSections(word.run, [content('roles')]);
    word.resetCounts();
    await goTo(word.run, { kind: 'control', id: word.controls()[0]!.id });
    expect(word.selected).toBe(word.controls()[0]!.id);
    await goTo(word.run, { kind: 'heading', text: 'Begroting' });
    expect(word.selected).toBe('Begroting');
    expect(word.syncs).toBe(2);
    await expect(goTo(word.run, { kind: 'heading', text: 'Bestaat niet' })).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('line breaks', () => {
  it('keeps a multi-line text in one paragraph with Word line breaks, and the hash still matches', async () => {
    const word = new FakeWord();
    const section = { id: 'rules', title: 'Spelregels', blocks: [{ type: 'paragraph' as const, text: 'Eerste regel\nTweede regel' }] };
    await insertSections(word.run, [{ draftId: 'd', section, title: 'Samenspel: Spelregels' }]);
    expect(paras(word.controls()[0]!).map((p) => p.text)).toEqual(['Spelregels', 'Eerste regel\vTweede regel']);
    expect((await findInserted(word.run))[0]!.edited).toBe(false);
  });
});
