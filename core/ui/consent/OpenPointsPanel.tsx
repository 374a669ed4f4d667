// Open punten: every unresolved comment thread of the draft, by part, with a download of the
// list as Markdown (to send round before a meeting).
import type { CommentThread } from '../../consent/contract.js';
import type { Agreement } from '../../agreement/index.js';
import { PARTS } from '../agreement/AgreementScreen.js';
import { useDraft, useNotify, useUi } from '../context.js';
import { fileBase } from '../file-name.js';
import { formatMoment, openOf, openPointsMarkdown, partsInOrder, partTitle, threadsOf } from './open-points.js';

export function OpenPointsPanel(props: { threads: CommentThread[]; agreement: Agreement }) {
  const { t, lang, host } = useUi();
  const { session } = useDraft();
  const notify = useNotify();
  const open = openOf(props.threads);
  const download = async () => {
    const text = openPointsMarkdown(props.threads, PARTS, props.agreement, lang, t);
    const name = `${fileBase(props.agreement.meta.title, 'samenspel-' + session.draft.id)}-${t('ui.consent.points.fileSuffix')}.md`;
    const r = await host.download({ name, mime: 'text/markdown', bytes: new TextEncoder().encode(text) });
    notify(r.ok ? (r.message ?? t('ui.export.done')) : r.message);
  };
  return (
    <section aria-labelledby="points-h" class="points">
      <h3 id="points-h">{t('ui.consent.points.title')}</h3>
      {open.length === 0 ? (
        <p class="empty">{t('ui.consent.points.none')}</p>
      ) : (
        <ul class="plain" data-testid="open-points">
          {partsInOrder(open, PARTS).flatMap((part) =>
            threadsOf(open, part).map((c) => (
              <li key={c.id}>
                <strong>{partTitle(part, t)}</strong>: {c.body}{' '}
                <span class="hint">({t('ui.consent.points.by', { name: c.authorName, at: formatMoment(c.at, lang) })})</span>
              </li>
            )),
          )}
        </ul>
      )}
      <button type="button" class="quiet" onClick={() => void download()}>{t('ui.consent.points.download')}</button>
    </section>
  );
}
