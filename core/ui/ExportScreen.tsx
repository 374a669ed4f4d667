// Export: the whole agreement, the SPUK one-page plan or one section as .docx or Markdown,
// and the process calendar as .ics, all made on this device.
import { useState } from 'preact/hooks';
import type { Agreement } from '../agreement/index.js';
import { agreementDocument, sectionDocument, spukPlanDocument } from '../render/agreement.js';
import { SECTION_IDS, type SectionId } from '../render/blocks.js';
import { calendarEvents, renderIcs } from '../render/ics.js';
import { renderMarkdown } from '../render/markdown.js';
import { useDraft, useNotify, useUi } from './context.js';
import { SelectField } from './fields/TextField.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function fileBase(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || fallback;
}

type Scope = 'all' | 'spuk' | SectionId;

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
    </div>
  );
}
