// Structural checks on the knowledge base: ids unique and stable-looking, every text in
// both languages, complete conditions, complexities, decision rules and sources.

import { describe, expect, it } from 'vitest';
import {
  AMBITION_FACTORS,
  CHECKLISTS,
  COMPLEXITIES,
  COMPLEXITY_IDS,
  CONDITIONS,
  CONDITION_IDS,
  DACI_ROLES,
  DECISION_RULES,
  DECISION_RULE_IDS,
  GETTING_STARTED,
  HEALTH_CHECK_ROUTINE,
  HEALTH_RATINGS,
  INTEREST_LEVELS,
  RACI_ROLES,
  REASON_GROUPS,
  REFLECTION_QUESTIONS,
  SOURCES,
  TIE_ELEMENTS,
  TOOLKIT_SECTIONS,
  allQuestions,
  allReasons,
  findSource,
  type AgreementSectionId,
} from '../../../core/knowledge/index.js';
import { SECTION_IDS } from '../../../core/render/blocks.js';
import { collectLocalized } from './walk.js';

const SECTION_LIST: AgreementSectionId[] = [
  'ambition',
  'partners',
  'interests',
  'roles',
  'decisions',
  'rules',
  'communication',
  'process',
  'relationship',
  'resources',
  'period',
];

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const DOTTED_ID = new RegExp(`^${SLUG}(?:\\.${SLUG})+$`);
const PLAIN_ID = new RegExp(`^${SLUG}$`);

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('texts', () => {
  it('has a non-empty Dutch and English text for every Localized value', () => {
    const texts = collectLocalized();
    expect(texts.length).toBeGreaterThan(400);
    const empty = texts.filter((t) => !t.value.nl.trim() || !t.value.en.trim()).map((t) => t.path);
    expect(empty).toEqual([]);
  });

  it('has no stray whitespace or placeholders in any text', () => {
    const bad = collectLocalized()
      .flatMap((t) => [t.value.nl, t.value.en].map((s) => ({ path: t.path, s })))
      .filter(({ s }) => s !== s.trim() || /\s{2,}|TODO|XXX|\.\.\./.test(s))
      .map(({ path }) => path);
    expect(bad).toEqual([]);
  });

  it('deep-freezes the data so no front can change the method', () => {
    expect(Object.isFrozen(CONDITIONS)).toBe(true);
    expect(Object.isFrozen(CONDITIONS[0]?.questions[0]?.text)).toBe(true);
    expect(Object.isFrozen(DECISION_RULES[0]?.steps)).toBe(true);
    expect(() => {
      (CONDITIONS[0] as { number: number }).number = 9;
    }).toThrow(TypeError);
  });
});

describe('ids', () => {
  it('gives every question a globally unique dotted kebab-case id', () => {
    const ids = allQuestions().map((q) => q.id);
    expect(ids.length).toBeGreaterThan(100);
    expect(duplicates(ids)).toEqual([]);
    expect(ids.filter((id) => !DOTTED_ID.test(id))).toEqual([]);
  });

  it('prefixes question ids with where they live', () => {
    for (const c of CONDITIONS) for (const q of c.questions) expect(q.id.startsWith(`${c.id}.`), q.id).toBe(true);
    for (const c of COMPLEXITIES)
      for (const q of c.questions) expect(q.id.startsWith(`complexity.${c.id}.`), q.id).toBe(true);
    for (const s of GETTING_STARTED) for (const q of s.questions) expect(q.id.startsWith(`start.${s.id}.`), q.id).toBe(true);
    for (const s of TOOLKIT_SECTIONS)
      for (const q of s.questions) expect(q.id.startsWith(`toolkit.${s.id}.`), q.id).toBe(true);
    for (const c of CHECKLISTS) for (const q of c.questions) expect(q.id.startsWith(`check.${c.id}.`), q.id).toBe(true);
  });

  it('gives pitfalls unique dotted ids under their condition', () => {
    const ids = CONDITIONS.flatMap((c) => c.pitfalls.map((p) => p.id));
    expect(duplicates(ids)).toEqual([]);
    for (const c of CONDITIONS) for (const p of c.pitfalls) expect(p.id.startsWith(`${c.id}.`), p.id).toBe(true);
    expect(ids.filter((id) => !DOTTED_ID.test(id))).toEqual([]);
  });

  it('uses plain kebab-case ids for reasons, complexities, steps, sections, checklists, rules and sources', () => {
    const groups: string[][] = [
      REASON_GROUPS.map((g) => g.id),
      allReasons().map((r) => r.id),
      COMPLEXITIES.map((c) => c.id),
      GETTING_STARTED.map((s) => s.id),
      TOOLKIT_SECTIONS.map((s) => s.id),
      CHECKLISTS.map((c) => c.id),
      DECISION_RULES.map((r) => r.id),
      SOURCES.map((s) => s.id),
    ];
    for (const ids of groups) {
      expect(duplicates(ids)).toEqual([]);
      expect(ids.filter((id) => !PLAIN_ID.test(id))).toEqual([]);
    }
  });
});

