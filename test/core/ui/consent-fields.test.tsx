// Comments on one field, in happy-dom: a real TextField of the draft gets a small comments
// button beside its label (the number of open points on that field), opening that field's
// threads and a form whose comment points at the field (its key, its part, its label); the
// part's list names the field of such a thread; a frozen version shows no button. Near the
// limits on threads and replies the forms say how many there are; at a limit they say why
// nothing more can be added. Calls go to a stand-in for the server that records them.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createDraft, readAgreement } from '../../../core/agreement/index.js';
import { COMMENT_LIMIT_NEAR, COMMENT_LIMITS, SERVER_KEYS, SERVER_MAP, type CommentThread } from '../../../core/consent/contract.js';
import { t, translator } from '../../../core/i18n/index.js';
import { PartComments } from '../../../core/ui/consent/CommentsPanel.js';
import { FieldCommentsContext } from '../../../core/ui/consent/FieldComments.js';
import { partOfField } from '../../../core/ui/consent/field-part.js';
import { DraftContext, UiContext } from '../../../core/ui/context.js';
import { TextField } from '../../../core/ui/fields/TextField.js';
import type { Host } from '../../../core/ui/host.js';
import { draftFor, fakeSession } from '../../support/fake-session.js';

const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 40)));
const host: Host = { copy: async () => ({ ok: true }), openLink: () => undefined, download: async () => ({ ok: true }) };
let root: HTMLElement;
let doc: Y.Doc;
let posted: { url: string; body: unknown }[];

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  doc = new Y.Doc();
  createDraft(doc, { title: 'Leesplan', lang: 'nl' });
  posted = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    if (init?.method === 'POST') {
      posted.push({ url, body: JSON.parse(String(init.body)) });
      return new Response(JSON.stringify({}), { status: 201 });
    }
    throw new TypeError('fetch failed');
  });
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

const LABEL = 'Wat beloven we elkaar';
const thread = (extra: Partial<CommentThread>): CommentThread => ({
  id: 'c1', target: { part: 'ambition', field: 'ambition.promise', label: LABEL }, authorId: 'm2', authorName: 'Gea', body: 'Te vaag', at: '2026-03-01T10:00:00.000Z',
  mentions: [], replies: [], resolvedAt: null, resolvedBy: null, ...extra,
});
const comments = (list: CommentThread[]): void => void doc.getMap(SERVER_MAP).set(SERVER_KEYS.comments, list);

