// DACI per decision: with DACI as the decision rule, each decision in the log has exactly
// one Driver and one Approver; the roles, and the person named beside a partner's role,
// survive a round trip and a removed partner.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AgreementError, addItem, readAgreement, removePartner, updateItem, updateSection, validateAgreement } from '../../../core/agreement/index.js';
import { t } from '../../../core/i18n/index.js';
import { buildExample } from '../../fixtures/agreement/example.js';

const daciCodes = (doc: Y.Doc) =>
  validateAgreement(readAgreement(doc).agreement)
    .filter((f) => f.code.startsWith('decision.'))
    .map((f) => [f.code, f.path]);

describe('DACI per decision', () => {
  it('asks for nothing while another decision rule is chosen', () => {
    const { doc } = buildExample();
    addItem(doc, 'decisionLog', { decision: 'Startdatum 1 maart' });
    expect(daciCodes(doc)).toEqual([]);
  });

  it('requires exactly one Driver and one Approver, with a message naming the decision', () => {
    const { doc, ids } = buildExample();
    updateSection(doc, 'decisions', { rule: 'daci' });
    const before = readAgreement(doc).agreement.decisions.log.length;
    const id = addItem(doc, 'decisionLog', { decision: 'Leesclub naar de bibliotheek\nmet toelichting' });
    const at = `decisionLog[${before}].daci`;
    expect(daciCodes(doc)).toContainEqual(['decision.noDriver', at]);
    expect(daciCodes(doc)).toContainEqual(['decision.noApprover', at]);

    updateItem(doc, 'decisionLog', id, { daci: { [ids.library]: 'D', [ids.municipality]: 'A', [ids.school]: 'C' } });
    expect(daciCodes(doc).filter(([, path]) => path === at)).toEqual([]);

    updateItem(doc, 'decisionLog', id, { daci: { [ids.school]: 'A' } });
    const findings = validateAgreement(readAgreement(doc).agreement).filter((f) => f.path === at);
    expect(findings.map((f) => f.code)).toEqual(['decision.multipleApprovers']);
    expect(findings[0]?.message).toBe(t('nl', 'problem.decision.multipleApprovers', { decision: 'Leesclub naar de bibliotheek' }));

    updateItem(doc, 'decisionLog', id, { daci: { [ids.school]: 'D' } });
    expect(daciCodes(doc).filter(([, path]) => path === at).map(([code]) => code)).toEqual(['decision.multipleDrivers']);
  });

  it('names an untitled decision by its number', () => {
    const { doc } = buildExample();
    updateSection(doc, 'decisions', { rule: 'daci' });
    addItem(doc, 'decisionLog', {});
    const log = readAgreement(doc).agreement.decisions.log;
    const finding = validateAgreement(readAgreement(doc).agreement, 'en').find((f) => f.path === `decisionLog[${log.length - 1}].daci`);
    expect(finding?.message).toBe(t('en', 'problem.decision.noDriver', { decision: t('en', 'ui.decisions.decision', { n: log.length }) }));
  });

  it('keeps the roles through an update and drops a removed partner from them', () => {
    const { doc, ids } = buildExample();
    updateSection(doc, 'decisions', { rule: 'daci' });
    const id = addItem(doc, 'decisionLog', { decision: 'Begroting 2027', daci: { [ids.library]: 'D', [ids.school]: 'A', [ids.municipality]: 'I' } });
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const entry = readAgreement(other).agreement.decisions.log.find((e) => e.id === id);
    expect(entry?.daci).toEqual({ [ids.library]: 'D', [ids.school]: 'A', [ids.municipality]: 'I' });

    removePartner(doc, ids.school);
    const after = readAgreement(doc).agreement.decisions.log.find((e) => e.id === id);
    expect(after?.daci).toEqual({ [ids.library]: 'D', [ids.municipality]: 'I' });
    expect(daciCodes(doc).map(([code]) => code)).toContain('decision.noApprover');
  });

  it('refuses a role that is not D, A, C or I and writes nothing', () => {
    const { doc, ids } = buildExample();
    const id = addItem(doc, 'decisionLog', { decision: 'x' });
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => updateItem(doc, 'decisionLog', id, { daci: { [ids.library]: 'R' as never } })).toThrow(AgreementError);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('reads a decision written before the field as having no roles, and adds them later', () => {
    const { doc, ids } = buildExample();
    const id = addItem(doc, 'decisionLog', { decision: 'Oud besluit' });
    const map = doc.getArray<Y.Map<unknown>>('decisionLog').toArray().find((m) => m.get('id') === id)!;
    doc.transact(() => map.delete('daci'));
    const { agreement, problems } = readAgreement(doc);
    expect(problems).toEqual([]);
    expect(agreement.decisions.log.find((e) => e.id === id)?.daci).toEqual({});
    updateItem(doc, 'decisionLog', id, { daci: { [ids.library]: 'D' } });
    expect(readAgreement(doc).agreement.decisions.log.find((e) => e.id === id)?.daci).toEqual({ [ids.library]: 'D' });
  });
  it('records a person beside a partner\'s role, keeps it through a round trip and drops it with the partner', () => {
    const { doc, ids } = buildExample();
    updateSection(doc, 'decisions', { rule: 'daci' });
    const id = addItem(doc, 'decisionLog', {
      decision: 'Leesclub uitbreiden',
      daci: { [ids.library]: 'D', [ids.municipality]: 'A', [ids.school]: 'C' },
      daciPeople: { [ids.library]: 'Anne de Vries', [ids.school]: 'Karim Ouali' },
    });
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const entry = readAgreement(other).agreement.decisions.log.find((e) => e.id === id);
    expect(entry?.daciPeople).toEqual({ [ids.library]: 'Anne de Vries', [ids.school]: 'Karim Ouali' });
    // A name is no role: exactly one Driver and one Approver stays the finding it was.
    updateItem(doc, 'decisionLog', id, { daciPeople: { [ids.municipality]: 'Petra Jansen' }, daci: { [ids.municipality]: null } });
    const at = `decisionLog[${readAgreement(doc).agreement.decisions.log.findIndex((e) => e.id === id)}].daci`;
    expect(daciCodes(doc).filter(([, path]) => path === at)).toEqual([['decision.noApprover', at]]);
    updateItem(doc, 'decisionLog', id, { daciPeople: { [ids.school]: null } });
    removePartner(doc, ids.library);
    const after = readAgreement(doc).agreement.decisions.log.find((e) => e.id === id);
    expect(after?.daciPeople).toEqual({ [ids.municipality]: 'Petra Jansen' });
  });

  it('refuses a name of more than 200 characters and writes nothing', () => {
    const { doc, ids } = buildExample();
    const id = addItem(doc, 'decisionLog', { decision: 'x' });
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => updateItem(doc, 'decisionLog', id, { daciPeople: { [ids.library]: 'a'.repeat(201) } })).toThrow(AgreementError);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('reads a decision from before the names as having none', () => {
    const { doc } = buildExample();
    const id = addItem(doc, 'decisionLog', { decision: 'Oud besluit' });
    const map = doc.getArray<Y.Map<unknown>>('decisionLog').toArray().find((m) => m.get('id') === id)!;
    doc.transact(() => map.delete('daciPeople'));
    const { agreement, problems } = readAgreement(doc);
    expect(problems).toEqual([]);
    expect(agreement.decisions.log.find((e) => e.id === id)?.daciPeople).toEqual({});
  });
});