describe('reasons', () => {
  it('groups reasons between organisations, with peers and internally', () => {
    expect(REASON_GROUPS.map((g) => g.id)).toEqual(['between-organisations', 'with-peers', 'internal']);
    expect(REASON_GROUPS.find((g) => g.id === 'between-organisations')?.reasons.map((r) => r.id)).toEqual([
      'social-challenges',
      'reinforce-each-other',
      'secure-and-scale',
      'impact-and-lobby',
      'resources-and-subsidies',
    ]);
    expect(REASON_GROUPS.find((g) => g.id === 'with-peers')?.reasons.map((r) => r.id)).toEqual([
      'inspiration',
      'learning-together',
      'functional',
    ]);
  });
});

describe('complexities', () => {
  it('has the four complexities, each with signs, helps and questions', () => {
    expect(COMPLEXITIES.map((c) => c.id)).toEqual(COMPLEXITY_IDS);
    expect(COMPLEXITY_IDS).toEqual(['mutual-dependence', 'diversity', 'unclear-power', 'split-loyalties']);
    for (const c of COMPLEXITIES) {
      expect(c.signs.length, c.id).toBeGreaterThanOrEqual(2);
      expect(c.helps.length, c.id).toBeGreaterThanOrEqual(2);
      expect(c.questions.length, c.id).toBeGreaterThanOrEqual(2);
      expect(c.conditionIds.length, c.id).toBeGreaterThanOrEqual(1);
      for (const id of c.conditionIds) expect(CONDITION_IDS).toContain(id);
    }
  });
});

