// Instemming: where the consent round on the proposed version stands, partner by partner
// (consented, with a remark, overwegend bezwaar with its reasons, waiting), what happens next
// after an objection, "vastgesteld op …" when every partner consented and "gewijzigd sinds
// versie N" once the draft changed after that. A partner's representative records their own
// consent here; the server stamps who and when, and refuses anyone else.
import { useId, useState } from 'preact/hooks';
import { CONSENT_KINDS, type ConsentKind, type ConsentRound, type MemberSummary, type VersionSummary } from '../../consent/contract.js';
import { partnerLabel, type Agreement } from '../../agreement/index.js';
import { useDraft, useUi } from '../context.js';
import { recordConsent } from './consent-api.js';
import { formatMoment } from './open-points.js';
import { agreedState, consentPartner, needsText, partnerRows, roundHeadline } from './round-state.js';
import { useAction } from './use-action.js';
import { apiTarget } from './use-consent.js';

const MAX_TEXT = 4000;

export function RoundPanel(props: { round: ConsentRound | null; versions: VersionSummary[]; me: MemberSummary | null; agreement: Agreement }) {
  const { t, lang } = useUi();
  const { round, agreement } = props;
  const head = roundHeadline(round);
  const agreed = agreedState(round, props.versions);
  const mine = consentPartner(round, props.me);
  return (
    <section aria-labelledby="round-h" class="round">
      <h3 id="round-h">{t('ui.consent.round.title')}</h3>
      {agreed && (
        <p class={agreed.changed ? 'warning' : 'ok'} data-testid="agreed-state">
          {t(agreed.changed ? 'ui.consent.round.changedSince' : 'ui.consent.round.agreed', { n: agreed.versionN, at: formatMoment(agreed.agreedAt, lang) })}
        </p>
      )}
      {head.kind === 'none' && <p class="empty">{t('ui.consent.round.none')}</p>}
      {head.kind === 'open' && <p data-testid="round-state">{t('ui.consent.round.open', { n: head.versionN, waiting: head.waiting })}</p>}
      {head.kind === 'objected' && (
        <div class="warning" data-testid="round-state">
          <p>{t('ui.consent.round.objected', { n: head.versionN })}</p>
          <p>{t('ui.consent.round.next')}</p>
        </div>
      )}
      {round && (
        <div class="table-wrap">
          <table data-testid="round-table">
            <caption class="visually-hidden">{t('ui.consent.round.tableCaption', { n: round.versionN })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.consent.round.partner')}</th>
                <th scope="col">{t('ui.consent.round.state')}</th>
                <th scope="col">{t('ui.consent.round.who')}</th>
              </tr>
            </thead>
            <tbody>
              {partnerRows(round).map((row) => (
                <tr key={row.partnerId} data-partner={row.partnerId} data-state={row.state}>
                  <th scope="row">{partnerLabel(agreement, row.partnerId, lang)}</th>
                  <td>
                    <span class={`consent-${row.state}`}>{t(`ui.consent.kind.${row.state}`)}</span>
                    {row.record?.text && <p class="consent-text">{row.record.text}</p>}
                  </td>
                  <td>{row.record ? t('ui.consent.round.byAt', { name: row.record.memberName, at: formatMoment(row.record.at, lang) }) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {round && mine && <ConsentForm partnerName={partnerLabel(agreement, mine, lang)} versionN={round.versionN} />}
      {round?.status === 'open' && props.me?.representative && !mine && <p class="hint">{t('ui.consent.round.notYours')}</p>}
    </section>
  );
}

function ConsentForm(props: { partnerName: string; versionN: number }) {
  const { t } = useUi();
  const { session } = useDraft();
  const id = useId();
  const [kind, setKind] = useState<ConsentKind>('consent');
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const action = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (needsText(kind) && !text.trim()) return setMissing(true);
    const done = await action.run(() => recordConsent(apiTarget(session), kind, needsText(kind) ? text.trim().slice(0, MAX_TEXT) : ''), t('ui.consent.form.recorded'));
    if (done) setText('');
  };
  return (
    <form class="card consent-form" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate data-testid="consent-form">
      <h4 id={`${id}-h`}>{t('ui.consent.form.title', { partner: props.partnerName, n: props.versionN })}</h4>
      <fieldset>
        <legend>{t('ui.consent.form.choose')}</legend>
        {CONSENT_KINDS.map((k) => (
          <div class="choice" key={k}>
            <input type="radio" id={`${id}-${k}`} name={`${id}-kind`} value={k} checked={kind === k} onChange={() => (setKind(k), setMissing(false))} />
            <label for={`${id}-${k}`}>{t(`ui.consent.form.${k}`)}</label>
          </div>
        ))}
      </fieldset>
      {needsText(kind) && (
        <div class="field">
          <label for={`${id}-text`}>{t(kind === 'objection' ? 'ui.consent.form.reasons' : 'ui.consent.form.remark')}</label>
          <textarea
            id={`${id}-text`}
            rows={3}
            maxLength={MAX_TEXT}
            value={text}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${id}-missing` : undefined}
            onInput={(e) => (setText(e.currentTarget.value), setMissing(false))}
            data-testid="consent-text"
          />
          {missing && <p class="field-message" id={`${id}-missing`}>{t(kind === 'objection' ? 'ui.consent.form.reasonsNeeded' : 'ui.consent.form.remarkNeeded')}</p>}
        </div>
      )}
      <button type="submit" disabled={action.busy} data-testid="consent-submit">{t('ui.consent.form.submit')}</button>
      {action.error && <p class="warning">{action.error}</p>}
    </form>
  );
}
