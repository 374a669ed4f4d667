// Relatie: time, meeting and affection (Krackhardt), the meeting rhythm and how the partners
// resolve conflicts constructively.
import { updateSection, type Agreement } from '../../agreement/index.js';
import { localize } from '../../i18n/index.js';
import { RELATIONSHIP, TIE_ELEMENTS } from '../../knowledge/index.js';
import { useEdit, useUi } from '../context.js';
import { Explain } from '../fields/Explain.js';
import { TextField } from '../fields/TextField.js';

export function RelationshipPart({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const r = agreement.relationship;
  return (
    <div>
      <Explain summary={RELATIONSHIP.summary} more={RELATIONSHIP.tips}>
        <ul class="ties">
          {TIE_ELEMENTS.map((e) => (
            <li key={e.id}>
              <strong>{localize(e.label, lang)}</strong>: {localize(e.explanation, lang)}
            </li>
          ))}
        </ul>
      </Explain>
      <TextField multiline label={t('ui.relationship.meeting')} text={{ section: 'relationship', field: 'meetingRhythm' }} />
      <TextField multiline label={t('ui.relationship.conflicts')} text={{ section: 'relationship', field: 'conflicts' }} />
    </div>
  );
}
