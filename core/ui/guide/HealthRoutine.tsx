// The health-check routine of the method (core/knowledge/health-check.ts): the informal check
// and the reflection workshop with how often each comes, the ground rules and the questions
// of a periodic reflection.
import { localize } from '../../i18n/index.js';
import { HEALTH_CHECK_ROUTINE } from '../../knowledge/index.js';
import { useUi } from '../context.js';

export function HealthRoutine() {
  const { t, lang } = useUi();
  const r = HEALTH_CHECK_ROUTINE;
  return (
    <div class="health-routine" data-testid="health-routine">
      <h3 class="small-heading">{t('guide.routine.title')}</h3>
      <ul>
        {r.moments.map((m) => (
          <li key={m.id}>
            <strong>{localize(m.title, lang)}</strong>{' '}
            ({m.everyMonths.min === m.everyMonths.max
              ? t('guide.routine.every', { n: m.everyMonths.min })
              : t('guide.routine.everyRange', { min: m.everyMonths.min, max: m.everyMonths.max })}
            ): {localize(m.description, lang)}
          </li>
        ))}
      </ul>
      <p><strong>{t('guide.routine.rules')}</strong></p>
      <ul>
        {r.rules.map((rule, i) => (
          <li key={i}>{localize(rule, lang)}</li>
        ))}
      </ul>
      <p><strong>{t('guide.routine.questions')}</strong></p>
      <ul>
        {r.reflectionQuestions.map((q) => (
          <li key={q.id}>{localize(q.text, lang)}</li>
        ))}
      </ul>
    </div>
  );
}
