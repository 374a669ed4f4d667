// The Rollen grid at the list maxima's scale: a large grid renders only some rows, with the
// whole size (aria-rowcount) and each row's place (aria-rowindex) for screen readers; Ctrl+arrow
// keys and Ctrl+Home/End reach every cell, rendering rows that were not there; the search field
// narrows the rows; a choice made in a rendered row is written to the draft. A small grid stays
// one plain table with every row.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, createDraft, readAgreement } from '../../../core/agreement/index.js';
import { t, translator } from '../../../core/i18n/index.js';
import { UiContext } from '../../../core/ui/context.js';
import { DraftView } from '../../../core/ui/DraftView.js';
import type { Host } from '../../../core/ui/host.js';
import { draftFor, fakeSession } from '../../support/fake-session.js';

const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 40)));
const host: Host = { copy: async () => ({ ok: true }), openLink: () => undefined, download: async () => ({ ok: true }) };

let root: HTMLElement;
let doc: Y.Doc;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  doc = new Y.Doc();
  createDraft(doc, { title: 'Leesplan' });
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function seed(partners: number, activities: number): { partners: string[]; activities: string[] } {
  return {
    partners: Array.from({ length: partners }, (_, i) => addItem(doc, 'partners', { name: `Partner ${i + 1}` })),
    activities: Array.from({ length: activities }, (_, i) => addItem(doc, 'activities', { name: `Activiteit ${i + 1}` })),
  };
}

async function openRoles(): Promise<HTMLTableElement> {
  await act(() => {
    render(
      <UiContext.Provider value={{ host, lang: 'nl', t: translator('nl') }}>
        <DraftView session={fakeSession(doc, draftFor('editor')).session} onClose={() => undefined} onTitle={() => undefined} onTokens={() => undefined} langSwitch={null} me={{ name: 'Anna', organisation: 'Bibliotheek' }} onMe={() => undefined} />
      </UiContext.Provider>,
      root,
    );
  });
  await flush();
  const nav = root.querySelector(`nav[aria-label="${t('nl', 'ui.parts.nav')}"]`)!;
  const button = [...nav.querySelectorAll('button')].find((b) => b.firstChild?.textContent === t('nl', 'ui.part.roles'))!;
  await act(() => button.click());
  await flush();
  return root.querySelector<HTMLTableElement>('table.raci')!;
}

const dataRows = (table: HTMLTableElement) => [...table.querySelectorAll('tbody tr[aria-rowindex]')];
const rowIndexes = (table: HTMLTableElement) => dataRows(table).map((r) => Number(r.getAttribute('aria-rowindex')));
const cell = (partner: number, activity: number) => t('nl', 'ui.roles.cell', { partner: `Partner ${partner}`, activity: `Activiteit ${activity}` });
const ctrl = (key: string) => new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, cancelable: true });

describe('a large roles grid (200 activities × 10 partners)', () => {
  it('renders some rows, gives the whole size, and reaches every row with the keyboard', { timeout: 60_000 }, async () => {
    seed(10, 200);
    const table = await openRoles();
    expect(table.getAttribute('aria-rowcount')).toBe('201');
    const shown = rowIndexes(table);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(60);
    expect(shown).toEqual(shown.map((_, i) => i + 2));
    // What is not rendered is one spacer, hidden from screen readers.
    expect(table.querySelectorAll('tbody tr.raci-spacer[aria-hidden="true"]')).toHaveLength(1);

    const first = table.querySelector<HTMLSelectElement>(`select[aria-label="${cell(3, 1)}"]`)!;
    first.focus();
    await act(() => void first.dispatchEvent(ctrl('End')));
    await flush();
    expect(document.activeElement?.getAttribute('aria-label')).toBe(cell(3, 200));
    expect(rowIndexes(table)).toContain(201);

    await act(() => void document.activeElement!.dispatchEvent(ctrl('ArrowUp')));
    await flush();
    expect(document.activeElement?.getAttribute('aria-label')).toBe(cell(3, 199));
    await act(() => void document.activeElement!.dispatchEvent(ctrl('ArrowRight')));
    expect(document.activeElement?.getAttribute('aria-label')).toBe(cell(4, 199));
    await act(() => void document.activeElement!.dispatchEvent(ctrl('Home')));
    await flush();
    expect(document.activeElement?.getAttribute('aria-label')).toBe(cell(4, 1));
    // A plain arrow key is the select's own (it changes the choice): left alone.
    const plain = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
    document.activeElement!.dispatchEvent(plain);
    expect(plain.defaultPrevented).toBe(false);
  });

  it('narrows the rows to the activities found, and writes a role chosen in a row', { timeout: 60_000 }, async () => {
    const { activities, partners } = seed(10, 200);
    const table = await openRoles();
    const search = root.querySelector<HTMLInputElement>(`#${CSS.escape([...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith(t('nl', 'limits.roles.filter')))!.htmlFor)}`)!;
    search.value = 'activiteit 17';
    await act(() => void search.dispatchEvent(new InputEvent('input', { bubbles: true })));
    await flush();
    // Activiteit 17 and 170–179, found whatever the case.
    expect(dataRows(table).map((r) => r.querySelector('th')!.firstChild!.textContent)).toEqual(['Activiteit 17', ...Array.from({ length: 10 }, (_, i) => `Activiteit ${170 + i}`)]);
    expect(table.getAttribute('aria-rowcount')).toBe('12');
    expect(root.textContent).toContain(t('nl', 'limits.roles.shown', { shown: 11, total: 200 }));

    const select = table.querySelector<HTMLSelectElement>(`select[aria-label="${cell(2, 175)}"]`)!;
    select.value = 'A';
    await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
    expect(readAgreement(doc).agreement.activities[174]!.roles[partners[1]!]).toBe('A');
    expect(activities[174]).toBe(readAgreement(doc).agreement.activities[174]!.id);

    search.value = 'geen zulke activiteit';
    await act(() => void search.dispatchEvent(new InputEvent('input', { bubbles: true })));
    await flush();
    expect(dataRows(table)).toHaveLength(0);
    expect(root.textContent).toContain(t('nl', 'limits.roles.noMatch', { text: 'geen zulke activiteit' }));
  });
});

describe('a small roles grid (5 activities × 3 partners)', () => {
  it('is one plain table with every row and no search field', async () => {
    seed(3, 5);
    const table = await openRoles();
    expect(rowIndexes(table)).toEqual([2, 3, 4, 5, 6]);
    expect(table.querySelectorAll('select')).toHaveLength(15);
    expect(table.querySelector('.raci-spacer')).toBeNull();
    expect(root.textContent).not.toContain(t('nl', 'limits.roles.filter'));
    const first = table.querySelector<HTMLSelectElement>(`select[aria-label="${cell(1, 1)}"]`)!;
    first.focus();
    await act(() => void first.dispatchEvent(ctrl('End')));
    expect(document.activeElement?.getAttribute('aria-label')).toBe(cell(1, 5));
  });
});
