// Who the bearer of a link is, asked once: opening a link asks the server for the link's role
// (fetchRole) and that answer, the member included, serves the header too, so no second
// request follows; a session that has not reached its server (offline, or no server at all)
// asks nothing until it does, and then asks once. Calls go to a stand-in that counts them.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createDraft } from '../../../core/agreement/index.js';
import type { MemberSummary } from '../../../core/consent/contract.js';
import { t, translator } from '../../../core/i18n/index.js';
import { PresenceControl } from '../../../core/ui/PresenceDialog.js';
import { DraftContext, UiContext } from '../../../core/ui/context.js';
import type { Host } from '../../../core/ui/host.js';
import { fetchRole } from '../../../core/ui/server-api.js';
import { draftFor, fakeSession } from '../../support/fake-session.js';

const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 40)));
const host: Host = { copy: async () => ({ ok: true }), openLink: () => undefined, download: async () => ({ ok: true }) };
const member: MemberSummary = { id: 'm1', name: 'Lies de Vries', partnerId: null, role: 'editor', representative: false, revokedAt: null };
let root: HTMLElement;
let asked: string[];

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  asked = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    return new Response(JSON.stringify({ role: 'editor', member }), { status: 200 });
  });
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

async function show(session: ReturnType<typeof fakeSession>['session']) {
  await act(() => {
    render(
      <UiContext.Provider value={{ host, lang: 'nl', t: translator('nl') }}>
        <DraftContext.Provider value={{ session, readOnly: false }}>
          <PresenceControl me={{ name: 'Apparaat', organisation: '' }} onMe={() => undefined} />
        </DraftContext.Provider>
      </UiContext.Provider>,
      root,
    );
  });
  await flush();
}
const doc = () => {
  const d = new Y.Doc();
  createDraft(d, { title: 'Leesplan', lang: 'nl' });
  return d;
};
const me = () => root.querySelector('[data-testid=me]')!;

describe('who am I, asked once', () => {
  it('uses the answer of opening the link instead of asking again', async () => {
    const draft = draftFor('editor');
    expect(await fetchRole(draft.serverUrl, draft.id, draft.tokens.editor!)).toBe('editor');
    expect(asked).toHaveLength(1);
    await show(fakeSession(doc(), draft).session);
    expect(me().textContent).toContain(member.name);
    expect(me().querySelector('.badge')!.textContent).toBe(t('nl', 'ui.consent.presence.badgeVerified'));
    expect(asked).toHaveLength(1);
  });

  it('asks nothing before the session reached its server, then asks once', async () => {
    const fake = fakeSession(doc(), draftFor('editor'));
    fake.setStatus({ kind: 'offline', unsaved: 0, readOnly: false, lastError: null });
    await show(fake.session);
    expect(asked).toEqual([]);
    expect(me().textContent).toContain('Apparaat');
    await act(() => fake.setStatus({ kind: 'connecting', unsaved: 0, readOnly: false }));
    await flush();
    expect(asked).toEqual([]);
    await act(() => fake.setStatus({ kind: 'saved', unsaved: 0, readOnly: false }));
    await flush();
    expect(asked).toEqual(['http://127.0.0.1:8787/api/drafts/draft12345']);
    expect(me().textContent).toContain(member.name);
    await act(() => fake.setStatus({ kind: 'unsaved', unsaved: 1, readOnly: false }));
    await flush();
    expect(asked).toHaveLength(1);
  });
});
