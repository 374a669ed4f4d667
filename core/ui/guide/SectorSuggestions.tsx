// The sector's own examples as suggestions: the provincial support organisations to add as a
// partner, and the programmes (BoekStart, de Bibliotheek op school, …) to add as a shared
// activity. Plain lists of buttons, so keyboard and screen readers reach every suggestion;
// a suggestion already taken says so instead of offering itself twice. A province without a
// support organisation (Flevoland) gets a note saying who does that work there.
import { addItem, type Agreement } from '../../agreement/index.js';
import { localize, type Translate } from '../../i18n/index.js';
import { PROVINCES_WITHOUT_SUPPORT, SECTOR_PROGRAMMES, SUPPORT_ORGANISATIONS, type SupportOrganisation } from '../../knowledge/index.js';
import { useEdit, useNotify, useUi } from '../context.js';

/** What the organisation's name stands for, its former names and its provinces: "(Bibliotheek Service Centrum Utrecht; Utrecht)". */
export function supportDetails(o: SupportOrganisation, t: Translate): string {
  return [o.fullName, o.formerNames?.length ? t('guide.suggest.formerly', { names: o.formerNames.join(', ') }) : '', o.provinces.join(', ')].filter(Boolean).join('; ');
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

export function PartnerSuggestions({ agreement, open }: { agreement: Agreement; open?: boolean }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const notify = useNotify();
  return (
    <details class="suggestions" open={open} data-testid="partner-suggestions">
      <summary>{t('guide.suggest.supportTitle')}</summary>
      <p class="hint">{t('guide.suggest.supportHint')}</p>
      <ul class="plain">
        {SUPPORT_ORGANISATIONS.map((o) => {
          const taken = agreement.partners.some((p) => same(p.name, o.name));
          return (
            <li key={o.id} class="suggestion">
              <span>
                <strong>{o.name}</strong> <span class="hint">({supportDetails(o, t)})</span>
              </span>{' '}
              {taken ? (
                <span class="hint">{t('guide.suggest.alreadyPartner')}</span>
              ) : (
                <button
                  type="button"
                  class="quiet"
                  onClick={() => {
                    edit((d) => addItem(d, 'partners', { name: o.name, kind: 'support-organisation' }));
                    notify(t('guide.suggest.partnerAdded', { name: o.name }));
                  }}
                >
                  {t('guide.suggest.addPartner')}
                  <span class="visually-hidden"> {o.name}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {PROVINCES_WITHOUT_SUPPORT.map((p) => (
        <p key={p.province} class="hint" data-testid={`no-support-${p.province}`}>
          {localize(p.note, lang)}
        </p>
      ))}
    </details>
  );
}

export function ProgrammeSuggestions({ agreement, open }: { agreement: Agreement; open?: boolean }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const notify = useNotify();
  return (
    <details class="suggestions" open={open} data-testid="programme-suggestions">
      <summary>{t('guide.suggest.programmesTitle')}</summary>
      <p class="hint">{t('guide.suggest.programmesHint')}</p>
      <ul class="plain">
        {SECTOR_PROGRAMMES.map((p) => {
          const taken = agreement.activities.some((a) => same(a.name, p.name));
          return (
            <li key={p.id} class="suggestion">
              <p>
                <strong>{p.name}</strong>: {localize(p.description, lang)}
              </p>
              <p class="hint">{t('guide.suggest.programmePartners', { partners: localize(p.partners, lang) })}</p>
              {taken ? (
                <p class="hint">{t('guide.suggest.alreadyActivity')}</p>
              ) : (
                <button
                  type="button"
                  class="quiet"
                  onClick={() => {
                    edit((d) => addItem(d, 'activities', { name: p.name, description: localize(p.description, lang) }));
                    notify(t('guide.suggest.activityAdded', { name: p.name }));
                  }}
                >
                  {t('guide.suggest.addActivity')}
                  <span class="visually-hidden"> {p.name}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
