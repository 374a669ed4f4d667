// The consent screens in happy-dom, rendered from a `server` map the test writes itself (as
// the server would): the round per partner with vastgesteld / gewijzigd sinds, the consent
// form only for a representative of a partner in the round (and a reason required for an
// objection, nothing lost when the server is unreachable), the comment threads of a part with
// their author and mentioned partner, and the open points. Who the bearer is (GET
// /api/drafts/:id) is answered by a stand-in for the server; the calls themselves are tested
// against the real server in consent-api.test.ts and the e2e test.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addItem, createDraft, readAgreement } from '../../../core/agreement/index.js';
import { SERVER_KEYS, SERVER_MAP, type CommentThread, type ConsentRound, type MemberSummary, type VersionSummary } from '../../../core/consent/contract.js';
import { t, translator } from '../../../core/i18n/index.js';
import { PartComments } from '../../../core/ui/consent/CommentsPanel.js';
import { ConsentScreen } from '../../../core/ui/consent/ConsentScreen.js';
import { DraftContext, UiContext } from '../../../core/ui/context.js';
import type { Host } from '../../../core/ui/host.js';
import { draftFor, fakeSession } from '../../support/fake-session.js';

const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 40)));
const host: Host = { copy: async () => ({ ok: true }), openLink: () => undefined, download: async () => ({ ok: true }) };
let root: HTMLElement;
let doc: Y.Doc;
let lib: string;
let gem: string;
let me: MemberSummary | null;
/** Writes (POST, DELETE) that reached the stand-in; every call but "who am I" fails as unreachable. */
let calls: string[];

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  doc = new Y.Doc();
  createDraft(doc, { title: 'Leesplan', lang: 'nl' });
  lib = addItem(doc, 'partners', { name: 'Bibliotheek Oost' });
  gem = addItem(doc, 'partners', { name: 'Gemeente Oost' });
  me = null;
  calls = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    if (/\/api\/drafts\/[^/]+$/.test(url) && !init?.method) return new Response(JSON.stringify({ role: me?.role ?? 'editor', member: me }), { status: 200 });
    if (init?.method) calls.push(`${init.method} ${url}`);
    throw new TypeError('fetch failed');
  });
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

const version = (n: number, agreedAt: string | null = null): VersionSummary => ({ id: `v${n}`, n, name: `Versie ${n}`, authorId: 'm1', authorName: 'Lies', at: '2026-03-01T10:00:00.000Z', hash: 'c0ffee'.repeat(10) + 'abcd', agreedAt });
const server = (key: keyof typeof SERVER_KEYS, value: unknown) => doc.getMap(SERVER_MAP).set(SERVER_KEYS[key], value);
const round = (extra: Partial<ConsentRound>): ConsentRound => ({ versionId: 'v1', versionN: 1, proposedBy: 'o', proposedAt: '2026-03-01T10:00:00.000Z', status: 'open', partnerIds: [lib, gem], consents: [], agreedAt: null, changedSince: false, ...extra });

async function show(node: preact.ComponentChildren) {
  const { session } = fakeSession(doc, draftFor('editor'));
  render(
    <UiContext.Provider value={{ host, lang: 'nl', t: translator('nl') }}>
      <DraftContext.Provider value={{ session, readOnly: false }}>{node}</DraftContext.Provider>
    </UiContext.Provider>,
    root,
  );
  await flush();
}
const agreement = () => readAgreement(doc).agreement;
const text = () => root.textContent ?? '';
const button = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!;

