// The web pages a partner's interests were marked on (title, URL, quote): shown in the
// interests section. Private marks appear only here, on this device.
import { annotationQuote } from '../../agreement/index.js';
import { useDraft, useUi } from '../context.js';
import { useAnnotations } from './use-annotator.js';

export function AnnotationSources({ partnerId, partnerName }: { partnerId: string; partnerName: string }) {
  const { t } = useUi();
  const { session } = useDraft();
  const mine = useAnnotations(session).filter((a) => a.partnerId === partnerId);
  if (mine.length === 0) return null;
  return (
    <div class="group" data-testid="interest-sources">
      <h4>{t('ui.interests.sources', { partner: partnerName })}</h4>
      <ul class="plain">
        {mine.map((a) => (
          <li key={a.id}>
            <a href={a.url} target="_blank" rel="noopener noreferrer">{a.title || a.url}</a> <span class="hint">{a.url}</span>
            <blockquote>{annotationQuote(a)}</blockquote>
            {a.visibility === 'private' && <span class="badge">{t('ui.annotations.private')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
