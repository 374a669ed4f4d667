// Looptijd en uittreden: start and end, extension, what makes the partners review the
// agreement early, and how a partner leaves.
import { updateSection, validateAgreement, type Agreement } from '../../agreement/index.js';
import { useEdit, useUi } from '../context.js';
import { TextField } from '../fields/TextField.js';

export function PeriodPart({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const p = agreement.period;
  const problems = validateAgreement(agreement, lang).filter((f) => f.code === 'period.endBeforeStart');
  return (
    <div>
      <p class="explain">{t('ui.period.explain')}</p>
      <div class="inline">
        <TextField type="date" label={t('ui.period.start')} value={p.start ?? ''} onChange={(v) => edit((d) => updateSection(d, 'period', { start: v || null }))} />
        <TextField type="date" label={t('ui.period.end')} value={p.end ?? ''} onChange={(v) => edit((d) => updateSection(d, 'period', { end: v || null }))} />
      </div>
      {problems.map((f) => <p key={f.path} class="warning">{f.message}</p>)}
      <TextField multiline label={t('ui.period.extension')} value={p.extension} onChange={(v) => edit((d) => updateSection(d, 'period', { extension: v }))} />
      <TextField multiline label={t('ui.period.reviewTriggers')} value={p.reviewTriggers} onChange={(v) => edit((d) => updateSection(d, 'period', { reviewTriggers: v }))} />
      <TextField multiline label={t('ui.period.exit')} value={p.exit} onChange={(v) => edit((d) => updateSection(d, 'period', { exit: v }))} />
    </div>
  );
}
