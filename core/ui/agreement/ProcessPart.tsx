// Proces: the shared timeline of milestones, the reflection cadence and notes.
import { addItem, CADENCES, MILESTONE_KINDS, removeItem, updateItem, updateSection, type Agreement } from '../../agreement/index.js';
import { PROCESS } from '../../knowledge/index.js';
import { useEdit, useUi } from '../context.js';
import { Explain } from '../fields/Explain.js';
import { SelectField, TextField } from '../fields/TextField.js';

export function ProcessPart({ agreement }: { agreement: Agreement }) {
  const { t } = useUi();
  const edit = useEdit();
  const p = agreement.process;
  const milestones = [...p.milestones].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  return (
    <div>
      <Explain summary={PROCESS.summary} more={PROCESS.tips} />
      <SelectField
        label={t('ui.process.cadence')}
        value={p.cadence ?? ''}
        empty={t('ui.choose')}
        options={CADENCES.map((c) => ({ value: c, label: t(`cadence.${c}`) }))}
        onChange={(v) => edit((d) => updateSection(d, 'process', { cadence: v || null }))}
      />
      <TextField multiline label={t('ui.process.notes')} value={p.notes} onChange={(v) => edit((d) => updateSection(d, 'process', { notes: v }))} />
      <h3>{t('ui.process.timeline')}</h3>
      {milestones.length === 0 && <p class="empty">{t('ui.process.none')}</p>}
      <ol class="cards timeline">
        {milestones.map((m, i) => (
          <li key={m.id} class="card">
            <TextField label={t('ui.process.title', { n: i + 1 })} value={m.title} onChange={(v) => edit((d) => updateItem(d, 'milestones', m.id, { title: v }))} />
            <div class="inline">
              <TextField type="date" label={t('ui.process.date', { n: i + 1 })} value={m.date ?? ''} onChange={(v) => edit((d) => updateItem(d, 'milestones', m.id, { date: v || null }))} />
              <SelectField
                label={t('ui.process.kind', { n: i + 1 })}
                value={m.kind}
                options={MILESTONE_KINDS.map((k) => ({ value: k, label: t(`milestone.${k}`) }))}
                onChange={(v) => v && edit((d) => updateItem(d, 'milestones', m.id, { kind: v }))}
              />
            </div>
            <div class="check">
              <input type="checkbox" id={`done-${m.id}`} checked={m.done} onChange={(e) => edit((d) => updateItem(d, 'milestones', m.id, { done: (e.currentTarget as HTMLInputElement).checked }))} />
              <label for={`done-${m.id}`}>{t('ui.process.done', { n: i + 1 })}</label>
            </div>
            <button type="button" class="quiet" onClick={() => edit((d) => removeItem(d, 'milestones', m.id))}>
              {t('ui.remove')}<span class="visually-hidden"> {t('ui.process.title', { n: i + 1 })}</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => edit((d) => addItem(d, 'milestones', { kind: 'reflection' }))}>{t('ui.process.add')}</button>
    </div>
  );
}
