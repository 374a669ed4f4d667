// "Wat maakt het lastig?": ticked signs lead to the complexities they belong to and what
// helps; a help becomes a rule of play in the agreement's rules (once) or an agenda point in
// the process (once).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDraft, readAgreement } from '../../../core/agreement/index.js';
import { COMPLEXITIES } from '../../../core/knowledge/index.js';
import { addHelpAsAgendaPoint, addHelpAsRule, agendaTitle, diagnose, hasRule, signKey } from '../../../core/ui/guide/diagnosis.js';

function draft() {
  const doc = new Y.Doc();
  createDraft(doc, { title: 'Diagnose' });
  return doc;
}

describe('diagnosis', () => {
  it('finds nothing without ticks, and the ticked complexities in the source order', () => {
    expect(diagnose(new Set())).toEqual([]);
    const found = diagnose(new Set([signKey('split-loyalties', 1), signKey('unclear-power', 0), signKey('unclear-power', 2)]));
    expect(found.map((d) => d.complexity.id)).toEqual(['unclear-power', 'split-loyalties']);
    const power = COMPLEXITIES.find((c) => c.id === 'unclear-power')!;
    expect(found[0]!.signs).toEqual([power.signs[0], power.signs[2]]);
    expect(found[0]!.helps).toEqual(power.helps);
  });

  it('ignores keys that are not signs', () => {
    expect(diagnose(new Set(['unclear-power:99', 'nonsense', signKey('diversity', -1)]))).toEqual([]);
  });

  it('turns a help into a rule of play once, in the language of the screen', () => {
    const doc = draft();
    const power = COMPLEXITIES.find((c) => c.id === 'unclear-power')!;
    const help = power.helps[1]!;
    expect(addHelpAsRule(doc, readAgreement(doc).agreement, help, 'nl')).toBe(true);
    const a = readAgreement(doc).agreement;
    expect(a.rules.map((r) => r.text)).toEqual([help.nl]);
    expect(hasRule(a, `  ${help.nl.toUpperCase()} `)).toBe(true);
    expect(addHelpAsRule(doc, a, help, 'nl')).toBe(false);
    expect(readAgreement(doc).agreement.rules).toHaveLength(1);
    expect(addHelpAsRule(doc, readAgreement(doc).agreement, help, 'en')).toBe(true);
    expect(readAgreement(doc).agreement.rules.map((r) => r.text)).toEqual([help.nl, help.en]);
  });

  it('turns a help into an agenda point (a milestone without a date) once', () => {
    const doc = draft();
    const c = COMPLEXITIES.find((x) => x.id === 'diversity')!;
    const help = c.helps[0]!;
    expect(addHelpAsAgendaPoint(doc, readAgreement(doc).agreement, c, help, 'nl')).toBe(true);
    expect(addHelpAsAgendaPoint(doc, readAgreement(doc).agreement, c, help, 'nl')).toBe(false);
    const milestones = readAgreement(doc).agreement.process.milestones;
    expect(milestones).toHaveLength(1);
    expect(milestones[0]).toMatchObject({ kind: 'other', date: null, title: agendaTitle(c, help, 'nl') });
    expect(milestones[0]!.title).toContain(help.nl);
    expect(milestones[0]!.title).toContain(c.title.nl);
  });
});
