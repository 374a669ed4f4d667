// Relatie: time, meeting and affection (Krackhardt, with the source), the proverb about trust,
// the meeting rhythm and how the partners resolve conflicts constructively; the condition's
// explanation and pitfalls behind "Meer uitleg".
import type { Agreement } from '../../agreement/index.js';
import { localize } from '../../i18n/index.js';
import { formatCitation, RELATIONSHIP, TIE_ELEMENTS } from '../../knowledge/index.js';
import { useUi } from '../context.js';
import { Explain } from '../fields/Explain.js';
import { TextField } from '../fields/TextField.js';

export function RelationshipPart(_props: { agreement: Agreement }) {
  const { t, lang } = useUi();
  return (
    <div>
      <Explain summary={RELATIONSHIP.summary} more={RELATIONSHIP.tips} condition={RELATIONSHIP}>
        <figure class="ties" aria-labelledby="ties-caption">
          <figcaption id="ties-caption">{t('guide.relationship.ties')}</figcaption>
          <ul>
            {TIE_ELEMENTS.map((e) => (
              <li key={e.id}>
                <strong>{localize(e.label, lang)}</strong>: {localize(e.explanation, lang)}
              </li>
            ))}
          </ul>
          <p class="hint source" data-testid="krackhardt-source">
            {t('guide.explain.source')}: {formatCitation('krackhardt-1992', lang)}
          </p>
        </figure>
        <blockquote class="proverb" data-testid="proverb">
          <p>{t('guide.relationship.proverb')}</p>
        </blockquote>
      </Explain>
      <TextField multiline label={t('ui.relationship.meeting')} text={{ section: 'relationship', field: 'meetingRhythm' }} />
      <TextField multiline label={t('ui.relationship.conflicts')} text={{ section: 'relationship', field: 'conflicts' }} />
    </div>
  );
}
