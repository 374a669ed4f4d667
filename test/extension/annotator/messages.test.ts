// The message protocol: only well-formed messages from this extension are handled;
// everything else — malformed, oversized, hostile, or from the page — is rejected.
import { describe, expect, it } from 'vitest';
import { describeTextRange, toJsonLd, type Annotation } from '../../../core/anchoring/index.js';
import { MAX_ANNOTATIONS_PER_PAGE, parseFromPage, parseMessage, parseToPage } from '../../../core/anchoring/messages.js';
import { isFromContentScript, isFromExtension, isFromExtensionPage } from '../../../extension/lib/senders.js';

const text = 'Wij willen leertijd buiten schooltijd organiseren.';
const annotation: Annotation = {
  id: 'a1',
  url: 'https://obsderegenboog.nl/schoolplan',
  title: 'Schoolplan',
  selectors: describeTextRange(text, 11, 37),
  partnerId: 'school',
  level: 'organisational',
  conditionId: 'interests',
  note: '',
  visibility: 'shared',
  created: '2025-03-01T10:00:00.000Z',
  modified: '2025-03-01T10:00:00.000Z',
};
const load = { type: 'annotator/load', url: annotation.url, annotations: [annotation], partners: [{ id: 'school', name: 'OBS De Regenboog' }] };
const { id: _id, created: _c, modified: _m, ...draft } = annotation;

describe('parseMessage', () => {
  it('accepts each well-formed message and drops unknown keys', () => {
    expect(parseMessage(load)).toEqual(load);
    expect(parseMessage({ type: 'annotator/scroll-to', id: 'a1', extra: 1 })).toEqual({ type: 'annotator/scroll-to', id: 'a1' });
    expect(parseMessage({ type: 'annotator/remove', id: 'a1' })).toBeTruthy();
    expect(parseMessage({ type: 'annotator/clear' })).toBeTruthy();
    expect(parseMessage({ type: 'annotator/ready', url: annotation.url, title: 'x' })).toBeTruthy();
    expect(parseMessage({ type: 'annotator/create', draft })).toEqual({ type: 'annotator/create', draft });
    expect(parseMessage({ type: 'annotator/anchored', url: annotation.url, results: [{ id: 'a1', status: 'orphaned', score: null }] })).toBeTruthy();
    expect(parseMessage({ type: 'annotator/activated', id: 'a1' })).toBeTruthy();
  });

  it('rejects junk, unknown types and wrong shapes', () => {
    const bad: unknown[] = [
      null,
      undefined,
      'annotator/clear',
      42,
      [],
      {},
      { type: 'annotator/unknown' },
      { type: '__proto__' },
      { type: 'annotator/scroll-to' },
      { type: 'annotator/scroll-to', id: '../../x' },
      { type: 'annotator/scroll-to', id: { toString: () => 'a1' } },
      { ...load, url: 'javascript:alert(1)' },
      { ...load, annotations: [{ ...annotation, url: 'data:text/html,<script>1</script>' }] },
      { ...load, annotations: [{ ...annotation, selectors: [] }] },
      { ...load, partners: [{ id: 'p', name: '' }] },
      { ...load, partners: [{ id: 'p', name: 'x'.repeat(201) }] },
      { ...load, annotations: new Array(MAX_ANNOTATIONS_PER_PAGE + 1).fill(annotation) },
      { type: 'annotator/create', draft: { ...draft, level: 'root' } },
      { type: 'annotator/create', draft: { ...draft, note: 'x'.repeat(10_001) } },
      { type: 'annotator/anchored', url: annotation.url, results: [{ id: 'a1', status: 'anchored', score: 2 }] },
      toJsonLd(annotation),
    ];
    for (const data of bad) expect(parseMessage(data), JSON.stringify(data)?.slice(0, 80)).toBeNull();
  });

  it('keeps the directions apart', () => {
    expect(parseToPage(load)).toBeTruthy();
    expect(parseFromPage(load)).toBeNull();
    expect(parseFromPage({ type: 'annotator/create', draft })).toBeTruthy();
    expect(parseToPage({ type: 'annotator/create', draft })).toBeNull();
  });
});

describe('sender checks', () => {
  const id = 'abcdefghijklmnopabcdefghijklmnop';

  it('the content script accepts only this extension’s own pages', () => {
    expect(isFromExtension({ id, url: `chrome-extension://${id}/sidepanel.html` }, id)).toBe(true);
    expect(isFromExtension({ id, url: `moz-extension://1234/sidepanel.html` }, id)).toBe(true);
    expect(isFromExtension({ id }, id)).toBe(true);
    // Another extension, another content script (tab), a web page, nothing at all.
    expect(isFromExtension({ id: 'andere-extensie', url: 'chrome-extension://andere-extensie/x.html' }, id)).toBe(false);
    expect(isFromExtension({ id, tab: { id: 3 }, url: 'https://kwaadwillend.example/' }, id)).toBe(false);
    expect(isFromExtension({ id, url: 'https://kwaadwillend.example/' }, id)).toBe(false);
    expect(isFromExtension({ origin: 'https://kwaadwillend.example' }, id)).toBe(false);
    expect(isFromExtension(undefined, id)).toBe(false);
    expect(isFromExtension({ id: '' }, '')).toBe(false);
  });

  it('the extension accepts only its own content scripts in a tab', () => {
    expect(isFromContentScript({ id, tab: { id: 7 }, url: 'https://obsderegenboog.nl/' }, id)).toBe(true);
    expect(isFromContentScript({ id, url: `chrome-extension://${id}/x.html` }, id)).toBe(false);
    expect(isFromContentScript({ id: 'andere', tab: { id: 7 } }, id)).toBe(false);
  });

  it('the background accepts only pages under the extension’s own URL', () => {
    const base = `chrome-extension://${id}/`;
    expect(isFromExtensionPage({ id, url: `${base}sidepanel.html` }, id, base)).toBe(true);
    expect(isFromExtensionPage({ id, url: 'https://kwaadwillend.example/', tab: { id: 3 } }, id, base)).toBe(false);
    expect(isFromExtensionPage({ id }, id, base)).toBe(false);
    expect(isFromExtensionPage({ id: 'andere', url: 'chrome-extension://andere/x.html' }, id, base)).toBe(false);
  });
});
