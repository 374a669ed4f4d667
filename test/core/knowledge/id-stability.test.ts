// Id stability: agreements, health checks and Word content controls store knowledge ids,
// so an id that was published may never disappear. fixtures/ids.v1.json lists the ids of
// the first release; new ids may be added, none may be renamed or removed.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHECKLISTS,
  COMPLEXITIES,
  CONDITIONS,
  DECISION_RULES,
  GETTING_STARTED,
  SOURCES,
  TOOLKIT_SECTIONS,
  allQuestions,
  allReasons,
} from '../../../core/knowledge/index.js';

const published = JSON.parse(
  readFileSync(new URL('./fixtures/ids.v1.json', import.meta.url), 'utf8'),
) as Record<string, string[]>;

const current: Record<string, string[]> = {
  questions: allQuestions().map((q) => q.id),
  pitfalls: CONDITIONS.flatMap((c) => c.pitfalls.map((p) => p.id)),
  conditions: CONDITIONS.map((c) => c.id),
  complexities: COMPLEXITIES.map((c) => c.id),
  reasons: allReasons().map((r) => r.id),
  gettingStarted: GETTING_STARTED.map((s) => s.id),
  toolkitSections: TOOLKIT_SECTIONS.map((s) => s.id),
  checklists: CHECKLISTS.map((c) => c.id),
  decisionRules: DECISION_RULES.map((r) => r.id),
  sources: SOURCES.map((s) => s.id),
};

describe('id stability', () => {
  for (const [kind, ids] of Object.entries(published)) {
    it(`keeps every published ${kind} id`, () => {
      const now = new Set(current[kind] ?? []);
      expect(ids.filter((id) => !now.has(id))).toEqual([]);
    });
  }

  it('covers every kind of id', () => {
    expect(Object.keys(published).sort()).toEqual(Object.keys(current).sort());
  });
});