describe('conditions', () => {
  it('has the five conditions in order, numbered 1 to 5', () => {
    expect(CONDITIONS.map((c) => c.id)).toEqual(['ambition', 'interests', 'relationship', 'organisation', 'process']);
    expect(CONDITIONS.map((c) => c.id)).toEqual(CONDITION_IDS);
    expect(CONDITIONS.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(CONDITIONS.map((c) => c.title.nl)).toEqual(['Gezamenlijke ambitie', 'Belangen', 'Relatie', 'Organisatie', 'Proces']);
  });

  it('gives each condition explanation, at least 6 questions, tips, pitfalls and sections', () => {
    for (const c of CONDITIONS) {
      expect(c.explanation.length, c.id).toBeGreaterThanOrEqual(3);
      expect(c.questions.length, c.id).toBeGreaterThanOrEqual(6);
      expect(c.tips.length, c.id).toBeGreaterThanOrEqual(3);
      expect(c.pitfalls.length, c.id).toBeGreaterThanOrEqual(1);
      expect(c.sectionIds.length, c.id).toBeGreaterThanOrEqual(1);
      expect(duplicates(c.sectionIds), c.id).toEqual([]);
      for (const s of c.sectionIds) expect(SECTION_LIST).toContain(s);
    }
  });

  it('keeps summaries to one sentence', () => {
    for (const c of CONDITIONS) {
      for (const text of [c.summary.nl, c.summary.en]) {
        expect(text.endsWith('.'), c.id).toBe(true);
        expect(text.slice(0, -1).includes('. '), c.id).toBe(false);
      }
    }
  });

  it('names the pitfalls of the method', () => {
    const names = CONDITIONS.flatMap((c) => c.pitfalls.map((p) => p.name.nl));
    for (const name of ['Schijnsamenwerking', 'Loopgravenstrijd', 'Overorganisatie', 'Onderorganisatie', '"Nog even erbij"']) {
      expect(names).toContain(name);
    }
  });

  it('realises every agreement section through some condition or toolkit section', () => {
    const covered = new Set([...CONDITIONS.flatMap((c) => c.sectionIds), ...TOOLKIT_SECTIONS.flatMap((s) => s.sectionIds)]);
    expect([...covered].sort()).toEqual([...SECTION_LIST].sort());
  });

  it('uses the same section ids as core/render', () => {
    expect([...SECTION_IDS].sort()).toEqual([...SECTION_LIST].sort());
  });

  it('explains B, C and D, the three interest levels and the three tie elements', () => {
    expect(AMBITION_FACTORS.map((f) => `${f.letter}=${f.label.nl}`)).toEqual(['B=Belofte', 'C=Commitment', 'D=Doen']);
    expect(INTEREST_LEVELS.map((l) => l.id)).toEqual(['collective', 'organisation', 'personal']);
    expect(INTEREST_LEVELS.filter((l) => l.sensitive).map((l) => l.id)).toEqual(['personal']);
    expect(TIE_ELEMENTS.map((t) => t.label.nl)).toEqual(['Tijd', 'Ontmoeting', 'Affectie']);
  });
});

describe('health check', () => {
  it('explains red, amber and green in that order', () => {
    expect(HEALTH_RATINGS.map((r) => r.id)).toEqual(['red', 'amber', 'green']);
    expect(HEALTH_RATINGS.map((r) => r.label.nl)).toEqual(['Rood', 'Oranje', 'Groen']);
  });

  it('plans an informal check about every two months and a workshop every 6 to 12 months', () => {
    const [informal, workshop] = HEALTH_CHECK_ROUTINE.moments;
    expect(informal?.everyMonths).toEqual({ min: 2, max: 2 });
    expect(workshop?.everyMonths).toEqual({ min: 6, max: 12 });
    expect(HEALTH_CHECK_ROUTINE.rules.some((r) => /schuld/i.test(r.nl) && /blame/i.test(r.en))).toBe(true);
  });

  it('asks the three reflection questions of the method, taken from the process condition', () => {
    expect(REFLECTION_QUESTIONS).toHaveLength(3);
    expect(HEALTH_CHECK_ROUTINE.reflectionQuestions).toEqual(REFLECTION_QUESTIONS);
    const process = CONDITIONS.find((c) => c.id === 'process');
    for (const q of REFLECTION_QUESTIONS) expect(process?.questions).toContain(q);
  });
});

describe('getting started and toolkit', () => {
  it('has three ways to get started, each with actions and questions', () => {
    expect(GETTING_STARTED.map((s) => s.id)).toEqual(['starting-point', 'start-small', 'support']);
    expect(GETTING_STARTED.map((s) => s.number)).toEqual([1, 2, 3]);
    for (const s of GETTING_STARTED) {
      expect(s.actions.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.questions.length, s.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('has the twelve toolkit sections in order, each with questions and known sections', () => {
    expect(TOOLKIT_SECTIONS.map((s) => s.id)).toEqual([
      'parties',
      'why',
      'principles',
      'what',
      'period',
      'structure',
      'decisions-disputes',
      'communication',
      'resources',
      'legal',
      'review',
      'exit',
    ]);
    expect(TOOLKIT_SECTIONS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const s of TOOLKIT_SECTIONS) {
      expect(s.questions.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.covers.length, s.id).toBeGreaterThanOrEqual(1);
      for (const id of s.sectionIds) expect(SECTION_LIST).toContain(id);
    }
  });

  it('has the partner assessment, coherence, assessment and review checklists', () => {
    expect(CHECKLISTS.map((c) => c.id)).toEqual(['partner-assessment', 'coherence', 'assessment', 'review']);
    for (const c of CHECKLISTS) expect(c.questions.length, c.id).toBeGreaterThanOrEqual(5);
  });
});

describe('decision rules', () => {
  it('has the five presets, each with steps, when to use it and what to watch for', () => {
    expect(DECISION_RULES.map((r) => r.id)).toEqual(DECISION_RULE_IDS);
    expect(DECISION_RULE_IDS).toEqual(['consent', 'consensus', 'majority', 'lead-partner', 'daci']);
    for (const r of DECISION_RULES) {
      expect(r.steps.length, r.id).toBeGreaterThanOrEqual(3);
      expect(r.whenToUse.length, r.id).toBeGreaterThanOrEqual(1);
      expect(r.watchFor.length, r.id).toBeGreaterThanOrEqual(2);
      expect(r.sourceIds.length, r.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('defines an objection in consent as harm to the aim', () => {
    const consent = DECISION_RULES.find((r) => r.id === 'consent');
    expect(consent?.summary.en).toContain('good enough for now and safe enough to try');
    expect(consent?.watchFor.some((w) => w.en.includes('harms our shared aim'))).toBe(true);
  });

  it('has the four RACI roles with exactly one Accountable', () => {
    expect(RACI_ROLES.map((r) => r.letter).join('')).toBe('RACI');
    expect(RACI_ROLES.filter((r) => r.cardinality === 'exactly-one').map((r) => r.id)).toEqual(['accountable']);
  });

  it('has the four DACI roles with exactly one Driver and one Approver', () => {
    expect(DACI_ROLES.map((r) => r.letter).join('')).toBe('DACI');
    expect(DACI_ROLES.filter((r) => r.cardinality === 'exactly-one').map((r) => r.id)).toEqual(['driver', 'approver']);
  });
});

describe('sources', () => {
  it('resolves every source id that the data cites', () => {
    const cited = [
      ...TOOLKIT_SECTIONS.flatMap((s) => s.sourceIds),
      ...CHECKLISTS.flatMap((c) => c.sourceIds),
      ...DECISION_RULES.flatMap((r) => r.sourceIds),
    ];
    expect(cited.filter((id) => !findSource(id))).toEqual([]);
  });

  it('names the Cubiss longread with Common Eye as the primary source', () => {
    const cubiss = findSource('cubiss-2023');
    expect(cubiss?.title).toBe('Samenwerken als lonkend perspectief');
    expect(cubiss?.year).toBe(2023);
    expect(cubiss?.authors).toContain('Common Eye');
  });

  it('only uses https URLs', () => {
    for (const s of SOURCES) if (s.url) expect(s.url, s.id).toMatch(/^https:\/\/[^\s]+$/);
  });
});
