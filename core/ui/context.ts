// Preact contexts of the workspace: the host and language (everywhere) and the open draft.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { errorText } from '../i18n/errors.js';
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

/** Runs `action`; an error it throws (a refused write, e.g. a newer schema) is announced in the user's language. */
export function useReported(): (action: () => void) => void {
  const { t } = useUi();
  const notify = useContext(NotifyContext);
  return (action) => {
    try {
      action();
    } catch (e) {
      notify(errorText(e, t));
    }
  };
}

/** Runs a change on the shared doc; a refused change is reported, not thrown. */
export function useEdit(): (change: (doc: import('yjs').Doc) => void) => void {
  const { session, readOnly } = useDraft();
  const report = useReported();
  return (change) => {
    if (!readOnly) report(() => change(session.doc));
  };
}

/** Announces a message in the page's polite live region. */
export const NotifyContext = createContext<(message: string) => void>(() => undefined);
export const useNotify = () => useContext(NotifyContext);