describe('Vaststellen', () => {
  it('shows each partner in the round, and vastgesteld, then gewijzigd sinds', async () => {
    server('versions', [version(1, '2026-03-02T09:00:00.000Z')]);
    server('round', round({ status: 'agreed', agreedAt: '2026-03-02T09:00:00.000Z', consents: [
      { partnerId: lib, memberId: 'm1', memberName: 'Lies', kind: 'consent', text: '', at: '2026-03-02T08:00:00.000Z' },
      { partnerId: gem, memberId: 'm2', memberName: 'Gea', kind: 'consent-with-remark', text: 'Jaarlijks evalueren', at: '2026-03-02T09:00:00.000Z' },
    ] }));
    await show(<ConsentScreen agreement={agreement()} readOnly={false} />);
    const rows = [...root.querySelectorAll('[data-testid=round-table] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-state'))).toEqual(['consent', 'consent-with-remark']);
    expect(rows[1]!.textContent).toContain('Gemeente Oost');
    expect(rows[1]!.textContent).toContain('Jaarlijks evalueren');
    expect(root.querySelector('[data-testid=agreed-state]')!.textContent).toContain(t('nl', 'ui.consent.round.agreed', { n: 1, at: '' }).split('{')[0]!.slice(0, 20));

    await act(() => {
      server('round', round({ status: 'agreed', agreedAt: '2026-03-02T09:00:00.000Z', changedSince: true }));
    });
    await flush();
    expect(root.querySelector('[data-testid=agreed-state]')!.textContent).toContain(t('nl', 'ui.consent.round.changedSince', { n: 1, at: '§' }).split('§')[0]!);
  });

  it('says what happens after an objection', async () => {
    server('round', round({ status: 'objected', consents: [{ partnerId: gem, memberId: 'm2', memberName: 'Gea', kind: 'objection', text: 'Begroting ontbreekt', at: '2026-03-01T11:00:00.000Z' }] }));
    await show(<ConsentScreen agreement={agreement()} readOnly={false} />);
    expect(text()).toContain(t('nl', 'ui.consent.round.next'));
    expect(text()).toContain('Begroting ontbreekt');
    expect(root.querySelector('[data-testid=consent-form]')).toBeNull();
  });

  it('gives a representative of a partner in the round the consent form; a reason is required for an objection and kept when the call fails', async () => {
    server('versions', [version(1)]);
    server('round', round({}));
    me = { id: 'm2', name: 'Gea', partnerId: gem, role: 'editor', representative: true, revokedAt: null };
    await show(<ConsentScreen agreement={agreement()} readOnly={false} />);
    const form = root.querySelector<HTMLFormElement>('[data-testid=consent-form]')!;
    expect(form.textContent).toContain(t('nl', 'ui.consent.form.title', { partner: 'Gemeente Oost', n: 1 }));
    await act(() => form.querySelector<HTMLInputElement>('input[value=objection]')!.click());
    await act(() => form.querySelector<HTMLButtonElement>('[data-testid=consent-submit]')!.click());
    expect(form.textContent).toContain(t('nl', 'ui.consent.form.reasonsNeeded'));
    expect(calls).toEqual([]);
    const area = form.querySelector<HTMLTextAreaElement>('[data-testid=consent-text]')!;
    await act(() => {
      area.value = 'De begroting ontbreekt';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => form.querySelector<HTMLButtonElement>('[data-testid=consent-submit]')!.click());
    await flush();
    expect(calls).toEqual([`POST http://127.0.0.1:8787/api/drafts/draft12345/round/consent`]);
    expect(form.textContent).toContain(t('nl', 'ui.consent.fail.offline'));
    expect(area.value).toBe('De begroting ontbreekt');
  });

  it('gives no form to a member who is not a representative, or whose partner is not in the round', async () => {
    server('round', round({ partnerIds: [lib] }));
    me = { id: 'm2', name: 'Gea', partnerId: gem, role: 'editor', representative: true, revokedAt: null };
    await show(<ConsentScreen agreement={agreement()} readOnly={false} />);
    expect(root.querySelector('[data-testid=consent-form]')).toBeNull();
    expect(text()).toContain(t('nl', 'ui.consent.round.notYours'));
  });
});

describe('comments on a part', () => {
  const thread = (extra: Partial<CommentThread>): CommentThread => ({ id: 'c1', target: { part: 'ambition' }, authorId: 'm2', authorName: 'Gea', body: 'Te vaag', at: '2026-03-01T10:00:00.000Z', mentions: [], replies: [], resolvedAt: null, resolvedBy: null, ...extra });

  it('counts the open threads on the button and shows author, mention, replies and state', async () => {
    server('comments', [
      thread({ mentions: [lib], replies: [{ id: 'r1', authorId: 'm1', authorName: 'Lies', body: 'Klopt', at: '2026-03-01T11:00:00.000Z' }] }),
      thread({ id: 'c2', body: 'Al opgelost', resolvedAt: '2026-03-01T12:00:00.000Z', resolvedBy: 'Lies' }),
      thread({ id: 'c3', target: { part: 'budget' }, body: 'Elders' }),
    ]);
    await show(<PartComments part="ambition" agreement={agreement()} />);
    const toggle = root.querySelector<HTMLButtonElement>('[data-testid=comments-toggle]')!;
    expect(toggle.textContent).toBe(t('nl', 'ui.consent.comments.buttonOpen', { n: 1 }));
    await act(() => toggle.click());
    const threads = [...root.querySelectorAll('[data-testid=thread]')];
    expect(threads.map((x) => x.querySelector('.body')!.textContent)).toEqual(['Te vaag', 'Al opgelost']);
    expect(threads[0]!.textContent).toContain('@Bibliotheek Oost');
    expect(threads[0]!.textContent).toContain('Klopt');
    expect(threads[0]!.textContent).toContain('Gea');
    expect(threads[1]!.textContent).toContain(t('nl', 'ui.consent.comments.resolved'));
    expect(threads[1]!.textContent).toContain(t('nl', 'ui.consent.comments.reopen'));
    expect(text()).not.toContain('Elders');
  });

  it('asks for the text first, and keeps what was typed when the server cannot be reached', async () => {
    await show(<PartComments part="ambition" agreement={agreement()} />);
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid=comments-toggle]')!.click());
    await act(() => button(t('nl', 'ui.consent.comments.add')).click());
    expect(text()).toContain(t('nl', 'ui.consent.comments.bodyNeeded'));
    const area = root.querySelector<HTMLTextAreaElement>('[data-testid=comment-body]')!;
    await act(() => {
      area.value = 'Wie betaalt dit?';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => button(t('nl', 'ui.consent.comments.add')).click());
    await flush();
    expect(calls).toEqual(['POST http://127.0.0.1:8787/api/drafts/draft12345/comments']);
    expect(area.value).toBe('Wie betaalt dit?');
    expect(text()).toContain(t('nl', 'ui.consent.fail.offline'));
  });
});
