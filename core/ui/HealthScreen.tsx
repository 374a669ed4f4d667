// Gezondheid: each partner rates each condition red/amber/green with a note; the summary
// shows where the collaboration needs attention, the chart per condition how it went over
// time (with a table), the next reflection moment when to look again, the actions that
// follow (added at a red or amber condition of a check), the history each check.
import { useState } from 'preact/hooks';
import { addItem, CONDITION_IDS, partnerLabel, RAG, removeItem, setRating, updateItem, type Agreement, type HealthCheck } from '../agreement/index.js';
import { healthSummary } from '../health/index.js';
import { formatDate, localize } from '../i18n/index.js';
import { findHealthRating } from '../knowledge/index.js';
import { useEdit, useUi } from './context.js';
import { HealthActions, useAddAction } from './HealthActions.js';
import { HealthOverTime, NextReflection } from './HealthOverTime.js';
import { ListAddButton } from './fields/ListAddButton.js';
import { DateField } from './fields/ParsedField.js';
import { SelectField, TextField } from './fields/TextField.js';
import { todayIso } from '../base/today.js';

export function HealthScreen({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const summary = healthSummary(agreement);
  const checks = [...agreement.healthChecks].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const partnerName = (id: string | null) => (id === null ? t('ui.health.partnership') : partnerLabel(agreement, id, lang));
  const [focusAction, setFocusAction] = useState<string | null>(null);
  return (
    <div>
      <p class="explain">{t('ui.health.explain')}</p>
      <h3>{t('ui.health.summary')}</h3>
      <ul class="health-summary plain">
        {summary.conditions.map((c) => (
          <li key={c.conditionId} class={`rag-row ${c.worst ?? 'none'}`}>
            <strong>{t(`condition.${c.conditionId}`)}</strong>:{' '}
            {c.latest.length === 0
              ? t('ui.health.notRated')
              : t('ui.health.counts', { green: c.counts.green, amber: c.counts.amber, red: c.counts.red })}
            {c.trend && <> · {t(`ui.health.trend.${c.trend}`)}</>}
            {c.needsAttention && <span class="warning small"> {t('ui.health.attention')}</span>}
          </li>
        ))}
      </ul>
      <NextReflection agreement={agreement} />
      <HealthOverTime agreement={agreement} />
      <HealthActions agreement={agreement} focusId={focusAction} onAdded={setFocusAction} />
      <ListAddButton
        list="healthChecks"
        count={agreement.healthChecks.length}
        onAdd={() => edit((d) => addItem(d, 'healthChecks', { date: todayIso(), partnerId: agreement.partners[0]?.id ?? null }))}
      >
        {t('ui.health.add')}
      </ListAddButton>
      <h3>{t('ui.health.history')}</h3>
      {checks.length === 0 && <p class="empty">{t('ui.health.none')}</p>}
      <ol class="cards">
        {checks.map((c, i) => (
          <CheckCard key={c.id} check={c} n={checks.length - i} agreement={agreement} partnerName={partnerName} onActionAdded={setFocusAction} />
        ))}
      </ol>
    </div>
  );
}

interface CheckCardProps {
  check: HealthCheck;
  n: number;
  agreement: Agreement;
  partnerName: (id: string | null) => string;
  /** Called with the id of an action added from this check, to move focus to it. */
  onActionAdded: (id: string | null) => void;
}

function CheckCard({ check, n, agreement, partnerName, onActionAdded }: CheckCardProps) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const addAction = useAddAction(onActionAdded);
  return (
    <li class="card">
      <h4>{t('ui.health.check', { n, who: partnerName(check.partnerId), date: check.date ? formatDate(check.date, lang) : '–' })}</h4>
      <div class="inline">
        <SelectField
          label={t('ui.health.who', { n })}
          value={check.partnerId ?? 'all'}
          options={[{ value: 'all', label: t('ui.health.partnership') }, ...agreement.partners.map((p) => ({ value: p.id, label: partnerName(p.id) }))]}
          onChange={(v) => edit((d) => updateItem(d, 'healthChecks', check.id, { partnerId: v === 'all' || !v ? null : v }))}
        />
        <DateField label={t('ui.health.date', { n })} value={check.date} onCommit={(date) => edit((d) => updateItem(d, 'healthChecks', check.id, { date }))} />
      </div>
      {CONDITION_IDS.map((cid) => (
        <fieldset key={cid} class="rag">
          <legend>{t(`condition.${cid}`)}</legend>
          {RAG.map((r) => (
            <span key={r} class={`check rag-${r}`}>
              <input type="radio" id={`${check.id}-${cid}-${r}`} name={`${check.id}-${cid}`} checked={check.ratings[cid] === r} onChange={() => edit((d) => setRating(d, check.id, cid, r))} />
              <label for={`${check.id}-${cid}-${r}`} title={localize(findHealthRating(r)?.meaning ?? { nl: '', en: '' }, lang)}>{t(`rag.${r}`)}</label>
            </span>
          ))}
          {(check.ratings[cid] === 'red' || check.ratings[cid] === 'amber') && (
            <ListAddButton list="actions" count={agreement.actions.length} onAdd={() => addAction({ checkId: check.id, conditionId: cid, partnerId: check.partnerId })}>
              {t('ui.actions.add')}<span class="visually-hidden"> {t('ui.actions.addAt', { condition: t(`condition.${cid}`), n })}</span>
            </ListAddButton>
          )}
        </fieldset>
      ))}
      <TextField multiline rows={2} label={t('ui.health.note', { n })} text={{ list: 'healthChecks', id: check.id, field: 'note' }} />
      <button type="button" class="quiet" onClick={() => edit((d) => removeItem(d, 'healthChecks', check.id))}>
        {t('ui.remove')}<span class="visually-hidden"> {t('ui.health.check', { n, who: partnerName(check.partnerId), date: check.date ?? '' })}</span>
      </button>
    </li>
  );
}
