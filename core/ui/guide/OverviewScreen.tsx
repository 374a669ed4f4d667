// Overzicht: the kind of plan, and per condition (in the source's order) what is filled and
// what is still open with the question that would fill it, so nobody has to guess among the
// parts; then the "Wat maakt het lastig?" diagnosis and the method's credit line.
import { PLAN_KINDS, updateSection, type Agreement } from '../../agreement/index.js';
import { completeness } from '../../health/index.js';
import { formatPercent, localize } from '../../i18n/index.js';
import { findCondition, type ConditionId } from '../../knowledge/index.js';
import type { PartId } from '../agreement/AgreementScreen.js';
import { useEdit, useUi } from '../context.js';
import { Editable } from '../fields/Editable.js';
import { SelectField } from '../fields/TextField.js';
import { ConditionStatus } from './ConditionStatus.js';
import { Credit } from './Credit.js';
import { DiagnosisPanel } from './DiagnosisPanel.js';
import { conditionOverview } from './guide-steps.js';

export interface OverviewProps {
  agreement: Agreement;
  readOnly: boolean;
  onPart: (part: PartId) => void;
  /** Opens the guided start at this condition. */
  onGuide: (condition: ConditionId) => void;
}

export function OverviewScreen(props: OverviewProps) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const overall = completeness(props.agreement).overall;
  return (
    <div class="overview" data-testid="overview">
      <p class="explain">{t('guide.overview.intro')}</p>
      <Editable readOnly={props.readOnly}>
        <PlanKindField agreement={props.agreement} onChange={(planKind) => edit((d) => updateSection(d, 'meta', { planKind }))} />
      </Editable>
      <p class="summary" data-testid="overview-total">
        {t('guide.overview.total', { done: overall.done, total: overall.total, share: formatPercent(overall.share, lang) })}
      </p>
      <ol class="plain conditions">
        {conditionOverview(props.agreement).map((o) => {
          const c = findCondition(o.conditionId)!;
          const total = o.filled.length + o.open.length;
          return (
            <li key={o.conditionId}>
              <section class="card condition" aria-labelledby={`ov-${o.conditionId}`} data-testid={`overview-${o.conditionId}`}>
                <h3 id={`ov-${o.conditionId}`}>
                  {c.number}. {localize(c.title, lang)}
                </h3>
                <p class="hint">{localize(c.action, lang)}</p>
                <p>
                  <span class="progress-text">{t('guide.overview.progress', { done: o.filled.length, total })}</span>{' '}
                  <progress max={total || 1} value={o.filled.length} aria-label={t('guide.overview.progressOf', { condition: localize(c.title, lang) })} />
                </p>
                <ConditionStatus overview={o} onPart={props.onPart} />
                <button type="button" class="quiet" onClick={() => props.onGuide(o.conditionId)}>
                  {t('guide.overview.guide')}
                  <span class="visually-hidden"> ({localize(c.title, lang)})</span>
                </button>
              </section>
            </li>
          );
        })}
      </ol>
      <Editable readOnly={props.readOnly}>
        <DiagnosisPanel agreement={props.agreement} />
      </Editable>
      <Credit />
    </div>
  );
}

/** The kind of plan, asked plainly (it decides which checks apply, e.g. SPUK). */
export function PlanKindField(props: { agreement: Agreement; onChange: (kind: (typeof PLAN_KINDS)[number]) => void }) {
  const { t } = useUi();
  return (
    <SelectField
      label={t('guide.planKind')}
      hint={t('guide.planKindHint')}
      value={props.agreement.meta.planKind}
      options={PLAN_KINDS.map((k) => ({ value: k, label: t(`planKind.${k}`) }))}
      onChange={(v) => v && props.onChange(v)}
    />
  );
}
