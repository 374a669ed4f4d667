// Middelen: budget lines (who pays what, money or in kind), the scheme the municipality applies
// to (or none: own means, a municipal subsidy), the activities it applies for with their
// location and staffed hours, and the check against the scheme's rules, with what it did not check.
import {
  activityLabel,
  addItem,
  BUDGET_CATEGORIES,
  checkFunding,
  CONTRIBUTION_KINDS,
  costExamplesText,
  FUNDING_SCHEMES,
  findScheme,
  fundingFindingText,
  fundingOkText,
  fundingUncheckedText,
  partnerLabel,
  removeItem,
  schemeStatusText,
  updateItem,
  updateSection,
  type Activity,
  type Agreement,
  type FundingScheme,
} from '../../agreement/index.js';
import { formatEuro, formatNumber, formatPercent, localize, type Lang, type Parsed } from '../../i18n/index.js';
import { useEdit, useUi } from '../context.js';
import { ListAddButton } from '../fields/ListAddButton.js';
import { AmountField, ParsedField } from '../fields/ParsedField.js';
import { SelectField, TextField } from '../fields/TextField.js';

type HoursProblem = 'invalid' | 'range';

/** Hours a week as typed ("24", "12,5"); empty means not known yet. */
export function parseHours(text: string, lang: Lang): Parsed<number | null, HoursProblem> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const normal = lang === 'nl' ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(normal)) return { ok: false, problem: 'invalid' };
  const value = Number(normal);
  return value > 168 ? { ok: false, problem: 'range' } : { ok: true, value };
}

/** A whole number of inhabitants ("45.000"); empty means not known yet. */
export function parseCount(text: string, lang: Lang): Parsed<number | null, 'invalid'> {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return { ok: true, value: null };
  const normal = trimmed.replace(lang === 'nl' ? /\./g : /,/g, '');
  return /^\d{1,9}$/.test(normal) ? { ok: true, value: Number(normal) } : { ok: false, problem: 'invalid' };
}

function HoursField(props: { label: string; value: number | null; onCommit: (hours: number | null) => void }) {
  const { t, lang } = useUi();
  return (
    <ParsedField
      label={props.label}
      value={props.value}
      format={(n) => (n === null ? '' : formatNumber(n, lang))}
      parse={(text) => parseHours(text, lang)}
      explain={(problem) => t(`funding.ui.hours.${problem}`)}
      onCommit={props.onCommit}
      inputMode="decimal"
    />
  );
}

/** One activity of the plan: what it applies for, where, and the staffed hours now and after. */
function AppliedActivity({ agreement, activity, scheme }: { agreement: Agreement; activity: Activity; scheme: FundingScheme }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const name = activityLabel(agreement, activity, lang);
  const label = (field: string) => t('funding.ui.activityLabel', { field, activity: name });
  return (
    <li class="card">
      <h4>{name}</h4>
      <SelectField
        label={label(t('funding.ui.schemeActivity'))}
        value={activity.schemeActivity ?? ''}
        empty={t('funding.ui.notApplied')}
        options={scheme.activities.map((a) => ({ value: a.id, label: `${localize(a.name, lang)} (${t('funding.ui.maxAmount', { amount: formatEuro(a.maxAmount, lang) })})` }))}
        onChange={(v) => edit((d) => updateItem(d, 'activities', activity.id, { schemeActivity: v || null }))}
      />
      {activity.schemeActivity !== null && (
        <div class="inline">
          <TextField label={label(t('funding.ui.location'))} text={{ list: 'activities', id: activity.id, field: 'location' }} />
          <HoursField label={label(t('funding.ui.currentHours'))} value={activity.currentHours} onCommit={(currentHours) => edit((d) => updateItem(d, 'activities', activity.id, { currentHours }))} />
          <HoursField label={label(t('funding.ui.newHours'))} value={activity.newHours} onCommit={(newHours) => edit((d) => updateItem(d, 'activities', activity.id, { newHours }))} />
        </div>
      )}
    </li>
  );
}

function SchemeDetails({ agreement, scheme }: { agreement: Agreement; scheme: FundingScheme }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const r = agreement.resources;
  const bookmobile = agreement.activities.some((a) => scheme.activities.find((s) => s.id === a.schemeActivity)?.onlyWithoutOtherFacility);
  return (
    <div>
      <p class="explain">{schemeStatusText(scheme, lang)}</p>
      <p class="explain">{costExamplesText(scheme, lang)}</p>
      <div class="inline">
        <ParsedField
          label={t('funding.ui.inhabitants')}
          value={r.inhabitants}
          format={(n) => (n === null ? '' : formatNumber(n, lang))}
          parse={(text) => parseCount(text, lang)}
          explain={() => t('funding.ui.count.invalid')}
          onCommit={(inhabitants) => edit((d) => updateSection(d, 'resources', { inhabitants }))}
          inputMode="numeric"
        />
        {bookmobile && (
          <SelectField
            label={t('funding.ui.otherFacility')}
            value={r.otherFacility === null ? '' : r.otherFacility ? 'yes' : 'no'}
            empty={t('funding.ui.unknown')}
            options={[
              { value: 'no' as const, label: t('funding.ui.otherFacility.no') },
              { value: 'yes' as const, label: t('funding.ui.otherFacility.yes') },
            ]}
            onChange={(v) => edit((d) => updateSection(d, 'resources', { otherFacility: v === '' ? null : v === 'yes' }))}
          />
        )}
      </div>
      <h3>{t('funding.ui.activities')}</h3>
      <p class="explain">{t('funding.ui.activitiesExplain')}</p>
      {agreement.activities.length === 0 ? (
        <p class="empty">{t('funding.ui.noActivities')}</p>
      ) : (
        <ol class="cards">
          {agreement.activities.map((a) => <AppliedActivity key={a.id} agreement={agreement} activity={a} scheme={scheme} />)}
        </ol>
      )}
    </div>
  );
}

