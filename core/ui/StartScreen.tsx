// Start: create a draft, join one from a share link, or reopen a recent draft on this device
// (or remove it from this device, after an inline confirmation). Says what became of a draft
// that was just deleted, and focuses that message. Creating asks the title and the kind of plan
// (a real choice: nothing is preselected) and opens the new draft in the guided start. Without
// a default server yet, creating asks for the server's address first (checked by the
// workspace, then remembered). How to get started and why collaborate are here too, with the
// method's credit line.
import { useEffect, useRef, useState } from 'preact/hooks';
import { PLAN_KINDS, type PlanKind } from '../agreement/index.js';
import { useUi } from './context.js';
import { ConfirmButton } from './fields/ConfirmButton.js';
import { TextField } from './fields/TextField.js';
import { MethodIntro } from './guide/MethodIntro.js';
import { ServerField } from './SettingsForm.js';
import type { RecentDraft } from './storage.js';

export interface StartProps {
  recent: RecentDraft[];
  busy: boolean;
  error: string | null;
  /** What became of the draft that was open (deleted and wiped here). */
  gone?: string | null;
  /** No default server yet: "Concept maken" asks for one first. */
  needsServer?: boolean;
  /** What is wrong with the server address given (malformed, unreachable, refused). */
  serverError?: string | null;
  /** A suggestion in the empty address field (a development build: the local server). */
  serverPlaceholder?: string | undefined;
  /**
   * Creates the draft; `server` is the address typed in answer to the question, to be checked
   * and remembered first; `guided`: open it in the guided start (always, from this screen);
   * `planKind`: the kind of plan chosen.
   */
  onCreate: (title: string, server: string | undefined, guided: boolean, planKind: PlanKind) => void;
  onJoin: (link: string) => void;
  onOpen: (draft: RecentDraft) => void;
  /** Removes the draft's entry, links and local databases from this device. */
  onForget: (draft: RecentDraft) => Promise<void>;
}

