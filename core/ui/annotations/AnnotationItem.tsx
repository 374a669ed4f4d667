// One annotation: its quote and page, partner and level, the note (editable), visibility
// (private or shared with the partnership), delete, and "show on the page".
import { useEffect, useRef } from 'preact/hooks';
import type { Annotation } from '../../anchoring/annotation.js';
import { annotationQuote, annotationService, partnerLabel, type Agreement } from '../../agreement/index.js';
import { useDraft, useReported, useUi } from '../context.js';
import { SelectField, TextField } from '../fields/TextField.js';

export interface AnnotationItemProps {
  a: Annotation;
  agreement: Agreement;
  partnerName: string;
  active: boolean;
  onShow: (() => void) | undefined;
}

export function AnnotationItem({ a, agreement, partnerName, active, onShow }: AnnotationItemProps) {
  const { t, lang } = useUi();
  const { session, readOnly } = useDraft();
  const run = useReported();
  const annotations = annotationService(session);
  const ref = useRef<HTMLLIElement>(null);
  // Clicked on the page: bring it into view here.
  useEffect(() => {
    if (active) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  const shared = a.visibility === 'shared';
  const locked = shared && readOnly;
  const quote = annotationQuote(a);
  const label = t('ui.annotations.item', { quote: quote.slice(0, 60) });
  return (
    <li ref={ref} class={`card annotation${active ? ' active' : ''}`} aria-label={label} data-annotation={a.id}>
      <blockquote>{quote}</blockquote>
      <p class="hint">
        <a href={a.url} target="_blank" rel="noopener noreferrer">{a.title || a.url}</a> · {partnerName} · {t(`level.${a.level}`)} ·{' '}
        <span class="badge">{shared ? t('ui.annotations.shared') : t('ui.annotations.private')}</span>
      </p>
      <fieldset class="bare" disabled={locked}>
        <SelectField
          label={t('ui.annotations.partner')}
          value={a.partnerId}
          options={agreement.partners.map((p) => ({ value: p.id, label: partnerLabel(agreement, p.id, lang) }))}
          onChange={(v) => v && run(() => annotations.update(a, { partnerId: v }))}
        />
        <TextField multiline rows={2} label={t('ui.annotations.note')} value={a.note} onChange={(v) => run(() => annotations.update(a, { note: v }))} />
        <div class="actions">
          {onShow && (
            <button type="button" onClick={onShow}>
              {t('ui.annotations.show')}
              <span class="visually-hidden"> {label}</span>
            </button>
          )}
          {a.level !== 'personal' && (
            <button type="button" onClick={() => run(() => annotations.setVisibility(a, shared ? 'private' : 'shared'))} disabled={readOnly}>
              {shared ? t('ui.annotations.makePrivate') : t('ui.annotations.share')}
              <span class="visually-hidden"> {label}</span>
            </button>
          )}
          <button type="button" class="quiet" onClick={() => run(() => annotations.remove(a))}>
            {t('ui.remove')}
            <span class="visually-hidden"> {label}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
}
