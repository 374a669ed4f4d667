// Proces: the shared timeline of milestones, the reflection cadence and notes. The timeline
// keeps its order while people edit it (a date being typed never moves a card); it is sorted
// by date when the part opens and when someone asks for it. "Meer uitleg" holds the condition's
// explanation and pitfalls and the health-check routine.
import { useState } from 'preact/hooks';
import { addItem, CADENCES, MILESTONE_KINDS, removeItem, updateItem, updateSection, type Agreement, type Milestone } from '../../agreement/index.js';
import { PROCESS } from '../../knowledge/index.js';
import { useEdit, useNotify, useUi } from '../context.js';
import { Explain } from '../fields/Explain.js';
import { HealthRoutine } from '../guide/HealthRoutine.js';
import { ListAddButton } from '../fields/ListAddButton.js';
import { DateField } from '../fields/ParsedField.js';
import { SelectField, TextField } from '../fields/TextField.js';

const idsByDate = (milestones: Milestone[]) => [...milestones].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999')).map((m) => m.id);

/** The milestones in the order shown: by date as last sorted, then those added since, as added. */
function useTimeline(milestones: Milestone[]): { shown: Milestone[]; sort: () => void } {
  const [order, setOrder] = useState(() => idsByDate(milestones));
  const placed = order.flatMap((id) => milestones.filter((m) => m.id === id));
  const shown = [...placed, ...milestones.filter((m) => !order.includes(m.id))];
  return { shown, sort: () => setOrder(idsByDate(milestones)) };
}

export function ProcessPart({ agreement }: { agreement: Agreement }) {
  const { t } = useUi();
  const edit = useEdit();
  const notify = useNotify();
  const p = agreement.process;
  const { shown: milestones, sort } = useTimeline(p.milestones);
  return (
    <div>
      <Explain summary={PROCESS.summary} more={PROCESS.tips} condition={PROCESS} sources={['tpi-agreement-scorecard']} details={<HealthRoutine />} />
      <SelectField
        label={t('ui.process.cadence')}
        value={p.cadence ?? ''}
        empty={t('ui.choose')}
        options={CADENCES.map((c) => ({ value: c, label: t(`cadence.${c}`) }))}
        onChange={(v) => edit((d) => updateSection(d, 'process', { cadence: v || null }))}
      />
      <TextField multiline label={t('ui.process.notes')} text={{ section: 'process', field: 'notes' }} />
      <h3>{t('ui.process.timeline')}</h3>
      {milestones.length === 0 && <p class="empty">{t('ui.process.none')}</p>}
      {milestones.length > 1 && (
        <button
          type="button"
          class="quiet"
          onClick={() => {
            sort();
            notify(t('ui.process.sorted'));
          }}
        >
          {t('ui.process.sortByDate')}
        </button>
      )}
      <ol class="cards timeline">
        {milestones.map((m, i) => (
          <li key={m.id} class="card">
            <TextField label={t('ui.process.title', { n: i + 1 })} text={{ list: 'milestones', id: m.id, field: 'title' }} />
            <div class="inline">
              <DateField label={t('ui.process.date', { n: i + 1 })} value={m.date} onCommit={(date) => edit((d) => updateItem(d, 'milestones', m.id, { date }))} />
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
      <ListAddButton list="milestones" count={agreement.process.milestones.length} onAdd={() => edit((d) => addItem(d, 'milestones', { kind: 'reflection' }))}>
        {t('ui.process.add')}
      </ListAddButton>
    </div>
  );
}
