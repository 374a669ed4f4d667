// Workspace components in happy-dom with an in-memory draft: hostile text stays text,
// typing writes to the doc, remote edits show up, viewers get disabled controls, personal
// interests go to the private doc only, and the RACI grid calls out a missing Accountable.
// Tabs not shown at first load when chosen: a polite status meanwhile, an alert with a retry
// when their chunk could not be had.
import { render, type ComponentType } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, createDraft, readAgreement, readPrivate, setRole, updateSection } from '../../../core/agreement/index.js';
import { t, translator } from '../../../core/i18n/index.js';
import { UiContext } from '../../../core/ui/context.js';
import { DraftView } from '../../../core/ui/DraftView.js';
import type { Host } from '../../../core/ui/host.js';
import { lazyScreen } from '../../../core/ui/lazy-screen.js';
import type { DraftSession } from '../../../core/ui/session.js';
import type { Role } from '../../../core/ui/storage.js';
import { draftFor, fakeSession as fake } from '../../support/fake-session.js';

const HOSTILE = '<img src=x onerror="globalThis.__xss=1">Gemeente<script>globalThis.__xss=2</script>';
const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 40)));

const fakeSession = (doc: Y.Doc, role: Role = 'editor'): DraftSession => fake(doc, draftFor(role)).session;

const copies: { html: string; text: string }[] = [];
const host: Host = {
  copy: async (c) => (copies.push(c), { ok: true }),
  openLink: () => undefined,
  download: async () => ({ ok: true }),
};

let root: HTMLElement;
let doc: Y.Doc;
let partnerId: string;

async function mount(session: DraftSession) {
  await act(() => {
    render(
      <UiContext.Provider value={{ host, lang: 'nl', t: translator('nl') }}>
        <DraftView session={session} onClose={() => undefined} onTitle={() => undefined} onTokens={() => undefined} langSwitch={null} me={{ name: 'Anna', organisation: 'Bibliotheek' }} onMe={() => undefined} />
      </UiContext.Provider>,
      root,
    );
  });
  await flush();
}

const byLabel = <T extends HTMLElement>(text: string, index = 0): T => {
  const labels = [...root.querySelectorAll('label')].filter((l) => l.textContent === text);
  const label = labels[index];
  if (!label) throw new Error(`no label "${text}" (#${index})`);
  return root.querySelector(`#${CSS.escape(label.htmlFor)}`) as T;
};
const clickButton = async (name: string) => {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!button) throw new Error(`no button "${name}"`);
  await act(() => {
    button.click();
  });
  await flush();
};

/** Waits until a tab loaded when first shown (lazy-screen.tsx) is on screen. */
const screenShown = async () => {
  for (let i = 0; i < 100 && (!root.querySelector('#screen-title') || root.querySelector('p.loading[role=status]')); i++) await flush();
  if (root.querySelector('p.loading[role=status]')) throw new Error('the screen did not load');
};

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  doc = new Y.Doc();
  createDraft(doc, { title: 'Testconcept' });
  partnerId = addItem(doc, 'partners', { name: HOSTILE });
  addItem(doc, 'partners', { name: 'Bibliotheek' });
});
afterEach(() => {
  render(null, root);
  root.remove();
  delete (globalThis as { __xss?: number }).__xss;
});

