// Actions that follow from a health check (issue 12): a shared list like the others — added
// at a red or amber condition of a check, with what, which partner, who by name and by when;
// listed open by due date with the overdue ones marked; ticked done; kept through a round
// trip and a removed partner or check; refused when bad, without writing anything.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AgreementError, addItem, readAgreement, removeItem, removePartner, updateItem, validateAgreement } from '../../../core/agreement/index.js';
import { AgreementReader } from '../../../core/agreement/read-incremental.js';
import { actionList, actionOwner } from '../../../core/health/index.js';
import { t } from '../../../core/i18n/index.js';
import { buildExample } from '../../fixtures/agreement/example.js';

const read = (doc: Y.Doc) => readAgreement(doc).agreement;

describe('actions from a health check', () => {
  it('records what, who and by when, tied to the check and the condition, and reads it back on another client', () => {
    const { doc, ids } = buildExample();
    const check = addItem(doc, 'healthChecks', { date: '2027-01-15', partnerId: ids.school, ratings: { process: 'red' } });
    const id = addItem(doc, 'actions', { text: 'Vaste agenda voor het overleg', checkId: check, conditionId: 'process', partnerId: ids.library, person: 'Anne de Vries', due: '2027-02-01' });
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const { agreement, problems } = readAgreement(other);
    expect(problems).toEqual([]);
    expect(agreement.actions).toEqual([
      { id, text: 'Vaste agenda voor het overleg', partnerId: ids.library, person: 'Anne de Vries', due: '2027-02-01', done: false, checkId: check, conditionId: 'process' },
    ]);
    expect(actionOwner(agreement, agreement.actions[0]!, 'nl')).toBe(t('nl', 'daci.person', { person: 'Anne de Vries', partner: 'Bibliotheek Oosterhout' }));
  });

  it('lists open actions by due date, undated last, marks the overdue ones, and keeps done ones apart', () => {
    const { doc, ids } = buildExample();
    const late = addItem(doc, 'actions', { text: 'Te laat', due: '2027-01-10' });
    const undated = addItem(doc, 'actions', { text: 'Ooit' });
    const soon = addItem(doc, 'actions', { text: 'Binnenkort', due: '2027-03-01', partnerId: ids.school });
    const today = addItem(doc, 'actions', { text: 'Vandaag', due: '2027-02-01' });
    const done = addItem(doc, 'actions', { text: 'Al klaar', due: '2027-01-01' });
    updateItem(doc, 'actions', done, { done: true });
    const list = actionList(read(doc), '2027-02-01');
    expect(list.open.map((a) => [a.action.id, a.overdue])).toEqual([
      [late, true],
      [today, false],
      [soon, false],
      [undated, false],
    ]);
    expect(list.overdue).toBe(1);
    expect(list.done.map((a) => a.id)).toEqual([done]);
    // Ticking it off takes it out of the open ones; opening it again puts it back.
    updateItem(doc, 'actions', late, { done: true });
    expect(actionList(read(doc), '2027-02-01')).toMatchObject({ overdue: 0 });
    updateItem(doc, 'actions', late, { done: false });
    expect(actionList(read(doc), '2027-02-01').open[0]?.action.id).toBe(late);
  });

  it('names the check it came from while that exists, and keeps the action when the check is removed', () => {
    const { doc } = buildExample();
    const check = addItem(doc, 'healthChecks', { date: '2027-01-15', ratings: { relationship: 'amber' } });
    const id = addItem(doc, 'actions', { text: 'Koffie met de directeuren', checkId: check, conditionId: 'relationship' });
    expect(actionList(read(doc), '2027-01-16').open[0]?.check?.id).toBe(check);
    removeItem(doc, 'healthChecks', check);
    const after = actionList(read(doc), '2027-01-16').open[0]!;
    expect([after.action.id, after.check, after.action.conditionId]).toEqual([id, null, 'relationship']);
  });

  it('keeps an action of a removed partner and reports it as a finding, in Dutch and English', () => {
    const { doc, ids } = buildExample();
    addItem(doc, 'actions', { text: 'Schoolbezoek plannen\nmet de leerkrachten', partnerId: ids.school });
    removePartner(doc, ids.school);
    const agreement = read(doc);
    expect(agreement.actions).toHaveLength(1);
    const finding = validateAgreement(agreement).find((f) => f.code === 'action.unknownPartner');
    expect(finding).toMatchObject({ path: 'actions[0].partnerId', message: t('nl', 'problem.action.unknownPartner', { action: 'Schoolbezoek plannen' }) });
    expect(validateAgreement(agreement, 'en').find((f) => f.code === 'action.unknownPartner')?.message).toBe(
      t('en', 'problem.action.unknownPartner', { action: 'Schoolbezoek plannen' }),
    );
  });

  it('refuses a due date that is no date and a condition that does not exist, and writes nothing', () => {
    const { doc } = buildExample();
    const id = addItem(doc, 'actions', { text: 'x' });
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => updateItem(doc, 'actions', id, { due: '1-2-2027' })).toThrow(AgreementError);
    expect(() => updateItem(doc, 'actions', id, { conditionId: 'budget' as never })).toThrow(AgreementError);
    expect(() => addItem(doc, 'actions', { done: 'ja' as never })).toThrow(AgreementError);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('reads a draft from before the list as having no actions, and a bad item as its defaults with a problem', () => {
    const { doc } = buildExample();
    expect(readAgreement(doc)).toMatchObject({ agreement: { actions: [] }, problems: [] });
    const raw = new Y.Map<unknown>();
    doc.transact(() => {
      doc.getArray('actions').push([raw]);
      raw.set('id', 'a1');
      raw.set('due', 'morgen');
      raw.set('done', 'ja');
    });
    const { agreement, problems } = readAgreement(doc);
    expect(agreement.actions).toEqual([{ id: 'a1', text: '', partnerId: null, person: '', due: null, done: false, checkId: null, conditionId: null }]);
    expect(problems.map((p) => p.path).sort()).toEqual(['actions[0].done', 'actions[0].due']);
  });
  it('is read again incrementally as readAgreement reads it, the other sections kept as they were', () => {
    const { doc, ids } = buildExample();
    const reader = new AgreementReader(doc);
    const before = reader.read().agreement;
    const id = addItem(doc, 'actions', { text: 'Nieuwsbrief', partnerId: ids.library });
    updateItem(doc, 'actions', id, { done: true, person: 'Anne de Vries' });
    const after = reader.read().agreement;
    expect(after).toEqual(readAgreement(doc).agreement);
    expect(after.actions.map((a) => [a.id, a.done, a.person])).toEqual([[id, true, 'Anne de Vries']]);
    expect(after.partners).toBe(before.partners);
    expect(after.healthChecks).toBe(before.healthChecks);
    reader.destroy();
  });
});
