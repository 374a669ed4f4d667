// Besluitvorming: a decision rule chosen from explained presets, its scope, escalation and
// the decision log; with DACI, each decision's Driver, Approver, Contributors and Informed
// per partner, with the name of the person who takes the role if the partners want it, and a
// warning unless there is exactly one Driver and one Approver.
import {
  addItem,
  DACI_LETTERS,
  partnerLabel,
  removeItem,
  updateItem,
  updateSection,
  validateAgreement,
  type Agreement,
  type DaciLetter,
  type DecisionLogEntry,
  type DecisionRuleId,
} from '../../agreement/index.js';
import { own } from '../../base/records.js';
import { localize } from '../../i18n/index.js';
import { DECISION_RULES } from '../../knowledge/index.js';
import { useEdit, useUi } from '../context.js';
import { ListAddButton } from '../fields/ListAddButton.js';
import { DateField } from '../fields/ParsedField.js';
import { TextField } from '../fields/TextField.js';
import { todayIso } from '../../base/today.js';

export function DecisionsPart({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const d = agreement.decisions;
  const daci = d.rule === 'daci';
  const findings = daci ? validateAgreement(agreement, lang).filter((f) => f.path.startsWith('decisionLog[')) : [];
  return (
    <div>
      <fieldset class="choices">
        <legend>{t('ui.decisions.rule')}</legend>
        {DECISION_RULES.map((rule) => (
          <div key={rule.id} class="choice">
            <input
              type="radio"
              name="decision-rule"
              id={`rule-${rule.id}`}
              checked={d.rule === rule.id}
              onChange={() => edit((doc) => updateSection(doc, 'decisions', { rule: rule.id as DecisionRuleId }))}
            />
            <label for={`rule-${rule.id}`}>
              <strong>{localize(rule.name, lang)}</strong> — {localize(rule.summary, lang)}
            </label>
            <details>
              <summary>{t('ui.decisions.how', { rule: localize(rule.name, lang) })}</summary>
              <ol>{rule.steps.map((s, i) => <li key={i}>{localize(s, lang)}</li>)}</ol>
              <p><strong>{t('ui.decisions.whenToUse')}</strong></p>
              <ul>{rule.whenToUse.map((s, i) => <li key={i}>{localize(s, lang)}</li>)}</ul>
              <p><strong>{t('ui.decisions.watchFor')}</strong></p>
              <ul>{rule.watchFor.map((s, i) => <li key={i}>{localize(s, lang)}</li>)}</ul>
            </details>
          </div>
        ))}
      </fieldset>
      <TextField multiline label={t('ui.decisions.scope')} text={{ section: 'decisions', field: 'scope' }} />
      <TextField multiline label={t('ui.decisions.escalation')} hint={t('ui.decisions.escalationHint')} text={{ section: 'decisions', field: 'escalation' }} />
      <h3>{t('decisions.log')}</h3>
      {daci && <p class="hint">{t('daci.legend')}</p>}
      {d.log.length === 0 && <p class="empty">{t('ui.decisions.noLog')}</p>}
      <ol class="cards">
        {d.log.map((entry, i) => (
          <li key={entry.id} class="card">
            <DateField label={t('ui.decisions.date', { n: i + 1 })} value={entry.date} onCommit={(date) => edit((doc) => updateItem(doc, 'decisionLog', entry.id, { date }))} />
            <TextField multiline rows={2} label={t('ui.decisions.decision', { n: i + 1 })} text={{ list: 'decisionLog', id: entry.id, field: 'decision' }} />
            <TextField multiline rows={2} label={t('ui.decisions.rationale', { n: i + 1 })} text={{ list: 'decisionLog', id: entry.id, field: 'rationale' }} />
            {daci && <DaciRoles agreement={agreement} entry={entry} n={i + 1} problems={findings.filter((f) => f.path === `decisionLog[${i}].daci`).map((f) => f.message)} />}
            <button type="button" class="quiet" onClick={() => edit((doc) => removeItem(doc, 'decisionLog', entry.id))}>
              {t('ui.remove')}<span class="visually-hidden"> {t('ui.decisions.decision', { n: i + 1 })}</span>
            </button>
          </li>
        ))}
      </ol>
      <ListAddButton list="decisionLog" count={agreement.decisions.log.length} onAdd={() => edit((doc) => addItem(doc, 'decisionLog', { date: todayIso() }))}>
        {t('ui.decisions.addLog')}
      </ListAddButton>
    </div>
  );
}

/** One decision's DACI roles: a role per partner, and what is still wrong with them. */
function DaciRoles({ agreement, entry, n, problems }: { agreement: Agreement; entry: DecisionLogEntry; n: number; problems: string[] }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const warningId = `daci-problems-${entry.id}`;
  return (
    <fieldset class="daci" data-testid="daci-roles" aria-describedby={problems.length > 0 ? warningId : undefined}>
      <legend>{t('ui.decisions.daci', { n })}</legend>
      {agreement.partners.length === 0 && <p class="empty">{t('ui.decisions.daciNoPartners')}</p>}
      {agreement.partners.map((p) => {
        const id = `daci-${entry.id}-${p.id}`;
        return (
          <div key={p.id} class="daci-role">
            <label for={id}>{partnerLabel(agreement, p.id, lang)}</label>
            <select
              id={id}
              aria-label={t('ui.decisions.daciCell', { partner: partnerLabel(agreement, p.id, lang), n })}
              value={own(entry.daci, p.id) ?? ''}
              onChange={(e) => {
                const v = (e.currentTarget as HTMLSelectElement).value as DaciLetter | '';
                edit((doc) => updateItem(doc, 'decisionLog', entry.id, { daci: { [p.id]: v === '' ? null : v } }));
              }}
            >
              <option value="">–</option>
              {DACI_LETTERS.map((r) => (
                <option key={r} value={r}>{t(`daci.${r}`)}</option>
              ))}
            </select>
            <TextField
              label={t('ui.decisions.daciPerson', { partner: partnerLabel(agreement, p.id, lang) })}
              value={own(entry.daciPeople, p.id) ?? ''}
              lazy
              onChange={(name) => edit((doc) => updateItem(doc, 'decisionLog', entry.id, { daciPeople: { [p.id]: name.trim() || null } }))}
            />
          </div>
        );
      })}
      {problems.length > 0 && agreement.partners.length > 0 && (
        <ul id={warningId} class="warning plain" data-testid="daci-problems">
          {problems.map((m) => <li key={m}>{m}</li>)}
        </ul>
      )}
    </fieldset>
  );
}
