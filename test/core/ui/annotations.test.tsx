// The annotations view in happy-dom with a fake annotator bridge: `ready` is answered with
// the page's annotations and the partners, a toolbar draft is stored (shared → draft and an
// interest with its source; personal → private doc only), orphans are listed with their
// quote, and a viewer's draft stays private.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addItem, annotationService, createDraft, CURRENT_SCHEMA_VERSION, readAgreement, readAnnotations } from '../../../core/agreement/index.js';
import { translator, type Lang } from '../../../core/i18n/index.js';
import { NotifyContext, UiContext } from '../../../core/ui/context.js';
import { DraftView } from '../../../core/ui/DraftView.js';
import type { AnnotatorBridge, FromPageMessage, Host, ToPageMessage } from '../../../core/ui/host.js';
import type { DraftSession } from '../../../core/ui/session.js';
import { draftFor, fakeSession as fake } from '../../support/fake-session.js';

const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 40)));
const URL_ = 'https://school.example/plan';

const fakeSession = (doc: Y.Doc, role: 'editor' | 'viewer' = 'editor'): DraftSession => fake(doc, draftFor(role)).session;

function fakeBridge() {
  const sent: { tabId: number; m: ToPageMessage }[] = [];
  let listener: ((tabId: number, m: FromPageMessage) => void) | null = null;
  const bridge: AnnotatorBridge = {
    currentTab: async () => ({ id: 4, url: URL_ + '#intro' }),
    activate: async () => true,
    send: (tabId, m) => void sent.push({ tabId, m }),
    onMessage: (l) => ((listener = l), () => (listener = null)),
    onTabGone: () => () => undefined,
    enableSites: async () => true,
  };
  const fire = (m: FromPageMessage) => act(() => listener!(4, m));
  return { bridge, sent, fire };
}

const draft = (partnerId: string, over: Record<string, unknown> = {}) =>
  ({
    type: 'annotator/create',
    draft: {
      url: URL_,
      title: 'Schoolplan',
      selectors: [{ type: 'TextQuoteSelector', exact: 'elke week vrij lezen', prefix: '', suffix: '' }],
      partnerId,
      level: 'organisational',
      conditionId: 'interests',
      note: 'Leesplezier',
      visibility: 'shared',
      ...over,
    },
  }) as FromPageMessage;

let root: HTMLElement;
let doc: Y.Doc;
let partnerId: string;

let notes: string[];

async function mount(session: DraftSession, bridge: AnnotatorBridge, lang: Lang = 'nl') {
  const host: Host = { copy: async () => ({ ok: true }), openLink: () => undefined, download: async () => ({ ok: true }), annotator: bridge };
  await act(() => {
    render(
      <UiContext.Provider value={{ host, lang, t: translator(lang) }}>
        <NotifyContext.Provider value={(m) => notes.push(m)}>
          <DraftView session={session} onClose={() => undefined} onTitle={() => undefined} onTokens={() => undefined} langSwitch={null} me={{ name: 'Anna', organisation: 'Bibliotheek' }} onMe={() => undefined} />
        </NotifyContext.Provider>
      </UiContext.Provider>,
      root,
    );
  });
  await flush();
  const tab = [...root.querySelectorAll('nav.tabs button')].find((b) => b.textContent === translator(lang)('ui.tab.annotations')) as HTMLButtonElement;
  await act(() => tab.click());
  // The screen is a chunk of its own: wait until it is there, however slow the machine.
  await vi.waitFor(() => expect(root.querySelector('[data-testid="annotator-state"]')).not.toBeNull());
}

