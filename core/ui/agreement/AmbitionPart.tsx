// Gezamenlijke ambitie: the statement, belofte/commitment/doen, each partner's scores and
// the product A = B × C × D, with a zero factor called out; the condition's explanation and
// pitfalls (schijnsamenwerking) behind "Meer uitleg".
import { AMBITION_FACTORS as FACTORS, partnerLabel, SCORE_MAX, setScore, type Agreement, type AmbitionFactor } from '../../agreement/index.js';
import { ambitionScore } from '../../health/index.js';
import { formatNumber, localize } from '../../i18n/index.js';
import { AMBITION, AMBITION_FACTORS, AMBITION_FORMULA } from '../../knowledge/index.js';
import { useEdit, useUi } from '../context.js';
import { Explain } from '../fields/Explain.js';
import { TextField } from '../fields/TextField.js';

const SCORES = Array.from({ length: SCORE_MAX + 1 }, (_, i) => String(i));

export function AmbitionPart({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const score = ambitionScore(agreement);
  const a = agreement.ambition;
  const factorLabel = (f: AmbitionFactor) => `${f} · ${localize(AMBITION_FACTORS.find((x) => x.letter === f)!.label, lang)}`;
  return (
    <div>
      <Explain summary={AMBITION.summary} more={AMBITION.tips} condition={AMBITION} />
      <TextField multiline rows={3} label={t('ui.ambition.statement')} text={{ section: 'ambition', field: 'statement' }} />
      <p class="formula">
        <strong>{AMBITION_FORMULA.expression}</strong> — {localize(AMBITION_FORMULA.spelledOut, lang)}
      </p>
      <TextField multiline label={t('ui.ambition.promise')} hint={localize(AMBITION_FACTORS[0]!.explanation, lang)} text={{ section: 'ambition', field: 'promise' }} />
      <TextField multiline label={t('ui.ambition.commitment')} hint={localize(AMBITION_FACTORS[1]!.explanation, lang)} text={{ section: 'ambition', field: 'commitment' }} />
      <TextField multiline label={t('ui.ambition.doing')} hint={localize(AMBITION_FACTORS[2]!.explanation, lang)} text={{ section: 'ambition', field: 'doing' }} />
      <h3>{t('ui.ambition.scores')}</h3>
      <p class="hint">{localize(AMBITION_FORMULA.explanation, lang)}</p>
      {agreement.partners.length === 0 ? (
        <p class="empty">{t('ui.ambition.noPartners')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t('ui.ambition.scores')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.partner')}</th>
                {FACTORS.map((f) => (
                  <th scope="col" key={f}>{factorLabel(f)}</th>
                ))}
                <th scope="col">{t('ui.ambition.product')}</th>
              </tr>
            </thead>
            <tbody>
              {score.partners.map((p) => {
                const name = partnerLabel(agreement, p.partnerId, lang);
                return (
                  <tr key={p.partnerId}>
                    <th scope="row">{name}</th>
                    {FACTORS.map((f) => (
                      <td key={f}>
                        <select
                          aria-label={t('ui.ambition.scoreFor', { partner: name, factor: factorLabel(f) })}
                          value={p.scores[f] === null ? '' : String(p.scores[f])}
                          onChange={(e) => {
                            const v = (e.currentTarget as HTMLSelectElement).value;
                            edit((d) => setScore(d, p.partnerId, f, v === '' ? null : Number(v)));
                          }}
                        >
                          <option value="">–</option>
                          {SCORES.map((s) => (
                            <option key={s} value={s}>{s}</option>
                          ))}
                        </select>
                      </td>
                    ))}
                    <td class={p.zeroFactors.length ? 'warn' : undefined}>{p.product === null ? '–' : p.product}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div class="summary" aria-live="polite">
        {score.product !== null && (
          <p>
            {t('ambition.overall', {
              b: formatNumber(score.average.B ?? 0, lang),
              c: formatNumber(score.average.C ?? 0, lang),
              d: formatNumber(score.average.D ?? 0, lang),
              a: formatNumber(score.product, lang),
            })}
          </p>
        )}
        {score.zeroFactors.map((z) => (
          <p key={z.partnerId + z.factor} class="warning">
            {t('ambition.zero', { partner: partnerLabel(agreement, z.partnerId, lang), factor: factorLabel(z.factor) })}
          </p>
        ))}
      </div>
    </div>
  );
}
