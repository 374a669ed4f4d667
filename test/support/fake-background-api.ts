// A typed fake of the background's browser API slice (extension/lib/background-api.ts) for
// Chrome (sidePanel) or Firefox (sidebarAction): events can be fired, calls are recorded.
import type { ApiEvent, BackgroundApi, MenuClick, MessageListener, TabLike } from '../../extension/lib/background-api.js';

export interface FakeEvent<L extends (...args: never[]) => unknown> extends ApiEvent<L> {
  fire(...args: Parameters<L>): ReturnType<L>[];
}

function event<L extends (...args: never[]) => unknown>(): FakeEvent<L> {
  const listeners: L[] = [];
  return {
    addListener: (l) => void listeners.push(l),
    fire: (...args) => listeners.map((l) => l(...args) as ReturnType<L>),
  };
}

export interface FakeBackground {
  api: BackgroundApi & {
    runtime: BackgroundApi['runtime'] & { onInstalled: FakeEvent<() => void>; onMessage: FakeEvent<MessageListener> };
    contextMenus: BackgroundApi['contextMenus'] & { onClicked: FakeEvent<(info: MenuClick, tab?: TabLike) => void> };
    action?: { onClicked: FakeEvent<(tab: TabLike) => void> };
    browserAction?: { onClicked: FakeEvent<(tab: TabLike) => void> };
  };
  /** What the extension did, in order ("menu:id:title:contexts", "open:window", "inject:tab:file", …). */
  calls: string[];
}

export function fakeBackgroundApi(kind: 'chrome' | 'firefox', messages: Record<string, string> = {}): FakeBackground {
  const calls: string[] = [];
  const base = {
    runtime: { id: 'ext', getURL: (p: string) => `chrome-extension://ext${p}`, onInstalled: event<() => void>(), onMessage: event<MessageListener>() },
    i18n: { getMessage: (name: string) => messages[name] ?? '' },
    contextMenus: {
      create: (o: { id: string; title: string; contexts: string[] }) => calls.push(`menu:${o.id}:${o.title}:${o.contexts.join(',')}`),
      onClicked: event<(info: MenuClick, tab?: TabLike) => void>(),
    },
    scripting: {
      executeScript: async (o: { target: { tabId: number }; files: string[] }) => void calls.push(`inject:${o.target.tabId}:${o.files.join()}`),
    },
    tabs: {
      sendMessage: async (tabId: number, m: unknown) => void calls.push(`send:${tabId}:${(m as { type?: string }).type}`),
    },
  };
  if (kind === 'chrome') {
    return {
      calls,
      api: {
        ...base,
        action: { onClicked: event() },
        sidePanel: {
          setPanelBehavior: async (o) => void calls.push(`behavior:${JSON.stringify(o)}`),
          open: async (o) => void calls.push(`open:${o.windowId}`),
        },
      },
    };
  }
  return {
    calls,
    api: {
      ...base,
      browserAction: { onClicked: event() },
      sidebarAction: { toggle: async () => void calls.push('toggle'), open: async () => void calls.push('sidebar-open') },
    },
  };
}
