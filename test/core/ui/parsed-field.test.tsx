// Amount and date fields in happy-dom: blur or Enter commits valid input reformatted; invalid
// input stays in the field with a message and writes nothing; Escape restores; a change from
// elsewhere waits while the person types. And the timeline keeps its order while a date is typed.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, createDraft } from '../../../core/agreement/index.js';
import { translator } from '../../../core/i18n/index.js';
import { ProcessPart } from '../../../core/ui/agreement/ProcessPart.js';
import { DraftContext, UiContext, type UiEnv } from '../../../core/ui/context.js';
import { AmountField, DateField } from '../../../core/ui/fields/ParsedField.js';
import { useAgreement } from '../../../core/ui/use-doc.js';
import { fakeSession } from '../../support/fake-session.js';

const ui: UiEnv = {
  host: { copy: async () => ({ ok: true }), openLink: () => undefined, download: async () => ({ ok: true }) },
  lang: 'nl',
  t: translator('nl'),
};
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

const input = (label: string) => {
  const el = [...root.querySelectorAll('label')].find((l) => l.textContent === label);
  if (!el) throw new Error(`no label "${label}"`);
  return root.querySelector(`#${CSS.escape(el.htmlFor)}`) as HTMLInputElement;
};
const focus = (el: HTMLInputElement) => act(() => el.focus());
const blur = (el: HTMLInputElement) => act(() => el.blur());
const type = (el: HTMLInputElement, text: string) =>
  act(() => {
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
const press = (el: HTMLInputElement, key: string) => act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
const messageOf = (el: HTMLInputElement) => {
  const ids = el.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => root.ownerDocument.getElementById(id)?.textContent).join(' ');
};

/** An amount field over a value held here, as the doc would hold it; `set` changes it "from elsewhere". */
function mountAmount(initial: number) {
  const commits: number[] = [];
  let set: (cents: number) => void = () => undefined;
  function Holder() {
    const [cents, setCents] = useState(initial);
    set = setCents;
    return <AmountField label="Bedrag" cents={cents} onCommit={(c) => (commits.push(c), setCents(c))} />;
  }
  render(<UiContext.Provider value={ui}><Holder /></UiContext.Provider>, root);
  return { commits, set: (cents: number) => act(() => set(cents)) };
}

describe('AmountField', () => {
  it('commits "4.000" on blur as 4000 euros and shows it reformatted', async () => {
    const { commits } = mountAmount(0);
    const el = input('Bedrag');
    expect(el.value).toBe('0,00');
    expect(el.getAttribute('inputmode')).toBe('decimal');
    await focus(el);
    await type(el, '4.000');
    await blur(el);
    expect(commits).toEqual([400_000]);
    expect(el.value).toBe('4.000,00');
    expect(el.hasAttribute('aria-invalid')).toBe(false);
  });

  it('shows the committed amount while the store is still catching up (no flash of the old value)', async () => {
    const commits: number[] = [];
    let set: (cents: number) => void = () => undefined;
    function Deferred() {
      const [cents, setCents] = useState(0);
      set = setCents;
      // The doc re-renders on the next frame: the commit reaches the value only later.
      return <AmountField label="Bedrag" cents={cents} onCommit={(c) => void commits.push(c)} />;
    }
    render(<UiContext.Provider value={ui}><Deferred /></UiContext.Provider>, root);
    const el = input('Bedrag');
    await focus(el);
    await type(el, '4.000');
    await blur(el);
    expect(commits).toEqual([400_000]);
    expect(el.value).toBe('4.000,00');
    await act(() => set(400_000));
    expect(el.value).toBe('4.000,00');
    // Once the store has moved on, a later change back to the old value is shown as it is.
    await act(() => set(0));
    expect(el.value).toBe('0,00');
  });

  it('keeps invalid text with a message at the field, writes nothing, and Escape restores', async () => {
    const { commits } = mountAmount(400_000);
    const el = input('Bedrag');
    await focus(el);
    await type(el, '4.00');
    await blur(el);
    expect(commits).toEqual([]);
    expect(el.value).toBe('4.00');
    expect(el.getAttribute('aria-invalid')).toBe('true');
    expect(messageOf(el)).toBe('Geen geldig bedrag: gebruik een punt voor duizendtallen en een komma voor centen, bijvoorbeeld 4.000,50.');
    await focus(el);
    await press(el, 'Escape');
    expect(el.value).toBe('4.000,00');
    expect(messageOf(el)).toBe('');
    await blur(el);
    expect(commits).toEqual([]);
  });

  it('commits on Enter and stays in the field', async () => {
    const { commits } = mountAmount(0);
    const el = input('Bedrag');
    await focus(el);
    await type(el, '€ 2.500,5');
    await press(el, 'Enter');
    expect(commits).toEqual([250_050]);
    expect(el.value).toBe('2.500,50');
    expect(root.ownerDocument.activeElement).toBe(el);
  });

  it('does not overwrite what is being typed with a change from elsewhere; shows that change after blur', async () => {
    const { commits, set } = mountAmount(100);
    const el = input('Bedrag');
    await focus(el);
    await type(el, '12');
    await set(99_900);
    expect(el.value).toBe('12');
    await blur(el);
    expect(commits).toEqual([1200]);
    // Focused without typing: the remote value waits, and leaving writes nothing.
    await focus(el);
    await set(500);
    expect(el.value).toBe('12,00');
    await blur(el);
    expect(el.value).toBe('5,00');
    expect(commits).toEqual([1200]);
  });
});

describe('DateField', () => {
  it('reads dd-mm-jjjj, stores ISO, and empty means no date', async () => {
    const commits: (string | null)[] = [];
    function Holder() {
      const [iso, setIso] = useState<string | null>(null);
      return <DateField label="Startdatum" value={iso} onCommit={(v) => (commits.push(v), setIso(v))} />;
    }
    render(<UiContext.Provider value={ui}><Holder /></UiContext.Provider>, root);
    const el = input('Startdatum');
    expect(messageOf(el)).toBe('dd-mm-jjjj');
    await focus(el);
    await type(el, '1-3-2027');
    await blur(el);
    expect(commits).toEqual(['2027-03-01']);
    expect(el.value).toBe('01-03-2027');
    await focus(el);
    await type(el, '31-02-2027');
    await blur(el);
    expect(messageOf(el)).toBe('dd-mm-jjjj Deze datum bestaat niet. Controleer de dag en de maand.');
    await focus(el);
    await type(el, '');
    await blur(el);
    expect(commits).toEqual(['2027-03-01', null]);
    expect(el.value).toBe('');
  });
});

describe('timeline order', () => {
  it('keeps the cards in place while a date changes, until "Sorteer op datum"', async () => {
    const doc = new Y.Doc();
    createDraft(doc, { title: 'Tijdlijn' });
    addItem(doc, 'milestones', { kind: 'start', date: '2027-01-10', title: 'Start' });
    addItem(doc, 'milestones', { kind: 'reflection', date: '2027-06-01', title: 'Reflectie' });
    const { session } = fakeSession(doc);
    function Part() {
      return <ProcessPart agreement={useAgreement(doc)} />;
    }
    render(
      <UiContext.Provider value={ui}>
        <DraftContext.Provider value={{ session, readOnly: false }}>
          <Part />
        </DraftContext.Provider>
      </UiContext.Provider>,
      root,
    );
    await flush();
    const titles = () => [...root.querySelectorAll('.timeline > li')].map((li) => (li.querySelector('input') as HTMLInputElement).value);
    expect(titles()).toEqual(['Start', 'Reflectie']);
    const date = input('Datum van mijlpaal 1');
    await focus(date);
    await type(date, '1-9-2027');
    await blur(date);
    await flush();
    expect(input('Datum van mijlpaal 1').value).toBe('01-09-2027');
    expect(titles()).toEqual(['Start', 'Reflectie']);
    const sort = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Sorteer op datum')!;
    await act(() => sort.click());
    expect(titles()).toEqual(['Reflectie', 'Start']);
  });
});
