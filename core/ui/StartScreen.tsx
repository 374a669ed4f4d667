// Start: create a draft, join one from a share link, or reopen a recent draft on this device
// (or remove it from this device, after an inline confirmation). Says what became of a draft
// that was just deleted, and focuses that message.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useUi } from './context.js';
import { ConfirmButton } from './fields/ConfirmButton.js';
import { TextField } from './fields/TextField.js';
import type { RecentDraft } from './storage.js';

export interface StartProps {
  recent: RecentDraft[];
  busy: boolean;
  error: string | null;
  /** What became of the draft that was open (deleted and wiped here). */
  gone?: string | null;
  onCreate: (title: string) => void;
  onJoin: (link: string) => void;
  onOpen: (draft: RecentDraft) => void;
  /** Removes the draft's entry, links and local databases from this device. */
  onForget: (draft: RecentDraft) => Promise<void>;
}

export function StartScreen(props: StartProps) {
  const { t } = useUi();
  const [title, setTitle] = useState('');
  const [link, setLink] = useState('');
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
          onSubmit={(e) => {
            e.preventDefault();
            props.onCreate(title.trim());
          }}
        >
          <TextField label={t('ui.start.draftTitle')} hint={t('ui.start.draftTitleHint')} value={title} onChange={setTitle} />
          <button type="submit" disabled={props.busy}>{t('ui.start.createButton')}</button>
        </form>
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
    </div>
  );
}
