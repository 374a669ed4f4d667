// Het achtje rond organiseren: per partner who talks at director and at professional level
// and how they keep each other informed; plus the general communication agreements, and what
// the toolkits say about communication.
import { partnerLabel, type Agreement } from '../../agreement/index.js';
import { FIGURE_EIGHT, ORGANISATION } from '../../knowledge/index.js';
import { useUi } from '../context.js';
import { Explain } from '../fields/Explain.js';
import { TextField } from '../fields/TextField.js';
import { ToolkitNote } from '../guide/ToolkitNote.js';

export function AchtjePart({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useUi();
  return (
    <div>
      <Explain summary={FIGURE_EIGHT.summary} more={[FIGURE_EIGHT.topDown, FIGURE_EIGHT.bottomUp, ...FIGURE_EIGHT.whenMissing]} pitfalls={ORGANISATION.pitfalls.filter((p) => p.id === 'organisation.open-figure-eight')} />
      <ToolkitNote ids={['communication']} />
      <TextField multiline label={t('ui.achtje.communication')} text={{ section: 'communication', field: 'agreements' }} />
      {agreement.partners.length === 0 && <p class="empty">{t('ui.interests.noPartners')}</p>}
      <ul class="cards">
        {agreement.partners.map((p) => {
          const name = partnerLabel(agreement, p.id, lang);
          return (
            <li key={p.id} class="card">
              <h3>{name}</h3>
              <TextField label={t('ui.achtje.director', { partner: name })} text={{ list: 'partners', id: p.id, field: 'directorContact' }} />
              <TextField label={t('ui.achtje.professional', { partner: name })} text={{ list: 'partners', id: p.id, field: 'professionalContact' }} />
              <TextField multiline rows={2} label={t('ui.achtje.alignment', { partner: name })} text={{ list: 'partners', id: p.id, field: 'alignment' }} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
