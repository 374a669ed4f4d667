// The background's wiring with fake browser APIs: Chrome opens the side panel from the
// toolbar button, Firefox toggles the sidebar, and the context-menu entry opens either.
import { describe, expect, it } from 'vitest';
import { wireOpeners } from '../../../extension/lib/openers.js';

type Listener = (...args: any[]) => void;
function event() {
  const listeners: Listener[] = [];
  return { addListener: (l: Listener) => listeners.push(l), fire: (...args: unknown[]) => listeners.forEach((l) => l(...args)), listeners };
}
function fakeApi(kind: 'chrome' | 'firefox') {
  const calls: string[] = [];
  const api: any = {
    runtime: { onInstalled: event() },
    i18n: { getMessage: (k: string) => (k === 'openPanel' ? 'Samenspel openen' : '') },
    contextMenus: { create: (o: { id: string; title: string }) => calls.push(`menu:${o.id}:${o.title}`), onClicked: event() },
  };
  if (kind === 'chrome') {
    api.action = { onClicked: event() };
    api.sidePanel = {
      setPanelBehavior: async (o: object) => void calls.push(`behavior:${JSON.stringify(o)}`),
      open: async (o: { windowId: number }) => void calls.push(`open:${o.windowId}`),
    };
  } else {
    api.browserAction = { onClicked: event() };
    api.sidebarAction = { toggle: async () => void calls.push('toggle'), open: async () => void calls.push('sidebar-open') };
  }
  return { api, calls };
}

describe('background openers', () => {
  it('Chrome: the toolbar button opens the side panel; the context menu opens it in the window', async () => {
    const { api, calls } = fakeApi('chrome');
    wireOpeners(api);
    await Promise.resolve();
    expect(calls).toContain('behavior:{"openPanelOnActionClick":true}');
    api.runtime.onInstalled.fire();
    expect(calls).toContain('menu:samenspel-open:Samenspel openen');
    api.contextMenus.onClicked.fire({ menuItemId: 'samenspel-open' }, { id: 3, windowId: 7 });
    api.contextMenus.onClicked.fire({ menuItemId: 'something-else' }, { id: 3, windowId: 8 });
    await Promise.resolve();
    expect(calls.filter((c) => c.startsWith('open:'))).toEqual(['open:7']);
  });

  it('Firefox: the toolbar button toggles the sidebar; the context menu opens it', async () => {
    const { api, calls } = fakeApi('firefox');
    wireOpeners(api);
    api.browserAction.onClicked.fire({ id: 1 });
    api.runtime.onInstalled.fire();
    api.contextMenus.onClicked.fire({ menuItemId: 'samenspel-open' }, { id: 1, windowId: 1 });
    await Promise.resolve();
    expect(calls).toEqual(['toggle', 'menu:samenspel-open:Samenspel openen', 'sidebar-open']);
  });
});
