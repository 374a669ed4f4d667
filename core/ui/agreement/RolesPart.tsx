// Rollen: activities × partners as a RACI grid. Each activity needs exactly one
// Accountable; the grid says so when there is none or more than one.
import { activityLabel, addItem, partnerLabel, RACI_ROLES, raciProblem, raciProblemText, removeItem, setRole, type Agreement, type RaciRole } from '../../agreement/index.js';
import { own } from '../../base/records.js';
import { ORGANISATION, RACI_ROLES as RACI_INFO, RACI_RULE } from '../../knowledge/index.js';
import { useEdit, useUi } from '../context.js';
import { Explain } from '../fields/Explain.js';
import { ListAddButton } from '../fields/ListAddButton.js';
import { TextField } from '../fields/TextField.js';

export function RolesPart({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  return (
    <div>
      <Explain summary={ORGANISATION.summary} more={[RACI_RULE, ...RACI_INFO.map((r) => ({ nl: `${r.letter}: ${r.description.nl}`, en: `${r.letter}: ${r.description.en}` }))]} />
      <p class="hint">{t('raci.legend')}</p>
      {agreement.activities.length === 0 && <p class="empty">{t('ui.roles.none')}</p>}
      {agreement.activities.length > 0 && agreement.partners.length > 0 && (
        <div class="table-wrap">
          <table class="raci">
            <caption class="visually-hidden">{t('ui.roles.grid')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.activity')}</th>
                {agreement.partners.map((p) => (
                  <th scope="col" key={p.id}>{partnerLabel(agreement, p.id, lang)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {agreement.activities.map((a) => {
                const name = activityLabel(agreement, a, lang);
                const problem = raciProblem(a);
                return (
                  <tr key={a.id}>
                    <th scope="row">
                      {name}
                      {problem && <span class="warning small">{raciProblemText(problem, name, lang)}</span>}
                    </th>
                    {agreement.partners.map((p) => (
                      <td key={p.id}>
                        <select
                          aria-label={t('ui.roles.cell', { partner: partnerLabel(agreement, p.id, lang), activity: name })}
                          value={own(a.roles, p.id) ?? ''}
                          onChange={(e) => {
                            const v = (e.currentTarget as HTMLSelectElement).value as RaciRole | '';
                            edit((d) => setRole(d, a.id, p.id, v === '' ? null : v));
                          }}
                        >
                          <option value="">–</option>
                          {RACI_ROLES.map((r) => (
                            <option key={r} value={r}>{t(`raci.${r}`)}</option>
                          ))}
                        </select>
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {agreement.activities.length > 0 && agreement.partners.length === 0 && <p class="empty">{t('ui.roles.noPartners')}</p>}
      <h3>{t('ui.roles.activities')}</h3>
      <ol class="cards">
        {agreement.activities.map((a, ai) => (
          <li key={a.id} class="card">
            <TextField label={t('ui.roles.name', { n: ai + 1 })} text={{ list: 'activities', id: a.id, field: 'name' }} />
            <TextField multiline rows={2} label={t('ui.roles.description', { n: ai + 1 })} text={{ list: 'activities', id: a.id, field: 'description' }} />
            <button type="button" class="quiet" onClick={() => edit((d) => removeItem(d, 'activities', a.id))}>
              {t('ui.remove')}<span class="visually-hidden"> {activityLabel(agreement, a, lang)}</span>
            </button>
          </li>
        ))}
      </ol>
      <ListAddButton list="activities" count={agreement.activities.length} onAdd={() => edit((d) => addItem(d, 'activities', {}))}>
        {t('ui.roles.add')}
      </ListAddButton>
    </div>
  );
}
