// The task pane: in Word, the Word panel (Bijwerken, Plancheck, SPUK-plan, export) above
// core/ui's Workspace with the Word host; outside Office, a notice and the same workspace
// with a copy-and-download host. It keeps the open draft so the Word host can read it, and
// under the Word panel the agreed version (AgreedVersionPanel) with a second Word host whose
// draft is that version's state.
import { useMemo, useRef, useState } from 'preact/hooks';
import { readAgreement, type Agreement } from '../../core/agreement/index.js';
import { t } from '../../core/i18n/index.js';
import { openSession as defaultOpener, Workspace, type DraftSession, type KeyValueStore, type SessionOpener } from '../../core/ui/index.js';
import { browserIo, pageLang, webHost } from '../../web/host.js';
import type { WordPlatform } from '../platform.js';
import type { WordRun } from '../word-adapter.js';
import { createWordHost } from '../word-host.js';
import type { OfficeState } from './office-ready.js';
import { AgreedVersionPanel } from './AgreedVersionPanel.js';
import { WordPanel } from './WordPanel.js';

/** What main.tsx takes from office.js and hands in. */
export interface WordEnv {
  run: WordRun;
  isSetSupported?: (name: string, version: string) => boolean;
  /** The Word we run in, read at start-up (platform, build, requirement sets). */
  platform?: WordPlatform;
  openBrowserWindow?: (url: string) => void;
  openEmptyDocument?: () => Promise<void>;
}

export interface TaskPaneProps {
  state: OfficeState;
  word?: WordEnv;
  store: KeyValueStore;
  serverUrl: string;
  openSession?: SessionOpener;
}

export function TaskPane({ state, word, store, serverUrl, openSession = defaultOpener }: TaskPaneProps) {
  const [session, setSession] = useState<DraftSession | null>(null);
  const current = useRef<DraftSession | null>(null);
  const inWord = state.kind === 'word' && word !== undefined;
  const agreed = useRef<{ agreement: Agreement; n: number } | null>(null);

  const host = useMemo(() => {
    const io = browserIo(pageLang, word?.openBrowserWindow);
    if (!inWord) return webHost(io);
    return createWordHost({
      run: word!.run,
      current: () => (current.current ? { draftId: current.current.draft.id, agreement: readAgreement(current.current.doc).agreement } : null),
      lang: pageLang,
      io,
      ...(word!.isSetSupported ? { isSetSupported: word!.isSetSupported } : {}),
      ...(word!.platform ? { platform: word!.platform } : {}),
      ...(word!.openEmptyDocument ? { openEmptyDocument: word!.openEmptyDocument } : {}),
    });
  }, [inWord]);

  /** The same Word actions on the agreed version of the open draft. */
  const agreedHost = useMemo(
    () =>
      inWord
        ? createWordHost({
            run: word!.run,
            current: () => (current.current && agreed.current ? { draftId: current.current.draft.id, agreement: agreed.current.agreement, version: agreed.current.n } : null),
            lang: pageLang,
            io: browserIo(pageLang, word?.openBrowserWindow),
            offerEdited: true,
            ...(word!.isSetSupported ? { isSetSupported: word!.isSetSupported } : {}),
            ...(word!.platform ? { platform: word!.platform } : {}),
          })
        : null,
    [inWord],
  );

  // Wrap the opener so the Word host always knows the draft the workspace has open.
  const opener = useMemo<SessionOpener>(
    () => async (draft, presence) => {
      const opened = await openSession(draft, presence);
      const tracked: DraftSession = {
        ...opened,
        async destroy() {
          if (current.current === tracked) {
            current.current = null;
            setSession(null);
          }
          await opened.destroy();
        },
      };
      current.current = tracked;
      setSession(tracked);
      return tracked;
    },
    [openSession],
  );

  const lang = pageLang();
  return (
    <div class="taskpane">
      {inWord ? (
        <>
          <WordPanel host={host as ReturnType<typeof createWordHost>} lang={lang} hasDraft={session !== null} />
          {session && agreedHost && (
            <AgreedVersionPanel session={session} lang={lang} run={word!.run} platform={word!.platform} agreedHost={agreedHost} setAgreed={(a) => (agreed.current = a)} />
          )}
        </>
      ) : (
        <section class="word-outside" role="note" aria-labelledby="outside-title">
          <h1 id="outside-title">{t(lang, 'word.outside.title')}</h1>
          <p>{t(lang, 'word.outside.body')}</p>
        </section>
      )}
      <Workspace host={host} store={store} defaultServerUrl={serverUrl} fixedServerUrl openSession={opener} reopenLast />
    </div>
  );
}