export function StartScreen(props: StartProps) {
  const { t } = useUi();
  const [title, setTitle] = useState('');
  const [link, setLink] = useState('');
  const [asking, setAsking] = useState(false);
  const [planKind, setPlanKind] = useState<PlanKind | null>(null);
  /** "Concept maken" was pressed without a kind of plan: say so at the choice. */
  const [kindMissing, setKindMissing] = useState(false);
  const [server, setServer] = useState('');
  const serverInput = useRef<HTMLInputElement>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  const firstKind = useRef<HTMLInputElement>(null);
  const create = (kind: PlanKind, serverAddress?: string) => props.onCreate(title.trim(), serverAddress, true, kind);
  const askServer = asking && !!props.needsServer;
  useEffect(() => {
    if (askServer) serverInput.current?.focus();
  }, [askServer, props.serverError]);
  const recentHeading = useRef<HTMLHeadingElement>(null);
  const goneNote = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.gone) goneNote.current?.focus();
  }, [props.gone]);
  return (
    <div class="start">
      <h1 tabIndex={-1} id="start-title">{t("ui.start.title")}</h1>
      <p class="explain">{t('ui.start.intro')}</p>
      {props.gone && (
        <div class="card gone-notice" role="status" tabIndex={-1} ref={goneNote} data-testid="gone-notice">
          <p>{props.gone}</p>
        </div>
      )}
      {props.error && (
        <p class="warning" role="alert">
          {props.error}
        </p>
      )}
      <section class="card" aria-labelledby="create-h">
        <h3 id="create-h">{t('ui.start.create')}</h3>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!planKind) {
              setKindMissing(true);
              firstKind.current?.focus();
              return;
            }
            if (props.needsServer) setAsking(true);
            else create(planKind);
          }}
        >
          <TextField label={t('ui.start.draftTitle')} hint={t('ui.start.draftTitleHint')} value={title} onChange={setTitle} />
          <fieldset class="choices plan-kind" aria-describedby="plan-kind-hint">
            <legend>{t('guide.planKind')}</legend>
            <p class="hint" id="plan-kind-hint">
              {t('guide.planKindHint')}
            </p>
            {PLAN_KINDS.map((k, i) => (
              <div key={k} class="choice">
                <input
                  type="radio"
                  name="start-plan-kind"
                  id={`start-kind-${k}`}
                  value={k}
                  ref={i === 0 ? firstKind : undefined}
                  checked={planKind === k}
                  aria-invalid={kindMissing || undefined}
                  aria-describedby={kindMissing ? 'plan-kind-message' : undefined}
                  onChange={() => {
                    setPlanKind(k);
                    setKindMissing(false);
                  }}
                />
                <label for={`start-kind-${k}`}>{t(`planKind.${k}`)}</label>
              </div>
            ))}
            <p class="field-message" id="plan-kind-message" role="status" hidden={!kindMissing}>
              {kindMissing ? t('guide.create.kindMissing') : ''}
            </p>
          </fieldset>
          {!askServer && (
            <div class="actions">
              <button type="submit" ref={createButton} disabled={props.busy} aria-describedby="create-hint">
                {t('ui.start.createButton')}
              </button>
              <p class="hint" id="create-hint">{t('guide.create.hint')}</p>
            </div>
          )}
        </form>
        {askServer && (
          <form
            class="server-question"
            aria-labelledby="server-q"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              // Straight from the click: the browser asks for access to the server only within it.
              if (planKind) create(planKind, server);
            }}
          >
            <h4 id="server-q">{t('ui.server.question')}</h4>
            <p class="explain">{t('ui.server.explain')}</p>
            <ServerField
              label={t('ui.server.address')}
              hint={t('ui.server.hint')}
              value={server}
              placeholder={props.serverPlaceholder}
              message={props.serverError ?? null}
              inputRef={serverInput}
              onChange={setServer}
            />
            {props.busy && <p role="status">{t('ui.server.checking')}</p>}
            <button type="submit" disabled={props.busy}>{t('ui.server.save')}</button>{' '}
            <button type="button" class="quiet" onClick={() => {
                setAsking(false);
                setTimeout(() => createButton.current?.focus());
              }}
            >
              {t('ui.confirm.cancel')}
            </button>
          </form>
        )}
      </section>
      <section class="card" aria-labelledby="join-h">
        <h3 id="join-h">{t('ui.start.join')}</h3>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            props.onJoin(link.trim());
          }}
        >
          <TextField type="url" label={t('ui.start.link')} hint={t('ui.start.linkHint')} value={link} onChange={setLink} />
          <button type="submit" disabled={props.busy || !link.trim()}>{t('ui.start.joinButton')}</button>
        </form>
      </section>
      <section class="card" aria-labelledby="recent-h">
        <h3 id="recent-h" tabIndex={-1} ref={recentHeading}>{t('ui.start.recent')}</h3>
        {props.recent.length === 0 ? (
          <p class="empty">{t('ui.start.noRecent')}</p>
        ) : (
          <ul class="plain recent">
            {props.recent.map((d) => {
              const title = d.title || t('doc.untitled');
              const hidden = <span class="visually-hidden"> ({title})</span>;
              return (
                <li key={d.serverUrl + d.id}>
                  <button type="button" class="link-button" onClick={() => props.onOpen(d)}>
                    {title}
                  </button>{' '}
                  <span class="hint">
                    {t(`ui.role.${d.role}`)} · {new URL(d.serverUrl).host}
                  </span>{' '}
                  <ConfirmButton
                    class="quiet danger"
                    question={t('ui.device.forgetQuestion', { title })}
                    confirm={<>{t('ui.device.forgetConfirm')}{hidden}</>}
                    onConfirm={async () => {
                      await props.onForget(d);
                      // The entry is gone with its buttons: keep focus in the list's section.
                      recentHeading.current?.focus();
                    }}
                  >
                    {t('ui.device.forget')}
                    {hidden}
                  </ConfirmButton>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <MethodIntro />
    </div>
  );
}