describe('DraftView', () => {
  it('shows hostile partner names as text, never as markup', async () => {
    await mount(fakeSession(doc));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toContain(HOSTILE);
    expect(byLabel<HTMLInputElement>('Naam van de partner').value).toBe(HOSTILE);
    await clickButton('Rollen');
    const activity = addItem(doc, 'activities', { name: 'Voorlezen' });
    await flush();
    expect(root.querySelector('table.raci thead')!.textContent).toContain(HOSTILE);
    expect(root.textContent).toContain('“Voorlezen” heeft nog geen eindverantwoordelijke (A)');
    setRole(doc, activity, partnerId, 'A');
    await flush();
    expect(root.textContent).not.toContain('nog geen eindverantwoordelijke');
    await clickButton('Sjablonen');
    await screenShown();
    const select = byLabel<HTMLSelectElement>('Onderdeel');
    select.value = 'partners';
    await act(() => {
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await flush();
    const preview = root.querySelector('[data-testid=template-preview]')!;
    expect(preview.textContent).toContain(HOSTILE);
    expect(preview.querySelector('img, script')).toBeNull();
    await clickButton('Kopiëren als opgemaakte tekst');
    expect(copies.at(-1)!.html).toContain('&lt;img');
    expect(copies.at(-1)!.text).toContain(HOSTILE);
    expect((globalThis as { __xss?: number }).__xss).toBeUndefined();
  });

  it('writes typing to the doc and shows remote edits in the field', async () => {
    await mount(fakeSession(doc));
    await clickButton('Ambitie');
    const statement = byLabel<HTMLTextAreaElement>('Onze gezamenlijke ambitie');
    statement.value = 'Elk kind leest';
    await act(() => {
      statement.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect(readAgreement(doc).agreement.ambition.statement).toBe('Elk kind leest');
    // A partner's edit arrives (as from the provider).
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    updateSection(remote, 'ambition', { statement: 'Elk kind leest graag' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(doc)));
    await flush();
    expect(statement.value).toBe('Elk kind leest graag');
  });

  it('calls out a zero factor in A = B × C × D', async () => {
    await mount(fakeSession(doc));
    await clickButton('Ambitie');
    const select = root.querySelector<HTMLSelectElement>(`select[aria-label^="Score van Bibliotheek voor C"]`)!;
    select.value = '0';
    await act(() => {
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await flush();
    expect(root.textContent).toContain('Let op: Bibliotheek geeft C · Commitment een 0');
  });

  it('keeps personal interests in the private doc only', async () => {
    const session = fakeSession(doc);
    await mount(session);
    await clickButton('Belangen');
    expect(root.textContent).toContain('alleen op dit apparaat');
    const add = [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Persoonlijk belang noteren'))!;
    await act(() => {
      add.click();
    });
    await flush();
    const field = byLabel<HTMLTextAreaElement>(`Persoonlijk belang 1 bij ${HOSTILE}`);
    field.value = 'Wil wethouder worden';
    await act(() => {
      field.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect(readPrivate(session.privateDoc).content.personalInterests[0]!.text).toBe('Wil wethouder worden');
    expect(JSON.stringify(doc.toJSON())).not.toContain('wethouder');
    expect(JSON.stringify(readAgreement(doc).agreement)).not.toContain('wethouder');
  });

  it('disables every editing control for a viewer', async () => {
    await mount(fakeSession(doc, 'viewer'));
    expect(root.textContent).toContain('Alleen lezen');
    const fieldsets = [...root.querySelectorAll('fieldset.bare')];
    expect(fieldsets.length).toBeGreaterThan(0);
    for (const f of fieldsets) expect((f as HTMLFieldSetElement).disabled).toBe(true);
    const input = byLabel<HTMLInputElement>('Naam van de partner');
    expect(input.closest('fieldset[disabled]')).not.toBeNull();
    // Navigation stays usable.
    await clickButton('Ambitie');
    expect(byLabel<HTMLTextAreaElement>('Onze gezamenlijke ambitie').closest('fieldset[disabled]')).not.toBeNull();
  });
});

describe('screens loaded when first shown', () => {
  it('shows the chosen tab once its screen is here, with focus on its heading', async () => {
    await mount(fakeSession(doc));
    const nav = root.querySelector(`nav[aria-label="${t('nl', 'ui.tabs.nav')}"]`)!;
    const tab = [...nav.querySelectorAll('button')].find((b) => b.textContent === t('nl', 'ui.tab.share'))!;
    await act(() => {
      tab.click();
    });
    await screenShown();
    const heading = root.querySelector('#screen-title')!;
    expect(heading.textContent).toBe(t('nl', 'ui.tab.share'));
    expect(document.activeElement).toBe(heading);
    expect(root.querySelector('#screen-title + *')).not.toBeNull();
    expect(root.querySelector('[role=alert]')).toBeNull();
  });

  it('says it is loading, and offers a retry when the screen could not be had', async () => {
    const tries: { resolve: (c: ComponentType<{ word: string }>) => void; reject: (e: Error) => void }[] = [];
    const Screen = lazyScreen<{ word: string }>(() => new Promise((resolve, reject) => tries.push({ resolve, reject })));
    await act(() => {
      render(
        <UiContext.Provider value={{ host, lang: 'nl', t: translator('nl') }}>
          <Screen word="Leesplezier" />
        </UiContext.Provider>,
        root,
      );
    });
    expect(root.querySelector('[role=status]')?.textContent).toBe(t('nl', 'ui.loading'));
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (e: unknown) => errors.push(e);
    try {
      await act(async () => tries[0]!.reject(new Error('offline')));
      await flush();
    } finally {
      console.error = log;
    }
    expect(errors).toHaveLength(1);
    const alert = root.querySelector('[role=alert]')!;
    expect(alert).not.toBeNull();
    expect(root.querySelector('[role=status]')).toBeNull();
    await act(() => {
      alert.querySelector('button')!.click();
    });
    expect(tries).toHaveLength(2);
    expect(root.querySelector('[role=status]')?.textContent).toBe(t('nl', 'ui.loading'));
    await act(async () => tries[1]!.resolve(({ word }) => <p class="loaded">{word}</p>));
    await flush();
    expect(root.querySelector('.loaded')?.textContent).toBe('Leesplezier');
    expect(root.querySelector('[role=alert], [role=status]')).toBeNull();
  });
});
