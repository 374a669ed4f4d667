// The background's wiring with fake browser APIs: Chrome opens the side panel from the
// toolbar button, Firefox toggles the sidebar, and the context-menu entry opens either.
import { describe, expect, it } from 'vitest';
import { wireOpeners } from '../../../extension/lib/openers.js';
import { fakeBackgroundApi } from '../../support/fake-background-api.js';

describe('background openers', () => {
  it('Chrome: the toolbar button opens the side panel; the context menu opens it in the window', async () => {
    const { api, calls } = fakeBackgroundApi('chrome', { openPanel: 'Samenspel openen' });
    wireOpeners(api);
    await Promise.resolve();
    expect(calls).toContain('behavior:{"openPanelOnActionClick":true}');
    api.runtime.onInstalled.fire();
    expect(calls).toContain('menu:samenspel-open:Samenspel openen:page,selection,editable');
    api.contextMenus.onClicked.fire({ menuItemId: 'samenspel-open' }, { id: 3, windowId: 7 });
    api.contextMenus.onClicked.fire({ menuItemId: 'something-else' }, { id: 3, windowId: 8 });
    await Promise.resolve();
    expect(calls.filter((c) => c.startsWith('open:'))).toEqual(['open:7']);
  });

  it('Firefox: the toolbar button toggles the sidebar; the context menu opens it', async () => {
    const { api, calls } = fakeBackgroundApi('firefox', { openPanel: 'Samenspel openen' });
    wireOpeners(api);
    api.browserAction?.onClicked.fire({ id: 1 });
    api.runtime.onInstalled.fire();
    api.contextMenus.onClicked.fire({ menuItemId: 'samenspel-open' }, { id: 1, windowId: 1 });
    await Promise.resolve();
    expect(calls).toEqual(['toggle', 'menu:samenspel-open:Samenspel openen:page,selection,editable', 'sidebar-open']);
  });

  it('falls back to the product name when the locale has no menu title', () => {
    const { api, calls } = fakeBackgroundApi('chrome');
    wireOpeners(api);
    api.runtime.onInstalled.fire();
    expect(calls).toContain('menu:samenspel-open:Samenspel:page,selection,editable');
  });
});
