// Rendering only what changed: a read-tracked view re-renders when a section or field it read
// changed and not otherwise; in the workspace, an edit elsewhere renders nothing of the roles
// part (nor any text field) and a role change renders and touches only its own row; the grid of a long list shows every
// row after a few frames, with its full size given to screen readers from the start.
import { options, render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, createDraft, setRole, updateItem, updateSection, type Agreement } from '../../../core/agreement/index.js';
import { AgreementReader } from '../../../core/agreement/read-incremental.js';
import { t, translator } from '../../../core/i18n/index.js';
import { UiContext } from '../../../core/ui/context.js';
import { DraftView } from '../../../core/ui/DraftView.js';
import type { Host } from '../../../core/ui/host.js';
import { readTracked } from '../../../core/ui/read-tracking.js';
import { draftFor, fakeSession } from '../../support/fake-session.js';

const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 40)));

/** Counts the renders of components by name, through Preact's render hook (`options._render`, `__r` once built). */
function countRenders(): { counts: Map<string, number>; stop: () => void } {
  const hooks = options as unknown as { __r?: (vnode: VNode) => void };
  const previous = hooks.__r;
  const counts = new Map<string, number>();
  hooks.__r = (vnode) => {
    const name = typeof vnode.type === 'function' ? vnode.type.name : '';
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    previous?.(vnode);
  };
  return { counts, stop: () => void (hooks.__r = previous) };
}
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

describe('readTracked', () => {
  it('re-renders a view only when what it read changed', async () => {
    const reader = new AgreementReader(doc);
    let renders = 0;
    const View = readTracked(({ agreement }: { agreement: Agreement }) => {
      renders++;
      return (
        <p>
          {agreement.ambition.promise} · {agreement.partners.length}
        </p>
      );
    });
    const show = () => act(() => render(<View agreement={reader.read().agreement} />, root));
    await show();
    expect(renders).toBe(1);
    updateSection(doc, 'ambition', { statement: 'Samen lezen' });
    updateSection(doc, 'meta', { title: 'Ander plan' });
    await show();
    expect(renders).toBe(1);
    updateSection(doc, 'ambition', { promise: 'Wij beloven' });
    await show();
    expect(renders).toBe(2);
    expect(root.textContent).toBe('Wij beloven · 0');
    addItem(doc, 'partners', { name: 'Bibliotheek' });
    await show();
    expect(renders).toBe(3);
    expect(root.textContent).toBe('Wij beloven · 1');
    reader.destroy();
  });
});

describe('the roles grid', () => {
  const ACTIVITIES = 45;
  let activities: string[];
  let partners: string[];
  beforeEach(() => {
    partners = Array.from({ length: 4 }, (_, i) => addItem(doc, 'partners', { name: `Partner ${i + 1}` }));
    activities = Array.from({ length: ACTIVITIES }, (_, i) => addItem(doc, 'activities', { name: `Activiteit ${i + 1}` }));
  });

  async function openRoles() {
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
    const table = root.querySelector('table.raci')!;
    expect(table.getAttribute('aria-rowcount')).toBe(String(ACTIVITIES + 1));
    // The grid shows every row at once; the cards below it follow a block per frame.
    for (let i = 0; i < 20 && root.querySelectorAll('.cards > li').length < ACTIVITIES; i++) await flush();
    await flush();
    return table;
  }

  it('shows every row after a few frames, each with its place in the whole grid', { timeout: 60_000 }, async () => {
    const table = await openRoles();
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(ACTIVITIES);
    expect(rows.at(-1)!.getAttribute('aria-rowindex')).toBe(String(ACTIVITIES + 1));
    expect(table.getAttribute('aria-busy')).toBeNull();
    expect(table.querySelectorAll('select')).toHaveLength(ACTIVITIES * partners.length);
    const last = table.querySelector(`select[aria-label="${t('nl', 'ui.roles.cell', { partner: 'Partner 4', activity: `Activiteit ${ACTIVITIES}` })}"]`);
    expect(last).not.toBeNull();
    // The activity cards below the grid are all there too.
    expect(root.querySelectorAll('.cards > li')).toHaveLength(ACTIVITIES);
  });

  it('leaves the grid untouched by an edit elsewhere, and changes only the row of a changed role', { timeout: 60_000 }, async () => {
    const table = await openRoles();
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(table, { subtree: true, childList: true, attributes: true, characterData: true });
    const renders = countRenders();
    updateSection(doc, 'ambition', { statement: 'Samen lezen we elke dag.' });
    await flush();
    expect(renders.counts.get('RolesPart') ?? 0).toBe(0);
    // A partner's representative is not in the grid: the part looks, no row renders.
    updateItem(doc, 'partners', partners[0]!, { representative: 'Anna' });
    await flush();
    expect(changes).toHaveLength(0);
    expect(renders.counts.get('RaciRow') ?? 0).toBe(0);
    expect(renders.counts.get('BoundField') ?? 0).toBe(0);
    renders.counts.clear();

    setRole(doc, activities[40]!, partners[2]!, 'A');
    await flush();
    renders.stop();
    observer.disconnect();
    // The part, and of its rows and cards only the changed activity's.
    expect(renders.counts.get('RolesPart')).toBe(1);
    expect(renders.counts.get('RaciRow')).toBe(1);
    expect(renders.counts.get('ActivityCard')).toBe(1);
    const row = table.querySelectorAll('tbody tr')[40]!;
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => row.contains(c.target))).toBe(true);
    expect((row.querySelectorAll('select')[2] as HTMLSelectElement).value).toBe('A');
  });
});
