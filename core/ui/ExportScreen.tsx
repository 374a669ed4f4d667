// Export: the whole agreement or one section as .docx or Markdown, made on this device.
import { useState } from 'preact/hooks';
import type { Agreement } from '../agreement/index.js';
import { agreementDocument, sectionDocument } from '../render/agreement.js';
import { SECTION_IDS, type SectionId } from '../render/blocks.js';
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

export function ExportScreen({ agreement }: { agreement: Agreement }) {
  const { t, lang, host } = useUi();
  const { session } = useDraft();
  const notify = useNotify();
  const [scope, setScope] = useState<'all' | SectionId>('all');
  const doc = () => (scope === 'all' ? agreementDocument(agreement, { lang }) : sectionDocument(agreement, scope, { lang }));
  const name = () => fileBase(agreement.meta.title, 'samenspel-' + session.draft.id) + (scope === 'all' ? '' : '-' + scope);
  const done = (r: { ok: boolean; message?: string }) => notify(r.ok ? (r.message ?? t('ui.export.done')) : (r.message ?? t('ui.export.failed')));
  return (
    <div>
      <p class="explain">{t('ui.export.explain')}</p>
      <SelectField
        label={t('ui.export.scope')}
        value={scope}
        options={[{ value: 'all' as const, label: t('ui.export.all') }, ...SECTION_IDS.map((s) => ({ value: s, label: t(`section.${s}`) }))]}
        onChange={(v) => v && setScope(v)}
      />
      <div class="actions">
        <button type="button" onClick={async () => done(await host.download({ name: name() + '.docx', mime: DOCX, bytes: await (await import('../render/docx.js')).renderDocx(doc()) }))}>{t('ui.export.docx')}</button>
        <button type="button" onClick={async () => done(await host.download({ name: name() + '.md', mime: 'text/markdown', bytes: new TextEncoder().encode(renderMarkdown(doc())) }))}>{t('ui.export.markdown')}</button>
      </div>
    </div>
  );
}
