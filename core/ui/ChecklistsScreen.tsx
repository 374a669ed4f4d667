// Checklists: the five conditions, the four complexities, getting started and the toolkits'
// checklists (with their sources), each question with a status and a shared note, and
// progress per group.
import { CHECK_STATUSES, setChecklist, type Agreement, type CheckStatus } from '../agreement/index.js';
import { own } from '../base/records.js';
import { localize, type Localized } from '../i18n/index.js';
import { CHECKLISTS, COMPLEXITIES, CONDITIONS, formatCitation, GETTING_STARTED, type Question, type SourceId } from '../knowledge/index.js';
import { useEdit, useUi } from './context.js';
import { TextField } from './fields/TextField.js';

interface Group {
  id: string;
  title: Localized;
  summary: Localized;
  questions: Question[];
  sourceIds?: SourceId[];
}

export function ChecklistsScreen({ agreement }: { agreement: Agreement }) {
  const { t } = useUi();
  const kinds: { id: string; title: string; groups: Group[] }[] = [
    { id: 'conditions', title: t('ui.checklists.conditions'), groups: CONDITIONS.map((c) => ({ id: c.id, title: c.title, summary: c.summary, questions: c.questions })) },
    { id: 'complexities', title: t('ui.checklists.complexities'), groups: COMPLEXITIES.map((c) => ({ id: c.id, title: c.title, summary: c.description, questions: c.questions })) },
    { id: 'start', title: t('ui.checklists.gettingStarted'), groups: GETTING_STARTED.map((s) => ({ id: s.id, title: s.title, summary: s.description, questions: s.questions })) },
    { id: 'toolkit', title: t('guide.checklists.toolkit'), groups: CHECKLISTS.map((c) => ({ id: c.id, title: c.title, summary: c.purpose, questions: c.questions, sourceIds: c.sourceIds })) },
  ];
  return (
    <div>
      <p class="explain">{t('ui.checklists.explain')}</p>
      {kinds.map((k) => (
        <section key={k.id} aria-labelledby={`cl-${k.id}`}>
          <h3 id={`cl-${k.id}`}>{k.title}</h3>
          {k.groups.map((g) => (
            <ChecklistGroup key={g.id} group={g} agreement={agreement} />
          ))}
        </section>
      ))}
    </div>
  );
}

function ChecklistGroup({ group, agreement }: { group: Group; agreement: Agreement }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const answered = group.questions.filter((q) => (own(agreement.checklist, q.id)?.status ?? 'open') !== 'open').length;
  const total = group.questions.length;
  const title = localize(group.title, lang);
  return (
    <details class="card checklist">
      <summary>
        <span class="group-title">{title}</span>{' '}
        <span class="progress-text">{t('ui.checklists.progress', { done: answered, total })}</span>
        <progress max={total} value={answered} aria-label={t('ui.checklists.progressOf', { group: title })} />
      </summary>
      <p class="hint">{localize(group.summary, lang)}</p>
      {group.sourceIds && group.sourceIds.length > 0 && (
        <p class="hint">{t('guide.explain.sources')}: {group.sourceIds.map((id) => formatCitation(id, lang)).join(' · ')}</p>
      )}
      <ol class="plain">
        {group.questions.map((q) => {
          const item = own(agreement.checklist, q.id);
          const status: CheckStatus = item?.status ?? 'open';
          const text = localize(q.text, lang);
          return (
            <li key={q.id} class="question">
              <fieldset>
                <legend>{text}</legend>
                {q.help && <p class="hint">{localize(q.help, lang)}</p>}
                <div class="inline radios">
                  {CHECK_STATUSES.map((s) => (
                    <span key={s} class="check">
                      <input type="radio" id={`${q.id}-${s}`} name={`q-${q.id}`} checked={status === s} onChange={() => edit((d) => setChecklist(d, q.id, { status: s }))} />
                      <label for={`${q.id}-${s}`}>{t(`ui.status.${s}`)}</label>
                    </span>
                  ))}
                </div>
                <TextField multiline rows={2} label={t('ui.checklists.note')} text={{ checklistNote: q.id }} />
              </fieldset>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
