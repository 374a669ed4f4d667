// The workspace: start screen or an open draft, with the language, the host and the
// settings of this device. Host-neutral: the side panel, the web page and the task pane
// each mount it with their own Host and store. New drafts go to the default server, which
// the web page and Word fix to their own; the extension asks for it at the first new draft
// (checked, then kept in the settings). A pasted share link's draft stays on that link's server.
// Opening is quick: English is loaded before anything is shown in it (core/i18n/load.ts), the
// sync code is fetched while the role is asked, and a link's draft opens while the server says
// which role its token has.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PlanKind } from '../agreement/index.js';
import { translator, type Lang, type MessageKey } from '../i18n/index.js';
import { loadCatalogue } from '../i18n/load.js';
import { decodeShareLink } from '../sync/share-link.js';
import { NotifyContext, UiContext } from './context.js';
import { DraftView } from './DraftView.js';
import type { Host } from './host.js';
import { knownDraft } from './known-links.js';
import { checkServer, createRemoteDraft, deleteRemoteDraft, fetchRole, normaliseServerUrl, ServerError } from './server-api.js';
import { eraseLocalCopy, indexedDatabases, openSession as defaultOpener, type DraftSession, type LocalDatabases, type SessionOpener } from './session.js';
import { SettingsForm } from './SettingsForm.js';
import { StartScreen } from './StartScreen.js';
import { forgetDraft, listRecent, loadSettings, rememberDraft, saveSettings, type KeyValueStore, type RecentDraft, type Role, type Settings } from './storage.js';

export interface WorkspaceProps {
  host: Host;
  store: KeyValueStore;
  /** The server for new drafts until the user picks one; absent (the extension): asked at the first new draft. */
  defaultServerUrl?: string;
  /** A suggestion in the empty server address field (a development build: the local server). */
  serverPlaceholder?: string | undefined;
  /** The web page: the server is the page's own origin and cannot be changed. */
  fixedServerUrl?: boolean;
  /** A share link to open at start (the web page's own URL). */
  initialLink?: string | null;
  openSession?: SessionOpener;
  /** This device's databases of drafts, for removing a local copy (IndexedDB by default). */
  databases?: () => Promise<LocalDatabases>;
  /** Reopen the draft that was open when the panel closed (the side panel). */
  reopenLast?: boolean;
  /** Called when a draft is opened (the web page puts its link in the address bar). */
  onDraftOpened?: (draft: RecentDraft | null) => void;
}

