// Plancheck without Word: a document outline in, coverage of sections and the five conditions out.
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDraft, readAgreement, type Agreement } from '../../core/agreement/index.js';
import { formatTag, keptTag } from '../../office-addin/control-tag.js';
import { normalizeHeading, planCoverage, sectionsForHeading, type DocumentOutline } from '../../office-addin/plan-check.js';
import { buildExample } from '../fixtures/agreement/example.js';

let full: Agreement;
let empty: Agreement;
beforeAll(() => {
  full = readAgreement(buildExample().doc).agreement;
  const doc = new Y.Doc();
  createDraft(doc, { title: 'Leeg', planKind: 'spuk-plan', lang: 'nl', created: '2026-11-01T09:00:00.000Z' });
  empty = readAgreement(doc).agreement;
});

const heading = (text: string, level = 2) => ({ text, level, inTable: false });
const body = (text: string) => ({ text, level: null, inTable: false });

describe('heading synonyms', () => {
  it('normalises numbering, case and accents', () => {
    expect(normalizeHeading('3.2 Financiën & Begroting')).toBe('financien begroting');
    expect(normalizeHeading('§ 4 Looptijd')).toBe('looptijd');
    expect(normalizeHeading('b) Rollen')).toBe('rollen');
  });

  it('recognises Dutch and English headings as whole words', () => {
    expect(sectionsForHeading('2. Doelstellingen van het project')).toEqual(['ambition']);
    expect(sectionsForHeading('Begroting en cofinanciering')).toEqual(['resources']);
    expect(sectionsForHeading('Roles and responsibilities')).toEqual(['roles']);
    expect(sectionsForHeading('Rollen en besluitvorming')).toEqual(['roles', 'decisions']);
    expect(sectionsForHeading('Communicatie en het achtje')).toEqual(['communication']);
    expect(sectionsForHeading('Doelgroep')).toEqual([]); // "doel" only as a whole word
    expect(sectionsForHeading('Inleiding')).toEqual([]);
  });
});

describe('planCoverage', () => {
  it('credits our controls and bookmarks first, then headings (also bold one-line headings), with a place to jump to', () => {
    const outline: DocumentOutline = {
      paragraphs: [heading('Plan van aanpak', 0), heading('1. Doelen'), body('Wij willen dat elk kind leest.'), body('Begroting'), heading('Roles', 3)],
      anchors: [
        { target: { kind: 'control' as const, id: 7 }, tag: formatTag({ draftId: 'd1', sectionId: 'roles', hash: '0badcafe' }), title: 'Samenspel: Rollen' },
        { target: { kind: 'control' as const, id: 8 }, tag: formatTag({ draftId: 'other', sectionId: 'process', hash: '' }), title: 'x' },
        { target: { kind: 'control' as const, id: 9 }, tag: keptTag({ draftId: 'd1', sectionId: 'decisions' }), title: 'eigen' },
        { target: { kind: 'control' as const, id: 10 }, tag: 'niet van ons', title: 'y' },
        { target: { kind: 'bookmark' as const, name: '_Samenspel_abc' }, tag: formatTag({ draftId: 'd1', sectionId: 'period', hash: '12345678' }), title: '' },
      ],
    };
    const result = planCoverage(outline, full, 'd1');
    const by = Object.fromEntries(result.sections.map((s) => [s.sectionId, s]));
    expect(by.roles).toMatchObject({ covered: true, by: 'control', target: { kind: 'control', id: 7 } });
    expect(by.decisions).toMatchObject({ covered: true, by: 'control', target: { kind: 'control', id: 9 } });
    expect(by.ambition).toMatchObject({ covered: true, by: 'heading', target: { kind: 'heading', text: '1. Doelen' } });
    expect(by.resources).toMatchObject({ covered: true, by: 'heading', target: { kind: 'heading', text: 'Begroting' } });
    expect(by.period).toMatchObject({ covered: true, by: 'control', target: { kind: 'bookmark', name: '_Samenspel_abc' } });
    expect(by.process).toMatchObject({ covered: false, by: null, target: null });
    expect(result.otherDrafts).toBe(1);
  });

  it('does not take a sentence for a heading, nor a table cell', () => {
    const outline: DocumentOutline = {
      paragraphs: [body('De begroting volgt later.'), { text: 'Begroting', level: null, inTable: true }],
      anchors: [],
    };
    expect(planCoverage(outline, full, 'd1').sections.find((s) => s.sectionId === 'resources')!.covered).toBe(false);
  });

  it('scores the five conditions by the sections each needs', () => {
    const outline: DocumentOutline = { paragraphs: [heading('Ambitie'), heading('Relatie'), heading('Proces')], anchors: [] };
    const result = planCoverage(outline, full, 'd1');
    const by = Object.fromEntries(result.conditions.map((c) => [c.conditionId, c]));
    expect(Object.keys(by)).toEqual(['ambition', 'interests', 'relationship', 'organisation', 'process']);
    expect(by.ambition).toMatchObject({ status: 'covered', covered: 1, sections: ['ambition'] });
    expect(by.relationship!.status).toBe('covered');
    expect(by.interests).toMatchObject({ status: 'missing', covered: 0 });
    expect(by.process!.status).toBe('partial'); // process yes, period no
    expect(by.organisation!.status).toBe('missing');
  });

  it('names the question that would fill what the draft lacks', () => {
    const result = planCoverage({ paragraphs: [], anchors: [] }, empty, 'd1');
    const roles = result.sections.find((s) => s.sectionId === 'roles')!;
    expect(roles.questions).toEqual(['missing.roles.activities', 'missing.roles.accountable']);
    const fullRoles = planCoverage({ paragraphs: [], anchors: [] }, full, 'd1').sections.find((s) => s.sectionId === 'roles')!;
    expect(fullRoles.questions).toEqual([]); // the draft has it: only inserting is missing
  });

  it('counts the SPUK plan parts for the sections they stand for', () => {
    const outline: DocumentOutline = {
      paragraphs: [],
      anchors: [
        { target: { kind: 'control' as const, id: 1 }, tag: formatTag({ draftId: 'd1', sectionId: 'spuk-explanation', hash: '' }), title: '' },
        { target: { kind: 'control' as const, id: 2 }, tag: formatTag({ draftId: 'd1', sectionId: 'spuk-budget', hash: '' }), title: '' },
      ],
    };
    const covered = planCoverage(outline, full, 'd1').sections.filter((s) => s.covered).map((s) => s.sectionId);
    expect(covered).toEqual(['ambition', 'partners', 'roles', 'decisions', 'process', 'resources']);
  });
});
