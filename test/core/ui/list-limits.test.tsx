// List limits at the field (issue 11, finding 3), in happy-dom: near a list's limit its add
// button shows the count, at the limit the button is disabled and its description (read by
// screen readers) says why; removing an item enables it again. In Dutch and English.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, createDraft, removeItem } from '../../../core/agreement/index.js';
import { LIST_LIMITS } from '../../../core/agreement/limits.js';
import { translator, type Lang } from '../../../core/i18n/index.js';
import { RulesPart } from '../../../core/ui/agreement/RulesPart.js';
import { DraftContext, UiContext, type UiEnv } from '../../../core/ui/context.js';
import { useAgreement } from '../../../core/ui/use-doc.js';
import { fakeSession } from '../../support/fake-session.js';

const env = (lang: Lang): UiEnv => ({
  host: { copy: async () => ({ ok: true }), openLink: () => undefined, download: async () => ({ ok: true }) },
  lang,
  t: translator(lang),
});
const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 40)));

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(doc: Y.Doc, lang: Lang) {
  const { session } = fakeSession(doc);
  function Part() {
    return <RulesPart agreement={useAgreement(doc)} />;
  }
  render(
    <UiContext.Provider value={env(lang)}>
      <DraftContext.Provider value={{ session, readOnly: false }}>
        <Part />
      </DraftContext.Provider>
    </UiContext.Provider>,
    root,
  );
  await flush();
}
const addButton = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;
const description = (el: Element) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();

it('shows the count near the limit, disables the add button at it with the reason, and enables it again', async () => {
  const max = LIST_LIMITS.rules;
  const doc = new Y.Doc();
  createDraft(doc, { title: 'Regels' });
  for (let i = 0; i < max - 11; i++) addItem(doc, 'rules', { text: `Regel ${i + 1}` });
  await mount(doc, 'nl');
  let add = addButton('Spelregel toevoegen');
  expect(add.disabled).toBe(false);
  expect(add.hasAttribute('aria-describedby')).toBe(false);
  expect(root.textContent).not.toContain(`van ${max} spelregels`);

  await act(() => add.click());
  await flush();
  add = addButton('Spelregel toevoegen');
  expect(description(add)).toBe(`${max - 10} van ${max} spelregels`);

  for (let i = 0; i < 10; i++) await act(() => addButton('Spelregel toevoegen').click());
  await flush();
  add = addButton('Spelregel toevoegen');
  expect(doc.getArray('rules').length).toBe(max);
  expect(add.disabled).toBe(true);
  expect(description(add)).toBe(`Het maximum van ${max} spelregels is bereikt; verwijder er eerst een om iets toe te voegen.`);

  await act(() => removeItem(doc, 'rules', (doc.getArray('rules').get(0) as Y.Map<unknown>).get('id') as string));
  await flush();
  add = addButton('Spelregel toevoegen');
  expect(add.disabled).toBe(false);
  expect(description(add)).toBe(`${max - 1} van ${max} spelregels`);
});

it('says it in English', async () => {
  const max = LIST_LIMITS.rules;
  const doc = new Y.Doc();
  createDraft(doc, { title: 'Rules', lang: 'en' });
  for (let i = 0; i < max; i++) addItem(doc, 'rules', {});
  await mount(doc, 'en');
  const add = addButton('Add rule');
  expect(add.disabled).toBe(true);
  expect(description(add)).toBe(`The maximum of ${max} rules of play has been reached; remove one first to add another.`);
});
