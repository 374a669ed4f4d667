// Belangen per partner on three levels. Collective and organisational interests are shared;
// personal interests live in the private doc and stay on this device, unless the person
// consciously shares one (copied to the shared interests after a confirmation). A marked
// interest shows its quoted source and the note typed when marking, each in its own place.
import {
  addItem,
  addPrivate,
  partnerLabel,
  removeItem,
  removePrivate,
  SHARED_INTEREST_LEVELS,
  sharePersonalInterest,
  type Agreement,
  type Partner,
} from '../../agreement/index.js';
import { localize } from '../../i18n/index.js';
import { INTEREST_LEVELS, INTERESTS } from '../../knowledge/index.js';
import { NotifyContext, useDraft, useEdit, useUi } from '../context.js';
import { ConfirmButton } from '../fields/ConfirmButton.js';
import { useContext } from 'preact/hooks';
import { Explain } from '../fields/Explain.js';
import { ListAddButton } from '../fields/ListAddButton.js';
import { TextField } from '../fields/TextField.js';
import { usePrivate } from '../use-doc.js';
import { AnnotationSources } from '../annotations/AnnotationSources.js';

export function InterestsPart({ agreement }: { agreement: Agreement }) {
  const { t } = useUi();
  return (
    <div>
      <Explain summary={INTERESTS.summary} more={INTERESTS.tips} />
      {agreement.partners.length === 0 && <p class="empty">{t('ui.interests.noPartners')}</p>}
      {agreement.partners.map((p) => (
        <PartnerInterests key={p.id} partner={p} agreement={agreement} />
      ))}
    </div>
  );
}

function PartnerInterests({ partner, agreement }: { partner: Partner; agreement: Agreement }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const notify = useContext(NotifyContext);
  const { session } = useDraft();
  const priv = usePrivate(session.privateDoc);
  const name = partnerLabel(agreement, partner.id, lang);
  const personal = priv.personalInterests.filter((x) => x.partnerId === partner.id);
  const levelInfo = (id: string) => INTEREST_LEVELS.find((l) => l.id === id);
  return (
    <section class="card" aria-label={t('ui.interests.of', { partner: name })}>
      <h3>{t('ui.interests.of', { partner: name })}</h3>
      {SHARED_INTEREST_LEVELS.map((level) => {
        const items = agreement.interests.filter((x) => x.partnerId === partner.id && x.level === level);
        const info = levelInfo(level === 'organisational' ? 'organisation' : level);
        return (
          <div key={level} class="group">
            <h4>{t(`level.${level}`)}</h4>
            {info && <p class="hint">{localize(info.explanation, lang)}</p>}
            <ul class="plain">
              {items.map((x, j) => (
                <li key={x.id} class="row">
                  <TextField
                    multiline
                    rows={2}
                    label={t('ui.interests.text', { level: t(`level.${level}`), n: j + 1, partner: name })}
                    hideLabel
                    text={{ list: 'interests', id: x.id, field: 'text' }}
                  />
                  {(x.source || x.note) && (
                    <TextField
                      label={t('ui.interests.note', { level: t(`level.${level}`), n: j + 1, partner: name })}
                      text={{ list: 'interests', id: x.id, field: 'note' }}
                    />
                  )}
                  {x.source && (
                    <p class="hint">
                      {t('ui.interests.source')} <a href={x.source.url} target="_blank" rel="noopener noreferrer">{x.source.title || x.source.url}</a>
                      {x.source.quote && <q class="source-quote">{x.source.quote.slice(0, 300)}</q>}
                    </p>
                  )}
                  <button type="button" class="quiet" onClick={() => edit((d) => removeItem(d, 'interests', x.id))}>
                    {t('ui.remove')}
                    <span class="visually-hidden"> {t('ui.interests.text', { level: t(`level.${level}`), n: j + 1, partner: name })}</span>
                  </button>
                </li>
              ))}
            </ul>
            <ListAddButton list="interests" count={agreement.interests.length} onAdd={() => edit((d) => addItem(d, 'interests', { partnerId: partner.id, level }))}>
              {t('ui.interests.add', { level: t(`level.${level}`) })}
              <span class="visually-hidden"> ({name})</span>
            </ListAddButton>
          </div>
        );
      })}
      <AnnotationSources partnerId={partner.id} partnerName={name} />
      <div class="group private">
        <h4>
          {t('level.personal')} <span class="badge">{t('ui.interests.localOnly')}</span>
        </h4>
        <p class="hint">{t('ui.interests.personalHint')}</p>
        <ul class="plain">
          {personal.map((x, j) => (
            <li key={x.id} class="row">
              <TextField label={t('ui.interests.person', { n: j + 1, partner: name })} text={{ privateList: 'personalInterests', id: x.id, field: 'person' }} />
              <TextField multiline rows={2} label={t('ui.interests.personal', { n: j + 1, partner: name })} text={{ privateList: 'personalInterests', id: x.id, field: 'text' }} />
              {x.sharedAs ? (
                <span class="badge" data-testid="personal-shared">{t('ui.interests.shared')}</span>
              ) : (
                x.text.trim() && (
                  <ConfirmButton
                    class="quiet"
                    question={t('ui.interests.shareQuestion', { partner: name })}
                    confirm={<>{t('ui.interests.shareConfirm')}<span class="visually-hidden"> {t('ui.interests.personal', { n: j + 1, partner: name })}</span></>}
                    onConfirm={async () => {
                      const person = x.person.trim();
                      const note = person ? t('ui.interests.sharedNote', { person }) : t('ui.interests.sharedNoteAnonymous');
                      edit((doc) => {
                        sharePersonalInterest({ doc, privateDoc: session.privateDoc }, x.id, note);
                        notify(t('ui.interests.sharedDone', { partner: name }));
                      });
                    }}
                  >
                    {t('ui.interests.share')}
                    <span class="visually-hidden"> {t('ui.interests.personal', { n: j + 1, partner: name })}</span>
                  </ConfirmButton>
                )
              )}
              <button type="button" class="quiet" onClick={() => removePrivate(session.privateDoc, 'personalInterests', x.id)}>
                {t('ui.remove')}
                <span class="visually-hidden"> {t('ui.interests.personal', { n: j + 1, partner: name })}</span>
              </button>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => addPrivate(session.privateDoc, 'personalInterests', { partnerId: partner.id })}>
          {t('ui.interests.addPersonal')}
          <span class="visually-hidden"> ({name})</span>
        </button>
      </div>
    </section>
  );
}
