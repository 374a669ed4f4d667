// Preact contexts of the workspace: the host and language (everywhere) and the open draft.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Lang, type Translate } from '../i18n/index.js';
import type { Host } from './host.js';
import type { DraftSession } from './session.js';

export interface UiEnv {
  host: Host;
  lang: Lang;
  t: Translate;
}

export const UiContext = createContext<UiEnv>({
  host: {
    kind: 'web',
    copy: async () => ({ ok: false, message: '' }),
    openLink: () => undefined,
    download: async () => ({ ok: false, message: '' }),
  },
  lang: 'nl',
  t: translator('nl'),
});
export const useUi = () => useContext(UiContext);

export interface DraftEnv {
  session: DraftSession;
  readOnly: boolean;
}
export const DraftContext = createContext<DraftEnv | null>(null);
export function useDraft(): DraftEnv {
  const env = useContext(DraftContext);
  if (!env) throw new Error('useDraft outside a draft');
  return env;
}

/** Runs a change on the shared doc; a refused change (e.g. a newer schema) is reported, not thrown. */
export function useEdit(): (change: (doc: import('yjs').Doc) => void) => void {
  const { session, readOnly } = useDraft();
  const notify = useContext(NotifyContext);
  return (change) => {
    if (readOnly) return;
    try {
      change(session.doc);
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e));
    }
  };
}

/** Announces a message in the page's polite live region. */
export const NotifyContext = createContext<(message: string) => void>(() => undefined);
export const useNotify = () => useContext(NotifyContext);
