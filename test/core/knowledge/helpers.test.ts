// The helpers of the knowledge base: finding questions, picking a language, citing sources.

import { describe, expect, it } from 'vitest';
import {
  allQuestions,
  findComplexity,
  findCondition,
  findDecisionRule,
  findQuestion,
  formatCitation,
  localize,
  questionOrigin,
} from '../../../core/knowledge/index.js';

describe('allQuestions', () => {
  it('collects questions from conditions, complexities, getting started and the toolkit', () => {
    const ids = allQuestions().map((q) => q.id);
    for (const id of [
      'ambition.shared-meaning',
      'complexity.diversity.shared-language',
      'start.starting-point.get',
      'toolkit.exit.leaving',
      'check.review.joint-decisions',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('returns a fresh array each time', () => {
    const a = allQuestions();
    a.pop();
    expect(allQuestions().length).toBe(a.length + 1);
  });
});

describe('findQuestion', () => {
  it('finds a question by id', () => {
    expect(findQuestion('ambition.shared-meaning')?.text.nl).toMatch(/ambitie/);
    expect(findQuestion('interests.behind-positions')?.help?.nl).toMatch(/standpunt/);
  });

  it('returns undefined for an unknown id', () => {
    expect(findQuestion('ambition.does-not-exist')).toBeUndefined();
    expect(findQuestion('')).toBeUndefined();
  });

  it('finds every question it lists', () => {
    for (const q of allQuestions()) expect(findQuestion(q.id)).toBe(q);
  });

  it('tells where a question comes from', () => {
    expect(questionOrigin('ambition.promise')).toEqual({ kind: 'condition', id: 'ambition' });
    expect(questionOrigin('complexity.unclear-power.final-say')).toEqual({ kind: 'complexity', id: 'unclear-power' });
    expect(questionOrigin('start.support.models')).toEqual({ kind: 'getting-started', id: 'support' });
    expect(questionOrigin('toolkit.legal.form')).toEqual({ kind: 'toolkit-section', id: 'legal' });
    expect(questionOrigin('check.coherence.committed')).toEqual({ kind: 'checklist', id: 'coherence' });
    expect(questionOrigin('nope')).toBeUndefined();
  });
});

describe('find helpers', () => {
  it('finds conditions, complexities and decision rules by id', () => {
    expect(findCondition('organisation')?.number).toBe(4);
    expect(findComplexity('split-loyalties')?.title.nl).toBe('Gesplitste loyaliteiten');
    expect(findDecisionRule('lead-partner')?.name.nl).toBe('Mandaat aan een penvoerder');
    expect(findCondition('nope')).toBeUndefined();
  });
});

describe('localize', () => {
  it('picks the requested language', () => {
    const value = { nl: 'Belangen', en: 'Interests' };
    expect(localize(value, 'nl')).toBe('Belangen');
    expect(localize(value, 'en')).toBe('Interests');
  });

  it('falls back to Dutch, the source language, when a translation is empty', () => {
    expect(localize({ nl: 'Achtje rond organiseren', en: '' }, 'en')).toBe('Achtje rond organiseren');
  });
});

describe('formatCitation', () => {
  it('cites the Cubiss longread in Dutch and English', () => {
    expect(formatCitation('cubiss-2023')).toBe(
      'Cubiss Brabant en Common Eye (2023). Samenwerken als lonkend perspectief. Cubiss.',
    );
    expect(formatCitation('cubiss-2023', 'en')).toBe(
      'Cubiss Brabant and Common Eye (2023). Samenwerken als lonkend perspectief. Cubiss.',
    );
  });

  it('appends the URL and falls back to the publisher when there are no authors', () => {
    expect(formatCitation('daci')).toBe(
      'Atlassian Team Playbook. DACI decision-making framework. https://www.atlassian.com/team-playbook/plays/daci',
    );
  });
});