export function Workspace(props: WorkspaceProps) {
  const opener = props.openSession ?? defaultOpener;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [recent, setRecent] = useState<RecentDraft[]>([]);
  const [session, setSession] = useState<DraftSession | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** What is wrong with the server address given in answer to the start screen's question. */
  const [serverError, setServerError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  /** What became of the last draft, shown on the start screen (e.g. deleted, and wiped here). */
  const [gone, setGone] = useState<string | null>(null);
  /** The open draft was just created with "Stap voor stap beginnen": it opens in the guided start. */
  const [guidedStart, setGuidedStart] = useState(false);
  /** The draft this device is deleting for everyone: its 'draft-deleted' close is expected. */
  const deletingHere = useRef<string | null>(null);
  const lang: Lang = settings?.lang ?? 'nl';
  const t = useMemo(() => translator(lang), [lang]);
  const env = useMemo(() => ({ host: props.host, lang, t }), [props.host, lang, t]);
  const sessionRef = useRef<DraftSession | null>(null);
  const notify = useMemo(() => {
    let n = 0;
    return (m: string) => setMessage(`${m}${'\u200b'.repeat(n++ % 2)}`);
  }, []);

  useEffect(() => {
    // A draft is about to open: fetch the sync code now rather than after the role (the default opener's modules).
    if (!props.openSession && (props.initialLink || props.reopenLast)) preloadSession();
    void (async () => {
      // Read together: each is a round trip to the store (the extension's storage is asynchronous).
      const [s, recentDrafts, last] = await Promise.all([
        loadSettings(props.store, { serverUrl: props.defaultServerUrl ?? '', name: '', organisation: '', lang: 'nl' }),
        listRecent(props.store),
        props.reopenLast && !props.initialLink ? props.store.get<{ id: string; serverUrl: string } | null>('last-open') : null,
      ]);
      if (props.fixedServerUrl && props.defaultServerUrl) s.serverUrl = props.defaultServerUrl;
      const draft = last && recentDrafts.find((d) => d.id === last.id && d.serverUrl === last.serverUrl);
      // The last draft starts opening while English (if chosen) loads.
      const started = draft ? startOpening(draft, s) : undefined;
      if (!(await languageReady(s.lang))) s.lang = 'nl';
      setSettings(s);
      setRecent(recentDrafts);
      if (props.initialLink) await join(props.initialLink, s);
      else if (draft) await open(draft, s, false, started);
    })();
    return () => void sessionRef.current?.destroy();
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  /**
   * Opens a draft. `started`: the session already being opened for it (a share link's draft,
   * opened while the server said which role its token has, or a draft of the recent list,
   * opened while its entry is updated); the role in `draft` is the one to show.
   */
  async function open(draft: RecentDraft, s: Settings = settings!, guided = false, started?: Promise<DraftSession>) {
    setBusy(true);
    setError(null);
    setGone(null);
    try {
      const remembered = await rememberDraft(props.store, { ...draft, openedAt: new Date().toISOString() });
      void listRecent(props.store).then(setRecent);
      await sessionRef.current?.destroy();
      performance.mark('samenspel:open-start');
      const next = started ? withDraft(await started, remembered) : await opener(remembered, presenceOf(s));
      performance.mark('samenspel:open-done');
      sessionRef.current = next;
      setGuidedStart(guided);
      setSession(next);
      await props.store.set('last-open', { id: remembered.id, serverUrl: remembered.serverUrl });
      props.onDraftOpened?.(remembered);
    } catch (e) {
      setError(translator(s.lang)('ui.start.openFailed'));
      console.error(e);
    } finally {
      setBusy(false);
    }
  }

  /**
   * Creates a draft on the default server. `serverInput` is the address typed in answer to the
   * start screen's question: checked (http(s), access granted, /healthz answers) and saved as
   * the default first. Called from the click: the access request must come before any await.
   */
  async function create(title: string, serverInput: string | undefined, guided: boolean, planKind: PlanKind) {
    let s = settings!;
    const tt = translator(s.lang);
    setError(null);
    setServerError(null);
    let serverUrl = s.serverUrl;
    let access: Promise<boolean> | undefined;
    if (serverInput !== undefined) {
      const url = normaliseServerUrl(serverInput);
      if (!url) {
        setServerError(tt('ui.server.malformed'));
        return;
      }
      serverUrl = url;
      access = props.host.requestServerAccess?.(url);
    }
    if (!serverUrl) {
      setError(tt('ui.server.none'));
      return;
    }
    setBusy(true);
    try {
      if (serverInput !== undefined) {
        const host = new URL(serverUrl).host;
        if (access && !(await access)) {
          setServerError(tt('ui.server.denied', { host }));
          return;
        }
        const check = await checkServer(serverUrl);
        if (check !== 'ok') {
          setServerError(tt(check === 'unreachable' ? 'ui.server.unreachable' : 'ui.server.notSamenspel', { host }));
          return;
        }
        s = { ...s, serverUrl };
        await changeSettings(s);
      }
      const created = await createRemoteDraft(serverUrl, { title: title || tt('ui.start.defaultTitle'), lang: s.lang, planKind });
      await open({ id: created.id, title: title || tt('ui.start.defaultTitle'), serverUrl, role: 'owner', tokens: created.tokens, openedAt: '' }, s, guided);
    } catch (e) {
      setError(e instanceof ServerError && e.code === 'unreachable' ? tt('ui.start.unreachable') : tt('ui.start.createFailed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  }

  /** Opens a share link's draft on that link's server (never the default one). `fromClick`: ask for access to that server first. */
  async function join(link: string, s: Settings = settings!, fromClick = false) {
    const tt = translator(s.lang);
    const parsed = decodeShareLink(link);
    if (!parsed) {
      setError(tt('ui.start.badLink'));
      return;
    }
    // Within the click, before any await. Refused is no reason to stop: the server's API
    // answers with CORS and the sync socket needs no permission.
    const access = fromClick ? props.host.requestServerAccess?.(parsed.base) : undefined;
    await access?.catch(() => false);
    const known = (await listRecent(props.store)).find((d) => d.id === parsed.draftId && d.serverUrl === parsed.base);
    let role: Role = known?.tokens[known.role] === parsed.token ? known.role : 'editor';
    // The token is the same whatever its role: start opening now, show it once the role is known.
    // Nobody is shown the draft before the server has answered (or is known to be out of reach).
    const provisional: RecentDraft = { id: parsed.draftId, title: known?.title ?? '', serverUrl: parsed.base, role, tokens: { [role]: parsed.token }, openedAt: '' };
    const started = !sessionRef.current ? startOpening(provisional, s) : undefined;
    // Not to be shown after all: closed, and what it wrote here removed unless this device had a copy before.
    const drop = () =>
      void started
        ?.then((x) => x.destroy())
        .then(async () => (known ? undefined : eraseLocalCopy(await (props.databases ?? indexedDatabases)(), parsed.draftId)))
        .catch((e: unknown) => console.error(e));
    try {
      role = await fetchRole(parsed.base, parsed.draftId, parsed.token);
    } catch (e) {
      if (e instanceof ServerError && (e.status === 401 || e.status === 403)) {
        drop();
        setError(tt('ui.start.linkRevoked'));
        return;
      }
      if (e instanceof ServerError && e.status === 410 && !known) {
        drop();
        setError(tt('ui.start.linkDeleted'));
        return;
      }
      // Deleted with a copy here: opened, the sync says so and the usual flow offers what only
      // this device holds, then wipes it. Offline: open from this device's copy; the server
      // decides the role when it is back.
    }
    await open({ ...provisional, role, tokens: { [role]: parsed.token } }, s, false, started);
  }

  /** Starts opening `draft` before it is shown through open(), which handles a failure (or the caller drops it). */
  function startOpening(draft: RecentDraft, s: Settings): Promise<DraftSession> {
    const started = opener(draft, presenceOf(s));
    started.catch(() => undefined);
    return started;
  }

  /** Loads `lang`'s messages; false (and the error in the console) when they could not be had. */
  async function languageReady(lang: Lang): Promise<boolean> {
    try {
      await loadCatalogue(lang);
      return true;
    } catch (e) {
      console.error(e);
      return false;
    }
  }

  /** The other language, once its messages are here (a failed load leaves the language as it was). */
  async function switchLang(next: Lang) {
    if (settings && (await languageReady(next))) await changeSettings({ ...settings, lang: next });
  }

  async function close() {
    await sessionRef.current?.destroy();
    sessionRef.current = null;
    setSession(null);
    await props.store.set('last-open', null);
    setRecent(await listRecent(props.store));
    props.onDraftOpened?.(null);
  }

  /** Removes a draft from this device: its local databases first, then its entry and links; false when a database could not go. */
  async function eraseFromDevice(draft: RecentDraft, title: string): Promise<boolean> {
    try {
      await eraseLocalCopy(await (props.databases ?? indexedDatabases)(), draft.id);
    } catch (e) {
      setError(translator(settings!.lang)('ui.device.forgetFailed', { title }));
      console.error(e);
      return false;
    }
    await forgetDraft(props.store, draft);
    setRecent(await listRecent(props.store));
    return true;
  }

  async function forget(draft: RecentDraft) {
    const tt = translator(settings!.lang);
    const title = draft.title || tt('doc.untitled');
    setError(null);
    if (await eraseFromDevice(draft, title)) notify(tt('ui.device.forgotten', { title }));
  }

  /**
   * The draft is gone from the server: close it and remove everything this device keeps of
   * it (both databases, its entry and links), then say so on the start screen.
   */
  async function wipe(draft: RecentDraft, note: MessageKey) {
    const tt = translator(settings!.lang);
    const known = (await listRecent(props.store)).find((d) => d.id === draft.id && d.serverUrl === draft.serverUrl);
    const title = known?.title || draft.title || tt('doc.untitled');
    await close();
    if (await eraseFromDevice(draft, title)) setGone(tt(note, { title }));
  }

  /** The owner deletes the open draft for everyone (Delen); false when the server did not. */
  async function deleteEverywhere(): Promise<boolean> {
    const current = sessionRef.current;
    const draft = current && knownDraft(current);
    const token = draft?.tokens.owner;
    if (!draft || !token) return false;
    deletingHere.current = draft.id;
    try {
      await deleteRemoteDraft(draft.serverUrl, draft.id, token);
    } catch (e) {
      console.error(e);
      deletingHere.current = null;
      return false;
    }
    await wipe(draft, 'ui.gone.deletedHere');
    deletingHere.current = null;
    return true;
  }

  async function changeSettings(next: Settings) {
    setSettings(next);
    await saveSettings(props.store, next);
  }

  return (
    <UiContext.Provider value={env}>
      <NotifyContext.Provider value={notify}>
        <div class="app">
          <a class="skip-link" href="#main">{t('ui.skip')}</a>
          {!settings ? (
            <main id="main" tabIndex={-1}>
              <p>{t('ui.loading')}</p>
            </main>
          ) : session ? (
            <DraftView
              key={session.draft.id}
              session={session}
              guided={guidedStart}
              onClose={close}
              onGone={() => {
                if (deletingHere.current !== session.draft.id) void wipe(session.draft, 'ui.gone.erased');
              }}
              onDelete={deleteEverywhere}
              onTitle={(title) => void rememberDraft(props.store, { ...session.draft, title })}
              onTokens={(d) => {
                void rememberDraft(props.store, d);
                // The owner renewed their own link: the server closed this session's socket, so reconnect with the new token.
                if (d.tokens[d.role] && d.tokens[d.role] !== session.draft.tokens[session.draft.role]) void open(d);
              }}
              langSwitch={<LangSwitch lang={lang} onChange={(l) => void switchLang(l)} />}
              me={{ name: settings.name, organisation: settings.organisation }}
              onMe={(me) => {
                session.setPresence(me);
                void changeSettings({ ...settings, ...me });
              }}
            />
          ) : (
            <>
              <header class="top">
                <p class="brand">Samenspel</p>
                <LangSwitch lang={lang} onChange={(l) => void switchLang(l)} />
              </header>
              <main id="main" tabIndex={-1}>
                <StartScreen recent={recent} busy={busy} error={error} gone={gone} needsServer={!settings.serverUrl} serverError={serverError} serverPlaceholder={props.serverPlaceholder} onCreate={(title, server, guided, planKind) => void create(title, server, guided, planKind)} onJoin={(l) => void join(l, settings, true)} onOpen={(d) => open(d, settings, false, sessionRef.current ? undefined : startOpening(d, settings))} onForget={forget} />
                <SettingsForm settings={settings} fixedServerUrl={!!props.fixedServerUrl} serverPlaceholder={props.serverPlaceholder} onChange={changeSettings} />
              </main>
            </>
          )}
          <div class="visually-hidden" aria-live="polite" data-testid="announcer">
            {message}
          </div>
        </div>
      </NotifyContext.Provider>
    </UiContext.Provider>
  );
}

/** Who this person is for the others in a draft. */
const presenceOf = (s: Settings) => ({ name: s.name.trim() || translator(s.lang)('ui.presence.guest'), organisation: s.organisation });

/** The session opened for a draft, seen with the draft record decided after it started (the role the server gave). */
function withDraft(session: DraftSession, draft: RecentDraft): DraftSession {
  if (session.draft === draft) return session;
  return Object.create(session, { draft: { value: draft, enumerable: true } }) as DraftSession;
}

/** Starts fetching the modules the default opener needs (core/sync, y-indexeddb); the opener's own imports then find them. */
function preloadSession(): void {
  void import('../sync/index.js').catch(() => undefined);
  void import('y-indexeddb').catch(() => undefined);
}

function LangSwitch({ lang, onChange }: { lang: Lang; onChange: (l: Lang) => void }) {
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  return (
    <button type="button" class="quiet lang" lang={other} onClick={() => onChange(other)}>
      {other === 'en' ? 'English' : 'Nederlands'}
    </button>
  );
}