beforeEach(() => {
  notes = [];
  root = document.createElement('div');
  document.body.append(root);
  doc = new Y.Doc();
  createDraft(doc, { title: 'Leesplan' });
  partnerId = addItem(doc, 'partners', { name: 'De Regenboog' });
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('annotations view', () => {
  it('answers ready, stores shared and personal annotations in the right doc, and lists orphans', async () => {
    const session = fakeSession(doc);
    const { bridge, sent, fire } = fakeBridge();
    await mount(session, bridge);
    await fire({ type: 'annotator/ready', url: URL_, title: 'Schoolplan' });
    await flush();
    const load = sent.filter((s) => s.m.type === 'annotator/load').at(-1)?.m;
    expect(load).toEqual({ type: 'annotator/load', url: URL_, annotations: [], partners: [{ id: partnerId, name: 'De Regenboog' }], lang: 'nl' });
    await fire(draft(partnerId));
    await fire(draft(partnerId, { level: 'personal', visibility: 'shared', note: 'Wethouder wil scoren' }));
    await flush();
    const shared = readAnnotations(doc, true);
    expect(shared.map((a) => [a.note, a.visibility])).toEqual([['Leesplezier', 'shared']]);
    expect(readAnnotations(session.privateDoc, false).map((a) => [a.note, a.level])).toEqual([['Wethouder wil scoren', 'personal']]);
    expect(new TextDecoder().decode(Y.encodeStateAsUpdate(doc))).not.toContain('Wethouder');
    expect(readAgreement(doc).agreement.interests[0]).toMatchObject({ partnerId, level: 'organisational', text: 'elke week vrij lezen', note: 'Leesplezier', source: { annotationId: shared[0]!.id, url: URL_, quote: 'elke week vrij lezen' } });
    // The page gets both again (the panel owns the data).
    const last = sent.filter((s) => s.m.type === 'annotator/load').at(-1)!.m as Extract<ToPageMessage, { type: 'annotator/load' }>;
    expect(last.annotations).toHaveLength(2);
    await fire({ type: 'annotator/anchored', url: URL_, results: [{ id: shared[0]!.id, status: 'orphaned', score: null }] });
    await vi.waitFor(() => expect(root.querySelector('[data-testid="annotations-orphaned"]')?.textContent).toContain('elke week vrij lezen'));
    expect(root.querySelectorAll('[data-testid="annotations-here"] li')).toHaveLength(1);
    expect(root.querySelector('[data-testid="annotations-url"]')?.textContent).toBe(URL_);
  });

  it("keeps a viewer's new annotation private", async () => {
    const session = fakeSession(doc, 'viewer');
    const { bridge, fire } = fakeBridge();
    await mount(session, bridge);
    await fire(draft(partnerId));
    await flush();
    expect(readAnnotations(doc, true)).toEqual([]);
    expect(readAnnotations(session.privateDoc, false)).toHaveLength(1);
  });

  it('lists an annotation of a partner no longer in the draft instead of hiding it', async () => {
    const session = fakeSession(doc);
    const { bridge } = fakeBridge();
    await mount(session, bridge);
    const { type: _t, draft: d } = draft('weg') as Extract<FromPageMessage, { type: 'annotator/create' }>;
    await act(() => void annotationService(session).add({ ...d, id: 'imported1', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' }, true));
    await vi.waitFor(() => {
      const group = [...root.querySelectorAll('.group')].find((g) => g.querySelector('h4')?.textContent === '(onbekende partner)');
      expect(group?.querySelector('[data-annotation="imported1"]')?.textContent).toContain('elke week vrij lezen');
    });
  });

  it('speaks the workspace language to the page, and announces a refused write in it', async () => {
    const session = fakeSession(doc);
    const { bridge, sent, fire } = fakeBridge();
    await mount(session, bridge, 'en');
    await fire({ type: 'annotator/ready', url: URL_, title: 'Schoolplan' });
    expect(sent.filter((s) => s.m.type === 'annotator/load').at(-1)?.m).toMatchObject({ lang: 'en' });
    await fire(draft(partnerId));
    await flush();
    const [stored] = readAnnotations(doc, true);
    // A partner opened the draft with a newer Samenspel: this one may read it, not write it.
    await act(() => void doc.getMap('meta').set('schemaVersion', CURRENT_SCHEMA_VERSION + 1));
    const refused = `This draft was made with a newer version of Samenspel (schema ${CURRENT_SCHEMA_VERSION + 1}). You can read it; update Samenspel to edit it.`;
    await fire(draft(partnerId, { note: 'Nog een' }));
    await flush();
    expect(notes).toEqual([refused]);
    const remove = await vi.waitFor(() => {
      const button = root.querySelector<HTMLButtonElement>(`[data-annotation="${stored!.id}"] button.quiet`);
      if (!button) throw new Error('the annotation is not listed yet');
      return button;
    });
    await act(() => remove.click());
    expect(notes).toEqual([refused, refused]);
    expect(readAnnotations(doc, true).map((a) => a.id)).toEqual([stored!.id]);
  });
});
