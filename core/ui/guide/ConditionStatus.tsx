// One condition's state in the overview and the guide: what is filled, and what is still open
// with the question that would fill it and a button to the part where it is filled (focus
// follows to that part's heading).
import { tOr } from '../../i18n/index.js';
import type { CompletenessItem } from '../../health/index.js';
import { useUi } from '../context.js';
import type { PartId } from '../agreement/AgreementScreen.js';
import { PART_OF_SECTION, type ConditionOverview } from './guide-steps.js';

/**
 * Opens a part of the agreement and puts focus on its heading once it is shown, so keyboard
 * and screen reader users land where the button led (the button itself is gone by then).
 */
export const openPart = (onPart: (part: PartId) => void) => (part: PartId) => {
  onPart(part);
  setTimeout(() => document.getElementById('part-title')?.focus());
};

/** The catalogue key of a completeness check's short name, e.g. "De belofte (B)". */
export const checkKey = (id: string) => `guide.check.${id}`;

export function ConditionStatus(props: { overview: ConditionOverview; onPart: (part: PartId) => void; headingId?: string }) {
  const { t, lang } = useUi();
  const o = props.overview;
  const toPart = openPart(props.onPart);
  const name = (i: CompletenessItem) => tOr(lang, checkKey(i.id), t(i.question));
  return (
    <div class="condition-status" data-condition={o.conditionId}>
      {o.filled.length > 0 && (
        <>
          <p class="status-label">{t('guide.overview.filled')}</p>
          <ul class="plain filled">
            {o.filled.map((i) => (
              <li key={i.id} data-check={i.id}>
                <span aria-hidden="true">✓ </span>
                {name(i)}
              </li>
            ))}
          </ul>
        </>
      )}
      {o.open.length > 0 ? (
        <>
          <p class="status-label">{t('guide.overview.open')}</p>
          <ul class="plain open">
            {o.open.map((i) => (
              <li key={i.id} data-check={i.id}>
                <span class="open-name">{name(i)}</span>: {t(i.question)}{' '}
                <button type="button" class="link-button" onClick={() => toPart(PART_OF_SECTION[i.sectionId])}>
                  {t('guide.overview.fill', { part: t(`ui.part.${PART_OF_SECTION[i.sectionId]}`) })}
                  <span class="visually-hidden"> ({name(i)})</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="ok">{t('guide.overview.allFilled')}</p>
      )}
    </div>
  );
}
