// Adding an action on Gezondheid, in happy-dom: the list's own add button and the one at a
// red condition of a check both add one action (the latter starting from that check, its
// condition and partner) and move focus into its card, so a keyboard user types straight on.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addItem, createDraft, readAgreement, setRating } from '../../../core/agreement/index.js';
import { t, translator } from '../../../core/i18n/index.js';
import { DraftContext, UiContext, type UiEnv } from '../../../core/ui/context.js';
import { HealthScreen } from '../../../core/ui/HealthScreen.js';
import { useAgreement } from '../../../core/ui/use-doc.js';
import { fakeSession } from '../../support/fake-session.js';

const env: UiEnv = {
  host: { copy: async () => ({ ok: true }), openLink: () => undefined, download: async () => ({ ok: true }) },
  lang: 'nl',
  t: translator('nl'),
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(doc: Y.Doc) {
  const { session } = fakeSession(doc);
  function Screen() {
    return <HealthScreen agreement={useAgreement(doc)} />;
  }
  render(
    <UiContext.Provider value={env}>
      <DraftContext.Provider value={{ session, readOnly: false }}>
        <Screen />
      </DraftContext.Provider>
    </UiContext.Provider>,
    root,
  );
  await vi.waitFor(() => expect(root.querySelector('[data-testid=health-actions]')).not.toBeNull());
}
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;
const focusedCard = () => document.activeElement?.closest('[data-testid=action]')?.id;

it('adds an action from the list and from a red condition of a check, and moves focus into each new card', async () => {
  const doc = new Y.Doc();
  createDraft(doc, { title: 'Gezond' });
  const partnerId = addItem(doc, 'partners', { name: 'Bibliotheek Noorderwijk' });
  const checkId = addItem(doc, 'healthChecks', { date: '2027-01-15', partnerId });
  setRating(doc, checkId, 'process', 'red');
  await mount(doc);

  await act(() => button(t('nl', 'ui.actions.add')).click());
  let actions = readAgreement(doc).agreement.actions;
  expect(actions).toHaveLength(1);
  expect(actions[0]).toMatchObject({ checkId: null, conditionId: null, partnerId: null });
  await vi.waitFor(() => expect(focusedCard()).toBe(`action-${actions[0]!.id}`), { timeout: 10_000 });

  const atCheck = `${t('nl', 'ui.actions.add')} ${t('nl', 'ui.actions.addAt', { condition: t('nl', 'condition.process'), n: 1 })}`;
  await act(() => button(atCheck).click());
  actions = readAgreement(doc).agreement.actions;
  expect(actions).toHaveLength(2);
  expect(actions[1]).toMatchObject({ checkId, conditionId: 'process', partnerId });
  await vi.waitFor(() => expect(focusedCard()).toBe(`action-${actions[1]!.id}`), { timeout: 10_000 });
});
