// The notice shown when this client must not write (link revoked or renewed, draft deleted,
// too large, refused, a newer schema, a damaged history): the form is read-only, it says why
// and what to do (reload, update), and this device's copy of the agreement, with whatever the
// server never acknowledged and the personal interests kept only here, can be copied as text
// or downloaded as Markdown, so nothing is lost. A deleted draft's copy can then be wiped.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type * as Y from 'yjs';
import { partnerLabel, readPrivate, type Agreement, type PrivateContent } from '../agreement/index.js';
import type { Lang, MessageKey, Translate } from '../i18n/index.js';
import { agreementDocument } from '../render/agreement.js';
import type { RenderDocument, Section } from '../render/blocks.js';
import { renderHtml } from '../render/html.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';
import type { SyncStatus } from '../sync/index.js';
import { useDraft, useNotify, useUi } from './context.js';
import { fileBase } from './file-name.js';
import { CopyButton } from './fields/CopyButton.js';
import { renewedOwnLink } from './known-links.js';

/**
 * A sync error means this client must not write: the session stopped (fatal: revoked,
 * deleted, refused) or holds while a reason lasts (a newer schema, a damaged history).
 */
export const writingStopped = (status: SyncStatus): boolean => status.kind === 'error';

type ErrorStatus = Extract<SyncStatus, { kind: 'error' }>;

const REASONS: Partial<Record<ErrorStatus['code'], MessageKey>> = {
  'draft-deleted': 'ui.lost.deleted',
  'document-too-large': 'ui.lost.tooLarge',
  'message-too-large': 'ui.lost.tooLarge',
  'newer-schema': 'ui.lost.newerSchema',
  'draft-damaged': 'ui.lost.damaged',
  'storage-corrupt': 'ui.lost.corrupt',
  'schema-change-refused': 'ui.lost.schemaRefused',
  'list-limit': 'ui.lost.listLimit',
};

function reason(status: ErrorStatus, renewedHere: boolean): MessageKey {
  if (status.code === 'unauthorized' || status.code === 'permission-denied') return renewedHere ? 'ui.lost.renewedHere' : 'ui.lost.access';
  return REASONS[status.code] ?? 'ui.lost.other';
}

/** Codes a reload can help with: a fresh connection, a newer Samenspel, a fresh read of the draft. */
const RELOAD_HELPS = new Set<ErrorStatus['code']>(['newer-schema', 'draft-damaged', 'storage-corrupt', 'schema-change-refused', 'list-limit', 'message-too-large', 'malformed-message', 'unknown']);

/** The personal interests with something written in them: kept only on this device, never on the server. */
export const personalItems = (content: PrivateContent) => content.personalInterests.filter((x) => x.person.trim() || x.text.trim());

/** Those personal interests as a section for the copy; null when there are none. */
export function personalSection(privateDoc: Y.Doc, agreement: Agreement, lang: Lang, t: Translate): Section | null {
  const items = personalItems(readPrivate(privateDoc).content);
  if (items.length === 0) return null;
  const line = (x: (typeof items)[number]) => [partnerLabel(agreement, x.partnerId, lang), x.person.trim(), x.text.trim()].filter(Boolean).join(' — ');
  return { id: 'personal-interests', title: t('ui.lost.personalTitle'), blocks: [{ type: 'list', items: items.map(line) }] };
}

export interface ReadOnlyNoticeProps {
  status: SyncStatus;
  agreement: Agreement;
  /** The draft is gone from the server: wipe this device's copy (after the person kept what they need). */
  onErase?: () => void;
}

export function ReadOnlyNotice({ status, agreement, onErase }: ReadOnlyNoticeProps) {
  if (status.kind !== 'error') return null;
  return <Notice status={status} agreement={agreement} onErase={onErase} />;
}

function Notice({ status, agreement, onErase }: { status: ErrorStatus; agreement: Agreement; onErase?: (() => void) | undefined }) {
  const { t, lang, host } = useUi();
  const { session } = useDraft();
  const notify = useNotify();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [downloadFailed, setDownloadFailed] = useState<string | null>(null);
  const key = reason(status, renewedOwnLink(session));
  const writer = session.draft.role !== 'viewer';
  const deleted = status.code === 'draft-deleted';
  const doc = (): RenderDocument => {
    const d = agreementDocument(agreement, { lang });
    const personal = personalSection(session.privateDoc, agreement, lang, t);
    return personal ? { ...d, sections: [...d.sections, personal] } : d;
  };

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
          {t(!writer ? 'ui.lost.titleViewer' : status.code === 'newer-schema' ? 'ui.lost.titlePaused' : 'ui.lost.title')}
        </h2>
        <p class="warning">{t(key, { code: status.code })}</p>
        {deleted ? <p>{t('ui.lost.deletedKeepFirst')}</p> : writer && <p>{t(status.unsaved > 0 ? 'ui.lost.unsaved' : 'ui.lost.saved')}</p>}
        {writer && (key === 'ui.lost.access' || key === 'ui.lost.renewedHere') && <p class="hint">{t('ui.lost.later')}</p>}
      </div>
      <div class="actions">
        {RELOAD_HELPS.has(status.code) && (
          <button type="button" onClick={() => location.reload()}>
            {t('ui.lost.reload')}
          </button>
        )}
        <CopyButton copy={() => host.copy({ html: renderHtml(doc()), text: renderText(doc()) })} announce={t('ui.lost.copied')} failed={t('ui.lost.copyFailed')}>
          {t('ui.lost.copy')}
        </CopyButton>
        <button type="button" onClick={download}>
          {t('ui.lost.download')}
        </button>
        {deleted && onErase && (
          <button type="button" class="danger" onClick={onErase}>
            {t('ui.lost.erase')}
          </button>
        )}
        {downloadFailed && <span class="warning">{downloadFailed}</span>}
      </div>
    </section>
  );
}