async function show(node: preact.ComponentChildren, fieldComments = true) {
  const { session } = fakeSession(doc, draftFor('editor'));
  await act(() => {
    render(
      <UiContext.Provider value={{ host, lang: 'nl', t: translator('nl') }}>
        <DraftContext.Provider value={{ session, readOnly: false }}>
          <FieldCommentsContext.Provider value={fieldComments}>{node}</FieldCommentsContext.Provider>
        </DraftContext.Provider>
      </UiContext.Provider>,
      root,
    );
  });
  await flush();
}
const toggle = () => root.querySelector<HTMLButtonElement>('[data-testid=field-comments-toggle]');
const type = async (el: HTMLTextAreaElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('comments on a field', () => {
  it('maps field keys to the part they are written in, and refuses others', () => {
    expect(partOfField('ambition.promise')).toBe('ambition');
    expect(partOfField('communication.agreements')).toBe('achtje');
    expect(partOfField('partners/p1/directorContact')).toBe('achtje');
    expect(partOfField('partners/p1/name')).toBe('partners');
    expect(partOfField('activities/a1/location')).toBe('budget');
    expect(partOfField('activities/a1/name')).toBe('roles');
    expect(partOfField('private:personalInterests/x/text')).toBeNull();
    expect(partOfField('checklist.note.q1')).toBeNull();
    expect(partOfField('meta.title')).toBeNull();
    expect(partOfField('constructor.x')).toBeNull();
  });

  it('counts the open points beside the field, opens its threads, and posts a comment that points at it', async () => {
    comments([thread({}), thread({ id: 'c2', body: 'Al opgelost', resolvedAt: '2026-03-01T12:00:00.000Z', resolvedBy: 'Lies' }), thread({ id: 'c3', target: { part: 'ambition', field: 'ambition.doing' }, body: 'Ander veld' })]);
    await show(<TextField label={LABEL} text={{ section: 'ambition', field: 'promise' }} />);
    const button = toggle()!;
    expect(button).not.toBeNull();
    expect(button.getAttribute('data-count')).toBe('1');
    expect(button.textContent).toContain(t('nl', 'ui.consent.comments.buttonOpen', { n: 1 }));
    expect(button.querySelector('.visually-hidden')!.textContent).toContain(t('nl', 'ui.consent.comments.fieldButtonFor', { field: LABEL }));
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await act(() => button.click());
    const panel = root.querySelector<HTMLElement>('[data-testid=field-comments]')!;
    expect(button.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.getAttribute('aria-label')).toBe(t('nl', 'ui.consent.comments.fieldTitle', { field: LABEL }));
    const bodies = [...panel.querySelectorAll('[data-testid=thread] .body')].map((b) => b.textContent);
    expect(bodies).toEqual(['Te vaag', 'Al opgelost']);
    await type(panel.querySelector<HTMLTextAreaElement>('[data-testid=comment-body]')!, 'Wie betaalt dit?');
    await act(() => panel.querySelector<HTMLButtonElement>('[data-testid=comment-add]')!.click());
    await flush();
    expect(posted).toEqual([
      { url: 'http://127.0.0.1:8787/api/drafts/draft12345/comments', body: { target: { part: 'ambition', field: 'ambition.promise', label: LABEL }, body: 'Wie betaalt dit?', mentions: [] } },
    ]);
    // A new thread from the server updates the count.
    await act(() => comments([thread({}), thread({ id: 'c4', body: 'Wie betaalt dit?' })]));
    await flush();
    expect(toggle()!.getAttribute('data-count')).toBe('2');
  });

  it('names the field of a thread in the part list, and shows no button in a frozen version', async () => {
    comments([thread({}), thread({ id: 'c2', target: { part: 'ambition' }, body: 'Over het geheel' })]);
    await show(<PartComments part="ambition" agreement={readAgreement(doc).agreement} />);
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid=comments-toggle]')!.click());
    const fields = [...root.querySelectorAll('[data-testid=thread]')].map((th) => th.querySelector('[data-testid=thread-field]')?.textContent ?? null);
    expect(fields).toEqual([t('nl', 'ui.consent.comments.atField', { field: LABEL }), null]);
    render(null, root);
    await show(<TextField label={LABEL} text={{ section: 'ambition', field: 'promise' }} />, false);
    expect(root.querySelector('textarea, input')).not.toBeNull();
    expect(toggle()).toBeNull();
  });
});

describe('comment limits in the forms', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => thread({ id: `t${i}`, target: { part: 'rules' } }));

  it('says how many threads there are near the limit, and why none can be added at it', async () => {
    comments(many(COMMENT_LIMITS.threads - COMMENT_LIMIT_NEAR.threads - 1));
    await show(<PartComments part="ambition" agreement={readAgreement(doc).agreement} />);
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid=comments-toggle]')!.click());
    expect(root.querySelector('[data-testid=threads-left]')).toBeNull();
    await act(() => comments(many(COMMENT_LIMITS.threads - 3)));
    await flush();
    expect(root.querySelector('[data-testid=threads-left]')!.textContent).toBe(t('nl', 'ui.consent.comments.threadsLeft', { count: COMMENT_LIMITS.threads - 3, max: COMMENT_LIMITS.threads }));
    await act(() => comments(many(COMMENT_LIMITS.threads)));
    await flush();
    expect(root.querySelector('[data-testid=comment-body]')).toBeNull();
    expect(root.querySelector('[data-testid=threads-full]')!.textContent).toBe(t('nl', 'ui.consent.comments.threadsFull', { max: COMMENT_LIMITS.threads }));
  });

  it('says how many replies a thread has near the limit, and offers no reply at it', async () => {
    const replies = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, authorId: 'm1', authorName: 'Lies', body: `Reactie ${i}`, at: '2026-03-01T11:00:00.000Z' }));
    comments([thread({ target: { part: 'ambition' }, replies: replies(COMMENT_LIMITS.replies - 2) })]);
    await show(<PartComments part="ambition" agreement={readAgreement(doc).agreement} />);
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid=comments-toggle]')!.click());
    expect(root.querySelector('[data-testid=replies-left]')!.textContent).toBe(t('nl', 'ui.consent.comments.repliesLeft', { count: COMMENT_LIMITS.replies - 2, max: COMMENT_LIMITS.replies }));
    await act(() => comments([thread({ target: { part: 'ambition' }, replies: replies(COMMENT_LIMITS.replies) })]));
    await flush();
    expect(root.querySelector('[data-testid=replies-left]')).toBeNull();
    expect(root.querySelector('form.reply')).toBeNull();
    expect(root.querySelector('[data-testid=replies-full]')!.textContent).toBe(t('nl', 'ui.consent.comments.repliesFull', { max: COMMENT_LIMITS.replies }));
  });
});
