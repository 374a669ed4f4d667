// On the start screen: how to get started (halen en brengen, begin klein, organiseer je
// support) and why collaborate, with the programmes and cases the source names, each behind
// a disclosure; and the method's credit line.
import { localize } from '../../i18n/index.js';
import { GETTING_STARTED, REASON_GROUPS } from '../../knowledge/index.js';
import { useUi } from '../context.js';
import { Credit } from './Credit.js';

export function MethodIntro() {
  const { t, lang } = useUi();
  return (
    <section class="card method-intro" aria-labelledby="method-h" data-testid="method-intro">
      <h3 id="method-h">{t('guide.intro.title')}</h3>
      <p class="explain">{t('guide.intro.text')}</p>
      <h4>{t('guide.intro.gettingStarted')}</h4>
      {GETTING_STARTED.map((s) => (
        <details key={s.id} class="method-item" data-step={s.id}>
          <summary>
            {s.number}. {localize(s.title, lang)}
          </summary>
          <p>{localize(s.description, lang)}</p>
          <ul>
            {s.actions.map((a, i) => (
              <li key={i}>{localize(a, lang)}</li>
            ))}
          </ul>
        </details>
      ))}
      <h4>{t('guide.intro.why')}</h4>
      {REASON_GROUPS.map((g) => (
        <details key={g.id} class="method-item" data-group={g.id}>
          <summary>{localize(g.title, lang)}</summary>
          <p>{localize(g.intro, lang)}</p>
          <dl>
            {g.reasons.map((r) => (
              <div key={r.id} data-reason={r.id}>
                <dt>{localize(r.title, lang)}</dt>
                <dd>
                  {localize(r.description, lang)}
                  {r.examples.length > 0 && (
                    <>
                      {' '}
                      <span class="examples">
                        {t('guide.intro.examples')}: {r.examples.map((e) => localize(e, lang)).join('; ')}
                      </span>
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </details>
      ))}
      <Credit />
    </section>
  );
}
