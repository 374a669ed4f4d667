// Partners: who takes part, their representative and mandate, and halen en brengen
// (what each partner wants to get and what it brings), with the provincial support
// organisations as suggestions and what the toolkits say belongs in this part.
import { addItem, PARTNER_KINDS, partnerLabel, removePartner, updateItem, type Agreement } from '../../agreement/index.js';
import { GETTING_STARTED } from '../../knowledge/index.js';
import { useEdit, useUi } from '../context.js';
import { Explain } from '../fields/Explain.js';
import { ListAddButton } from '../fields/ListAddButton.js';
import { PartnerSuggestions } from '../guide/SectorSuggestions.js';
import { ToolkitNote } from '../guide/ToolkitNote.js';
import { SelectField, TextField } from '../fields/TextField.js';

export function PartnersPart({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const start = GETTING_STARTED[0];
  return (
    <div>
      {start && <Explain summary={start.description} more={start.actions} />}
      <ToolkitNote ids={['parties']} />
      {agreement.partners.length === 0 && <p class="empty">{t('ui.partners.none')}</p>}
      <ol class="cards">
        {agreement.partners.map((p) => (
          <li key={p.id} class="card">
            <h3>{partnerLabel(agreement, p.id, lang)}</h3>
            <TextField label={t('ui.partners.name')} text={{ list: 'partners', id: p.id, field: 'name' }} />
            <SelectField
              label={t('ui.partners.kind')}
              value={p.kind}
              options={PARTNER_KINDS.map((k) => ({ value: k, label: t(`partnerKind.${k}`) }))}
              onChange={(kind) => kind && edit((d) => updateItem(d, 'partners', p.id, { kind }))}
            />
            <TextField label={t('ui.partners.representative')} text={{ list: 'partners', id: p.id, field: 'representative' }} />
            <TextField label={t('ui.partners.mandate')} text={{ list: 'partners', id: p.id, field: 'mandate' }} />
            <TextField multiline label={t('ui.partners.gets')} hint={t('ui.partners.getsHint')} text={{ list: 'partners', id: p.id, field: 'gets' }} />
            <TextField multiline label={t('ui.partners.brings')} hint={t('ui.partners.bringsHint')} text={{ list: 'partners', id: p.id, field: 'brings' }} />
            <button type="button" class="quiet" onClick={() => edit((d) => removePartner(d, p.id))}>
              {t('ui.partners.remove', { name: partnerLabel(agreement, p.id, lang) })}
            </button>
          </li>
        ))}
      </ol>
      <ListAddButton list="partners" count={agreement.partners.length} onAdd={() => edit((d) => addItem(d, 'partners', { kind: agreement.partners.length === 0 ? 'library' : 'other' }))}>
        {t('ui.partners.add')}
      </ListAddButton>
      <PartnerSuggestions agreement={agreement} />
    </div>
  );
}
