// The background's annotator wiring with fake browser APIs: the context-menu entry on a
// selection opens the panel and injects the annotator into that tab only; the panel's
// relay reaches a tab only from the extension's own pages and only with a valid message.
import { describe, expect, it } from 'vitest';
import { ANNOTATE_MENU_ID, wireAnnotator } from '../../../extension/lib/annotator-background.js';
import { fakeBackgroundApi } from '../../support/fake-background-api.js';

function wired() {
  const fake = fakeBackgroundApi('chrome', { annotateSelection: 'Markeer als belang van …' });
  wireAnnotator(fake.api);
  return fake;
}
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('annotator in the background', () => {
  it('adds a selection menu entry that opens the panel, injects into that tab and opens the toolbar', async () => {
    const { api, calls } = wired();
    api.runtime.onInstalled.fire();
    expect(calls).toEqual([`menu:${ANNOTATE_MENU_ID}:Markeer als belang van …:selection`]);
    api.contextMenus.onClicked.fire({ menuItemId: 'samenspel-open' }, { id: 3, windowId: 1 });
    api.contextMenus.onClicked.fire({ menuItemId: ANNOTATE_MENU_ID }, { id: 7, windowId: 2 });
    await flush();
    await flush();
    expect(calls.slice(1)).toEqual(['open:2', 'inject:7:/annotator.js', 'send:7:annotator/tag-selection']);
  });

  it('relays to a tab only for its own pages and only valid messages', async () => {
    const { api, calls } = wired();
    const responses: unknown[] = [];
    const respond = (r: unknown) => responses.push(r);
    const page = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' };
    // A content script (page URL) and another extension are refused.
    expect(api.runtime.onMessage.fire({ type: 'samenspel/activate', tabId: 5 }, { id: 'ext', url: 'http://evil.example/', tab: { id: 5 } }, respond)).toEqual([false]);
    expect(api.runtime.onMessage.fire({ type: 'samenspel/activate', tabId: 5 }, { id: 'other', url: 'chrome-extension://other/x.html' }, respond)).toEqual([false]);
    expect(api.runtime.onMessage.fire({ type: 'samenspel/to-tab', tabId: 5, message: { type: 'annotator/create' } }, page, respond)).toEqual([true]);
    expect(api.runtime.onMessage.fire({ type: 'samenspel/to-tab', tabId: 5, message: { type: 'annotator/scroll-to', id: 'abc' } }, page, respond)).toEqual([true]);
    expect(api.runtime.onMessage.fire({ type: 'samenspel/activate', tabId: 6 }, page, respond)).toEqual([true]);
    await flush();
    expect(calls).toEqual(['send:5:annotator/scroll-to', 'inject:6:/annotator.js']);
    expect(responses).toEqual([false, true, true]);
  });
});
