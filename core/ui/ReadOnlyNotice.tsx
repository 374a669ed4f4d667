// The notice shown when writing can no longer reach the server (link revoked or renewed,
// draft deleted, too large, refused): the form is read-only, it says why and what to do,
// and this device's copy of the agreement, with whatever the server never acknowledged,
// can be copied as text or downloaded as Markdown, so nothing is lost.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Agreement } from '../agreement/index.js';
import type { MessageKey } from '../i18n/index.js';
import { agreementDocument } from '../render/agreement.js';
import { renderHtml } from '../render/html.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';
import type { SyncStatus } from '../sync/index.js';
import { useDraft, useNotify, useUi } from './context.js';
import { fileBase } from './ExportScreen.js';
import { CopyButton } from './fields/CopyButton.js';
import { renewedOwnLink } from './known-links.js';

/** Every sync error is final (core/sync stops reconnecting), so nothing written now would reach the server. */
export const writingStopped = (status: SyncStatus): boolean => status.kind === 'error';

function reason(status: Extract<SyncStatus, { kind: 'error' }>, renewedHere: boolean): MessageKey {
  if (status.code === 'unauthorized' || status.code === 'permission-denied') return renewedHere ? 'ui.lost.renewedHere' : 'ui.lost.access';
  if (status.code === 'draft-deleted') return 'ui.lost.deleted';
  if (status.code === 'document-too-large' || status.code === 'message-too-large') return 'ui.lost.tooLarge';
  return 'ui.lost.other';
}

export function ReadOnlyNotice({ status, agreement }: { status: SyncStatus; agreement: Agreement }) {
  if (status.kind !== 'error') return null;
  return <Notice status={status} agreement={agreement} />;
}

function Notice({ status, agreement }: { status: Extract<SyncStatus, { kind: 'error' }>; agreement: Agreement }) {
  const { t, lang, host } = useUi();
  const { session } = useDraft();
  const notify = useNotify();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [downloadFailed, setDownloadFailed] = useState<string | null>(null);
  const key = reason(status, renewedOwnLink(session));
  const writer = session.draft.role !== 'viewer';
  const doc = () => agreementDocument(agreement, { lang });

  useEffect(() => {
    // The field being typed in was just disabled: put focus where the explanation is.
    const active = document.activeElement;
    if (!active || active === document.body || active.matches(':disabled') || active.closest('fieldset:disabled')) heading.current?.focus();
  }, []);

  const download = async () => {
    const name = `${fileBase(agreement.meta.title, 'samenspel-' + session.draft.id)}-${t('ui.lost.fileSuffix')}.md`;
    const r = await host.download({ name, mime: 'text/markdown', bytes: new TextEncoder().encode(renderMarkdown(doc())) });
    setDownloadFailed(r.ok ? null : r.message);
    notify(r.ok ? (r.message ?? t('ui.export.done')) : r.message);
  };

  return (
    <section class="card" aria-labelledby={id} data-testid="read-only-notice">
      <div role="alert">
        <h2 id={id} tabIndex={-1} ref={heading}>
          {t(writer ? 'ui.lost.title' : 'ui.lost.titleViewer')}
        </h2>
        <p class="warning">{t(key, { code: status.code })}</p>
        {writer && <p>{t(status.unsaved > 0 ? 'ui.lost.unsaved' : 'ui.lost.saved')}</p>}
        {writer && (key === 'ui.lost.access' || key === 'ui.lost.renewedHere') && <p class="hint">{t('ui.lost.later')}</p>}
      </div>
      <div class="actions">
        <CopyButton copy={() => host.copy({ html: renderHtml(doc()), text: renderText(doc()) })} announce={t('ui.lost.copied')} failed={t('ui.lost.copyFailed')}>
          {t('ui.lost.copy')}
        </CopyButton>
        <button type="button" onClick={download}>
          {t('ui.lost.download')}
        </button>
        {downloadFailed && <span class="warning">{downloadFailed}</span>}
      </div>
    </section>
  );
}
