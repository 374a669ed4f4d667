// The slice of the WebExtension API the background uses, typed once: WXT's `browser` fits it
// in Chrome and Firefox, and tests pass a typed fake (test/support/fake-background-api.ts).
// Methods, not function properties, so the browser's narrower generated signatures (typed
// message names, public paths) still fit.
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { SenderLike } from './senders.js';

export interface ApiEvent<L> {
  addListener(listener: L): void;
}

export interface TabLike {
  id?: number | undefined;
  windowId?: number | undefined;
}

export interface MenuClick {
  menuItemId: string | number;
}

export type MenuContext = 'page' | 'selection' | 'editable';

export type MessageListener = (data: unknown, sender: SenderLike, sendResponse: (response: boolean) => void) => boolean | undefined;

export interface BackgroundApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    onInstalled: ApiEvent<() => void>;
    onMessage: ApiEvent<MessageListener>;
  };
  i18n: { getMessage(name: string): string };
  contextMenus: {
    create(props: { id: string; title: string; contexts: [MenuContext, ...MenuContext[]] }): unknown;
    onClicked: ApiEvent<(info: MenuClick, tab?: TabLike) => void>;
  };
  scripting: { executeScript(injection: { target: { tabId: number }; files: ScriptPublicPath[] }): Promise<unknown> };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  /** Chrome's side panel. */
  sidePanel?: {
    setPanelBehavior?(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
    open?(options: { windowId: number }): Promise<void>;
  };
  /** Firefox's sidebar. */
  sidebarAction?: { toggle(): Promise<void>; open?(): Promise<void> };
  action?: { onClicked: ApiEvent<(tab: TabLike) => void> };
  browserAction?: { onClicked: ApiEvent<(tab: TabLike) => void> };
}
