// Middelen: budget lines (who pays what, money or in kind) and the co-financing check
// against the chosen funding scheme (e.g. SPUK: at most 80 % subsidy, at least 20 % co-financing).
import {
  addItem,
  BUDGET_CATEGORIES,
  checkFunding,
  CONTRIBUTION_KINDS,
  FUNDING_SCHEMES,
  findScheme,
  fundingFindingText,
  fundingOkText,
  partnerLabel,
  removeItem,
  updateItem,
  updateSection,
  type Agreement,
} from '../../agreement/index.js';
import { formatEuro, formatPercent, tOr } from '../../i18n/index.js';
import { useEdit, useUi } from '../context.js';
import { ListAddButton } from '../fields/ListAddButton.js';
import { AmountField } from '../fields/ParsedField.js';
import { SelectField, TextField } from '../fields/TextField.js';

export function BudgetPart({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const r = agreement.resources;
  const check = checkFunding(agreement);
  const scheme = findScheme(r.scheme);
  const ok = fundingOkText(check, lang);
  return (
    <div>
      <p class="explain">{t('ui.budget.explain')}</p>
      <div class="inline">
        <SelectField
          label={t('ui.budget.scheme')}
          value={r.scheme ?? ''}
          empty={t('ui.budget.noScheme')}
          options={FUNDING_SCHEMES.map((s) => ({ value: s.id, label: tOr(lang, `scheme.${s.id}`, s.id) }))}
          onChange={(v) => edit((d) => updateSection(d, 'resources', { scheme: v || null, schemeActivity: null }))}
        />
        {scheme && (
          <SelectField
            label={t('ui.budget.activity')}
            value={r.schemeActivity ?? ''}
            empty={t('ui.choose')}
            options={scheme.activities.map((a) => ({ value: a.id, label: `${tOr(lang, `schemeActivity.${a.id}`, a.id)} (max. ${formatEuro(a.maxSubsidy, lang)})` }))}
            onChange={(v) => edit((d) => updateSection(d, 'resources', { schemeActivity: v || null }))}
          />
        )}
      </div>
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
                options={[{ value: 'subsidy', label: t('value.subsidy') }, ...agreement.partners.map((p) => ({ value: p.id, label: partnerLabel(agreement, p.id, lang) }))]}
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
          <dt>{t('resources.subsidyTotal')}</dt><dd>{formatEuro(check.subsidy, lang)} ({formatPercent(check.subsidyShare, lang)})</dd>
          <dt>{t('resources.coFinancing')}</dt><dd>{formatEuro(check.coFinancing, lang)} ({formatPercent(check.coFinancingShare, lang)})</dd>
        </dl>
        {ok && <p class="ok">{ok}</p>}
        {check.findings.map((f, i) => <p key={i} class="warning">{fundingFindingText(f, lang)}</p>)}
      </div>
    </div>
  );
}
