// Looptijd en uittreden: start and end, extension, what makes the partners review the
// agreement early, and how a partner leaves; what the toolkits say about period, review and exit.
import { updateSection, validateAgreement, type Agreement } from '../../agreement/index.js';
import { useEdit, useUi } from '../context.js';
import { DateField } from '../fields/ParsedField.js';
import { TextField } from '../fields/TextField.js';
import { ToolkitNote } from '../guide/ToolkitNote.js';

export function PeriodPart({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const p = agreement.period;
  const problems = validateAgreement(agreement, lang).filter((f) => f.code === 'period.endBeforeStart');
  return (
    <div>
      <p class="explain">{t('ui.period.explain')}</p>
      <ToolkitNote ids={['period', 'review', 'exit']} />
      <div class="inline">
        <DateField label={t('ui.period.start')} value={p.start} onCommit={(start) => edit((d) => updateSection(d, 'period', { start }))} />
        <DateField label={t('ui.period.end')} value={p.end} onCommit={(end) => edit((d) => updateSection(d, 'period', { end }))} />
      </div>
      {problems.map((f) => <p key={f.path} class="warning">{f.message}</p>)}
      <TextField multiline label={t('ui.period.extension')} text={{ section: 'period', field: 'extension' }} />
      <TextField multiline label={t('ui.period.reviewTriggers')} text={{ section: 'period', field: 'reviewTriggers' }} />
      <TextField multiline label={t('ui.period.exit')} text={{ section: 'period', field: 'exit' }} />
    </div>
  );
}
