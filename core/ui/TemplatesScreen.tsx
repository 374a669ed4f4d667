// Sjablonen: every section previewed exactly as it will be inserted; copy as rich text
// (HTML and plain text) or insert into the focused field of the current page via the host;
// what the partnership toolkits say belongs in the chosen section.
import { useState } from 'preact/hooks';
import type { Agreement } from '../agreement/index.js';
import { agreementSection, sectionDocument } from '../render/agreement.js';
import { SECTION_IDS, type SectionId } from '../render/blocks.js';
import { renderSectionHtml } from '../render/html.js';
import { renderSectionText } from '../render/text.js';
import { useDraft, useNotify, useUi } from './context.js';
import { SelectField } from './fields/TextField.js';
import { ToolkitNote } from './guide/ToolkitNote.js';
import { TOOLKIT_SECTIONS } from '../knowledge/index.js';

export function TemplatesScreen({ agreement }: { agreement: Agreement }) {
  const { t, lang, host } = useUi();
  const { session } = useDraft();
  const notify = useNotify();
  const [id, setId] = useState<SectionId>('ambition');
  const section = agreementSection(agreement, id, { lang });
  // core/render's HTML renderer escapes every text: this is the one place markup is injected.
  const html = renderSectionHtml(section);
  const text = renderSectionText(section);
  const copy = async () => {
    const r = await host.copy({ html, text });
    notify(r.ok ? (r.message ?? t('ui.templates.copied')) : r.message);
  };
  const insert = async () => {
    if (!host.insert) return;
    const r = await host.insert({ draftId: session.draft.id, sectionId: id, section, document: sectionDocument(agreement, id, { lang }), html, text });
    notify(r.ok ? (r.message ?? t('ui.templates.inserted')) : r.message);
  };
  return (
    <div>
      <p class="explain">{t('ui.templates.explain')}</p>
      <SelectField label={t('ui.templates.section')} value={id} options={SECTION_IDS.map((s) => ({ value: s, label: t(`section.${s}`) }))} onChange={(v) => v && setId(v)} />
      <div class="actions">
        <button type="button" onClick={copy}>{t('ui.templates.copy')}</button>
        {host.insert && <button type="button" onClick={insert}>{t('ui.templates.insert')}</button>}
      </div>
      {host.insert && <p class="hint">{t('ui.templates.insertHint')}</p>}
      <ToolkitNote key={id} ids={TOOLKIT_SECTIONS.filter((s) => s.sectionIds.includes(id)).map((s) => s.id)} />
      <h3>{t('ui.templates.preview')}</h3>
      <div class="preview" data-testid="template-preview" dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