export function BudgetPart({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const r = agreement.resources;
  const check = checkFunding(agreement, lang);
  const scheme = findScheme(r.scheme);
  const ok = fundingOkText(check, lang);
  const grant = scheme?.kind === 'specifieke-uitkering';
  return (
    <div>
      <p class="explain">{t('funding.ui.explain')}</p>
      <SelectField
        label={t('funding.ui.scheme')}
        value={r.scheme ?? ''}
        empty={t('funding.ui.noScheme')}
        options={FUNDING_SCHEMES.map((s) => ({ value: s.id, label: localize(s.name, lang) }))}
        onChange={(v) => edit((d) => updateSection(d, 'resources', { scheme: v || null }))}
      />
      {scheme ? <SchemeDetails agreement={agreement} scheme={scheme} /> : <p class="explain">{t('funding.ui.noSchemeExplain')}</p>}
      <h3>{t('ui.budget.lines')}</h3>
      {r.lines.length === 0 && <p class="empty">{t('ui.budget.none')}</p>}
      <ol class="cards">
        {r.lines.map((line, i) => (
          <li key={line.id} class="card">
            <TextField label={t('ui.budget.description', { n: i + 1 })} text={{ list: 'budgetLines', id: line.id, field: 'description' }} />
            <div class="inline">
              <AmountField label={t('ui.budget.amount', { n: i + 1 })} cents={line.amount} onCommit={(amount) => edit((d) => updateItem(d, 'budgetLines', line.id, { amount }))} />
              <SelectField label={t('ui.budget.category', { n: i + 1 })} value={line.category} options={BUDGET_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} onChange={(v) => v && edit((d) => updateItem(d, 'budgetLines', line.id, { category: v }))} />
              <SelectField label={t('ui.budget.kind', { n: i + 1 })} value={line.kind} options={CONTRIBUTION_KINDS.map((c) => ({ value: c, label: t(`contribution.${c}`) }))} onChange={(v) => v && edit((d) => updateItem(d, 'budgetLines', line.id, { kind: v }))} />
              <SelectField
                label={t('ui.budget.payer', { n: i + 1 })}
                value={line.payerId ?? 'subsidy'}
                options={[{ value: 'subsidy', label: t(grant ? 'value.grant' : 'value.subsidy') }, ...agreement.partners.map((p) => ({ value: p.id, label: partnerLabel(agreement, p.id, lang) }))]}
                onChange={(v) => edit((d) => updateItem(d, 'budgetLines', line.id, { payerId: v === 'subsidy' || !v ? null : v }))}
              />
            </div>
            <button type="button" class="quiet" onClick={() => edit((d) => removeItem(d, 'budgetLines', line.id))}>
              {t('ui.remove')}<span class="visually-hidden"> {t('ui.budget.description', { n: i + 1 })}</span>
            </button>
          </li>
        ))}
      </ol>
      <ListAddButton list="budgetLines" count={agreement.resources.lines.length} onAdd={() => edit((d) => addItem(d, 'budgetLines', {}))}>
        {t('ui.budget.add')}
      </ListAddButton>
      <div class="summary" aria-live="polite">
        <dl class="totals">
          <dt>{t('resources.total')}</dt><dd>{formatEuro(check.total, lang)}</dd>
          <dt>{t(grant ? 'resources.grantTotal' : 'resources.subsidyTotal')}</dt><dd>{formatEuro(check.subsidy, lang)} ({formatPercent(check.subsidyShare, lang)})</dd>
          <dt>{t('resources.coFinancing')}</dt><dd>{formatEuro(check.coFinancing, lang)} ({formatPercent(check.coFinancingShare, lang)})</dd>
        </dl>
        {ok && <p class="ok">{ok}</p>}
        {check.findings.map((f, i) => <p key={`f${i}`} class="warning">{fundingFindingText(f, lang)}</p>)}
        {check.unchecked.length > 0 && (
          <ul class="unchecked">
            {check.unchecked.map((u, i) => <li key={`u${i}`}>{fundingUncheckedText(u, lang)}</li>)}
          </ul>
        )}
      </div>
    </div>
  );
}
