// The workspace: start screen or an open draft, with the language, the host and the
// settings of this device. Host-neutral: the side panel, the web page and the task pane
// each mount it with their own Host and store. New drafts go to the default server, which
// the web page and Word fix to their own; the extension asks for it at the first new draft
// (checked, then kept in the settings). A pasted share link's draft stays on that link's server.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { translator, type Lang, type MessageKey } from '../i18n/index.js';
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
    void (async () => {
      const s = await loadSettings(props.store, { serverUrl: props.defaultServerUrl ?? '', name: '', organisation: '', lang: 'nl' });
      if (props.fixedServerUrl && props.defaultServerUrl) s.serverUrl = props.defaultServerUrl;
      setSettings(s);
      setRecent(await listRecent(props.store));
      if (props.initialLink) await join(props.initialLink, s);
      else if (props.reopenLast) {
        const last = await props.store.get<{ id: string; serverUrl: string } | null>('last-open');
        const draft = last && (await listRecent(props.store)).find((d) => d.id === last.id && d.serverUrl === last.serverUrl);
        if (draft) await open(draft, s);
      }
    })();
    return () => void sessionRef.current?.destroy();
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  async function open(draft: RecentDraft, s: Settings = settings!, guided = false) {
    setBusy(true);
    setError(null);
    setGone(null);
    try {
      const remembered = await rememberDraft(props.store, { ...draft, openedAt: new Date().toISOString() });
      setRecent(await listRecent(props.store));
      await sessionRef.current?.destroy();
      performance.mark('samenspel:open-start');
      const next = await opener(remembered, { name: s.name.trim() || translator(s.lang)('ui.presence.guest'), organisation: s.organisation });
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
  async function create(title: string, serverInput?: string, guided = false) {
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
      const created = await createRemoteDraft(serverUrl, { title: title || tt('ui.start.defaultTitle'), lang: s.lang });
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
    try {
      role = await fetchRole(parsed.base, parsed.draftId, parsed.token);
    } catch (e) {
      if (e instanceof ServerError && (e.status === 401 || e.status === 403)) {
        setError(tt('ui.start.linkRevoked'));
        return;
      }
      if (e instanceof ServerError && e.status === 410 && !known) {
        setError(tt('ui.start.linkDeleted'));
        return;
      }
      // Deleted with a copy here: opened, the sync says so and the usual flow offers what only
      // this device holds, then wipes it. Offline: open from this device's copy; the server
      // decides the role when it is back.
    }
    await open({ id: parsed.draftId, title: known?.title ?? '', serverUrl: parsed.base, role, tokens: { [role]: parsed.token }, openedAt: '' }, s);
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
              langSwitch={<LangSwitch lang={lang} onChange={(l) => changeSettings({ ...settings, lang: l })} />}
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
                <LangSwitch lang={lang} onChange={(l) => changeSettings({ ...settings, lang: l })} />
              </header>
              <main id="main" tabIndex={-1}>
                <StartScreen recent={recent} busy={busy} error={error} gone={gone} needsServer={!settings.serverUrl} serverError={serverError} serverPlaceholder={props.serverPlaceholder} onCreate={(title, server, guided) => void create(title, server, guided)} onJoin={(l) => void join(l, settings, true)} onOpen={(d) => open(d)} onForget={forget} />
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

function LangSwitch({ lang, onChange }: { lang: Lang; onChange: (l: Lang) => void }) {
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  return (
    <button type="button" class="quiet lang" lang={other} onClick={() => onChange(other)}>
      {other === 'en' ? 'English' : 'Nederlands'}
    </button>
  );
}
