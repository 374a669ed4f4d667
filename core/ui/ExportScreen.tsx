// Export: the whole agreement, the SPUK one-page plan or one section as .docx or Markdown,
// and the process calendar as .ics, all made on this device; and the calendar's address on
// the server, for a subscription in Outlook or Google Calendar that keeps itself up to date.
import { toHexString } from 'lib0/buffer';
import { digest } from 'lib0/hash/sha256';
import { useState } from 'preact/hooks';
import type { Agreement } from '../agreement/index.js';
import { agreementDocument, sectionDocument, spukPlanDocument } from '../render/agreement.js';
import { SECTION_IDS, type SectionId } from '../render/blocks.js';
import { calendarEvents, renderIcs } from '../render/ics.js';
import { renderMarkdown } from '../render/markdown.js';
import { useDraft, useNotify, useUi } from './context.js';
import { CopyButton } from './fields/CopyButton.js';
import { fileBase } from './file-name.js';
import { SelectField } from './fields/TextField.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Scope = 'all' | 'spuk' | SectionId;

/**
 * The calendar's subscription address: GET /api/drafts/:id/export.ics with `key`, the SHA-256
 * of this link's token (what the server keeps of it), so the address opens the calendar only
 * and never works as the link itself. Null without a server or a token.
 */
export function calendarFeedUrl(serverUrl: string, draftId: string, token: string, lang?: string): string | null {
  if (!serverUrl || !token) return null;
  const url = new URL(`/api/drafts/${encodeURIComponent(draftId)}/export.ics`, serverUrl);
  url.searchParams.set('key', toHexString(digest(new TextEncoder().encode(token))));
  if (lang) url.searchParams.set('lang', lang);
  return url.href;
}

export function ExportScreen({ agreement }: { agreement: Agreement }) {
  const { t, lang, host } = useUi();
  const { session } = useDraft();
  const notify = useNotify();
  const [scope, setScope] = useState<Scope>('all');
  const doc = () =>
    scope === 'all' ? agreementDocument(agreement, { lang }) : scope === 'spuk' ? spukPlanDocument(agreement, { lang }) : sectionDocument(agreement, scope, { lang });
  const base = () => fileBase(agreement.meta.title, 'samenspel-' + session.draft.id);
  const name = () => base() + (scope === 'all' ? '' : '-' + scope);
  const done = (r: { ok: boolean; message?: string }) => notify(r.ok ? (r.message ?? t('ui.export.done')) : (r.message ?? t('ui.export.failed')));
  const dated = calendarEvents(agreement, lang).length > 0;
  const ics = () => renderIcs(agreement, { draftId: session.draft.id, lang });
  const { draft } = session;
  const feed = calendarFeedUrl(draft.serverUrl, draft.id, draft.tokens[draft.role] ?? '', lang);
  return (
    <div>
      <p class="explain">{t('export.explain')}</p>
      <SelectField
        label={t('ui.export.scope')}
        value={scope}
        options={[
          { value: 'all' as const, label: t('ui.export.all') },
          { value: 'spuk' as const, label: t('export.spuk') },
          ...SECTION_IDS.map((s) => ({ value: s, label: t(`section.${s}`) })),
        ]}
        onChange={(v) => v && setScope(v)}
      />
      <div class="actions">
        <button type="button" onClick={async () => done(await host.download({ name: name() + '.docx', mime: DOCX, bytes: await (await import('../render/docx.js')).renderDocx(doc()) }))}>{t('ui.export.docx')}</button>
        <button type="button" onClick={async () => done(await host.download({ name: name() + '.md', mime: 'text/markdown', bytes: new TextEncoder().encode(renderMarkdown(doc())) }))}>{t('ui.export.markdown')}</button>
      </div>
      <h3>{t('calendar.heading')}</h3>
      <p class="explain">{t(dated ? 'calendar.explain' : 'calendar.none')}</p>
      {dated && (
        <div class="actions">
          <button type="button" onClick={async () => done(await host.download({ name: base() + '.ics', mime: 'text/calendar', bytes: new TextEncoder().encode(ics()) }))}>{t('calendar.download')}</button>
        </div>
      )}
      {feed && (
        <>
          <h4 id="calendar-feed-title">{t('ui.calendar.feed.title')}</h4>
          <input class="link" readOnly value={feed} aria-labelledby="calendar-feed-title" aria-describedby="calendar-feed-how" data-testid="calendar-feed" />
          <div class="actions">
            <CopyButton copy={() => host.copy({ html: '', text: feed })} announce={t('ui.calendar.feed.copied')} failed={t('ui.calendar.feed.copyFailed')}>
              {t('ui.calendar.feed.copy')}
            </CopyButton>
          </div>
          <p class="hint" id="calendar-feed-how">
            {t('ui.calendar.feed.how')}
          </p>
        </>
      )}
    </div>
  );
}
