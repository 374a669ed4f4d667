// Spelregels: the rules of play the partners agree on, one line each; what the toolkits say
// about principles, and the pitfalls of over- and under-organisation.
import { addItem, removeItem, updateItem, type Agreement } from '../../agreement/index.js';
import { useEdit, useUi } from '../context.js';
import { ListAddButton } from '../fields/ListAddButton.js';
import { TextField } from '../fields/TextField.js';
import { ToolkitNote } from '../guide/ToolkitNote.js';
import { ORGANISATION } from '../../knowledge/index.js';

export function RulesPart({ agreement }: { agreement: Agreement }) {
  const { t } = useUi();
  const edit = useEdit();
  return (
    <div>
      <p class="explain">{t('ui.rules.explain')}</p>
      <p class="hint">{t('guide.rules.fromDiagnosis')}</p>
      <ToolkitNote ids={['principles']} pitfalls={ORGANISATION.pitfalls.filter((p) => p.id !== 'organisation.open-figure-eight')} />
      {agreement.rules.length === 0 && <p class="empty">{t('ui.rules.none')}</p>}
      <ol class="plain">
        {agreement.rules.map((r, i) => (
          <li key={r.id} class="row">
            <TextField multiline rows={2} label={t('ui.rules.rule', { n: i + 1 })} text={{ list: 'rules', id: r.id, field: 'text' }} />
            <button type="button" class="quiet" onClick={() => edit((d) => removeItem(d, 'rules', r.id))}>
              {t('ui.remove')}<span class="visually-hidden"> {t('ui.rules.rule', { n: i + 1 })}</span>
            </button>
          </li>
        ))}
      </ol>
      <ListAddButton list="rules" count={agreement.rules.length} onAdd={() => edit((d) => addItem(d, 'rules', {}))}>
        {t('ui.rules.add')}
      </ListAddButton>
    </div>
  );
}
