// How the panel is opened: toolbar button and context menu, in Chrome (sidePanel) and
// Firefox (sidebarAction). Takes the browser API as a parameter so tests can pass a fake.
import type { BackgroundApi } from './background-api.js';

export function wireOpeners(api: BackgroundApi): void {
  const menuId = 'samenspel-open';
  if (api.sidePanel?.setPanelBehavior) {
    void api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } else if (api.sidebarAction) {
    const action = api.action ?? api.browserAction;
    const sidebar = api.sidebarAction;
    action?.onClicked.addListener(() => void sidebar.toggle());
  }
  api.runtime.onInstalled.addListener(() => {
    api.contextMenus.create({ id: menuId, title: api.i18n.getMessage('openPanel') || 'Samenspel', contexts: ['page', 'selection', 'editable'] });
  });
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== menuId) return;
    if (api.sidePanel?.open && tab?.windowId !== undefined) void api.sidePanel.open({ windowId: tab.windowId });
    else if (api.sidebarAction?.open) void api.sidebarAction.open();
  });
}
