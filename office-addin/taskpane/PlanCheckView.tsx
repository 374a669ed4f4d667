// Plancheck results: the five conditions (covered, partly, missing) and every section —
// in the plan (click to jump there) or missing, with the question that would fill it.
import { t as translate, type Lang, type Translate } from '../../core/i18n/index.js';
import type { SectionId } from '../../core/render/blocks.js';
import type { GoToTarget, PlanCoverage } from '../plan-check.js';
import { sectionLabel } from '../word-host.js';

export interface PlanCheckViewProps {
  coverage: PlanCoverage;
  lang: Lang;
  t: Translate;
  onGoTo: (target: GoToTarget) => void;
  onInsert: (id: SectionId) => void;
}

export function PlanCheckView({ coverage, lang, t, onGoTo, onInsert }: PlanCheckViewProps) {
  return (
    <section aria-labelledby="plancheck-title" class="word-plancheck">
      <h2 id="plancheck-title">{t('word.check.title')}</h2>
      <p>{t('word.check.intro')}</p>
      <h3>{t('word.check.conditions')}</h3>
      <ul>
        {coverage.conditions.map((c) => (
          <li key={c.conditionId} data-status={c.status}>
            {t('word.check.conditionLine', {
              condition: translate(lang, `condition.${c.conditionId}`),
              status: t(`word.check.status.${c.status}`),
              covered: c.covered,
              total: c.sections.length,
            })}
          </li>
        ))}
      </ul>
      <h3>{t('word.check.sections')}</h3>
      <ul>
        {coverage.sections.map((s) => {
          const name = sectionLabel(lang, s.sectionId);
          return (
            <li key={s.sectionId} data-covered={String(s.covered)}>
              {s.covered && s.target ? (
                <button type="button" class="link" onClick={() => onGoTo(s.target!)} aria-label={t('word.check.goTo', { section: name })}>
                  {name}
                </button>
              ) : (
                <strong>{name}</strong>
              )}{' '}
              {s.covered ? t('word.check.inPlan') : t('word.check.notInPlan')}
              {!s.covered &&
                (s.questions.length ? (
                  <p class="hint">
                    {t('word.check.question')} {t(s.questions[0]!)}
                  </p>
                ) : (
                  <p class="hint">
                    {t('word.check.readyToInsert')}{' '}
                    <button type="button" onClick={() => onInsert(s.sectionId)}>
                      {t('word.action.insertSection', { section: name })}
                    </button>
                  </p>
                ))}
            </li>
          );
        })}
      </ul>
      {coverage.otherDrafts > 0 && <p class="hint">{t('word.check.otherDrafts', { count: coverage.otherDrafts })}</p>}
    </section>
  );
}
