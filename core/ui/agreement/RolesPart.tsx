// Rollen: activities × partners as a RACI grid. Each activity needs exactly one
// Accountable; the grid says so when there is none or more than one. A grid at the list
// maxima holds 20,000 choices: its rows are shown a block at a time (the first blocks at
// once, the rest in the following frames, so the page stays responsive), each row and card
// re-rendered only when its activity changed; aria-rowcount/aria-rowindex give screen readers
// the whole grid's size from the start.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { activityLabel, addItem, partnerLabel, RACI_ROLES, raciProblem, raciProblemText, removeItem, setRole, type Agreement, type RaciRole } from '../../agreement/index.js';
import { own } from '../../base/records.js';
import type { Lang } from '../../i18n/index.js';
import { ORGANISATION, RACI_ROLES as RACI_INFO, RACI_RULE } from '../../knowledge/index.js';
import { useEdit, useUi } from '../context.js';
import { Explain } from '../fields/Explain.js';
import { ListAddButton } from '../fields/ListAddButton.js';
import { ProgrammeSuggestions } from '../guide/SectorSuggestions.js';
import { TextField } from '../fields/TextField.js';
import { memoShallow } from '../memo.js';

type Activity = Agreement['activities'][number];

/** Rows shown at once, and added per frame after that (a block of the full grid is 10 × 100 choices). */
const FIRST_ROWS = 30;
const ROWS_PER_FRAME = 10;

const nextFrame = (cb: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function') {
    // After the frame is painted: a rAF callback, then a task.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const id = requestAnimationFrame(() => (timer = setTimeout(cb, 0)));
    return () => (cancelAnimationFrame(id), clearTimeout(timer));
  }
  const timer = setTimeout(cb, 16);
  return () => clearTimeout(timer);
};

/**
 * How many of `total` rows to show: FIRST_ROWS at once, then ROWS_PER_FRAME more each frame
 * until all are; from then on every row, so a new activity shows at once.
 */
function useRowsShown(total: number): number {
  const [shown, setShown] = useState(FIRST_ROWS);
  useEffect(() => {
    if (shown >= total) {
      if (shown !== Infinity) setShown(Infinity);
      return;
    }
    return nextFrame(() => setShown((n) => n + ROWS_PER_FRAME));
  }, [shown, total]);
  return Math.min(shown, total);
}

export function RolesPart({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const { activities, partners } = agreement;
  // The rows need the partners' ids and names only: kept as the same arrays while those stay, so
  // editing a partner's representative, say, re-renders no row.
  const names = partners.map((p) => partnerLabel(agreement, p.id, lang));
  const idKey = partners.map((p) => p.id).join(' ');
  const partnerIds = useMemo(() => partners.map((p) => p.id), [idKey]);
  const partnerNames = useMemo(() => names, [names.join('\u0000')]);
  const shown = useRowsShown(activities.length);
  return (
    <div>
      <Explain summary={ORGANISATION.summary} more={[RACI_RULE, ...RACI_INFO.map((r) => ({ nl: `${r.letter}: ${r.description.nl}`, en: `${r.letter}: ${r.description.en}` }))]} />
      <p class="hint">{t('raci.legend')}</p>
      {activities.length === 0 && <p class="empty">{t('ui.roles.none')}</p>}
      {activities.length > 0 && partners.length > 0 && (
        <div class="table-wrap">
          <table class="raci" aria-rowcount={activities.length + 1} aria-busy={shown < activities.length ? 'true' : undefined}>
            <caption class="visually-hidden">{t('ui.roles.grid')}</caption>
            <thead>
              <tr aria-rowindex={1}>
                <th scope="col">{t('col.activity')}</th>
                {partnerIds.map((id, i) => (
                  <th scope="col" key={id}>{partnerNames[i]}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {activities.slice(0, shown).map((a, i) => (
                <RaciRow key={a.id} activity={a} row={i + 2} name={activityLabel(agreement, a, lang)} partnerIds={partnerIds} partnerNames={partnerNames} lang={lang} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {activities.length > 0 && partners.length === 0 && <p class="empty">{t('ui.roles.noPartners')}</p>}
      <h3>{t('ui.roles.activities')}</h3>
      <ol class="cards">
        {activities.slice(0, shown).map((a, ai) => (
          <ActivityCard key={a.id} activity={a} n={ai + 1} name={activityLabel(agreement, a, lang)} lang={lang} />
        ))}
      </ol>
      <ListAddButton list="activities" count={activities.length} onAdd={() => edit((d) => addItem(d, 'activities', {}))}>
        {t('ui.roles.add')}
      </ListAddButton>
      <ProgrammeSuggestions agreement={agreement} />
    </div>
  );
}

interface RowProps {
  activity: Activity;
  /** Its aria-rowindex (the header is row 1). */
  row: number;
  name: string;
  partnerIds: readonly string[];
  partnerNames: readonly string[];
  lang: Lang;
}

/** One activity's row of the grid, re-rendered only when the activity, its name or the partners' ids or names change. */
const RaciRow = memoShallow(function RaciRow({ activity: a, row, name, partnerIds, partnerNames, lang }: RowProps) {
  const { t } = useUi();
  const edit = useEdit();
  const problem = raciProblem(a);
  const roleNames = useMemo(() => RACI_ROLES.map((r) => t(`raci.${r}`)), [t]);
  return (
    <tr aria-rowindex={row}>
      <th scope="row">
        {name}
        {problem && <span class="warning small">{raciProblemText(problem, name, lang)}</span>}
      </th>
      {partnerIds.map((pid, i) => (
        <td key={pid}>
          <select
            aria-label={t('ui.roles.cell', { partner: partnerNames[i]!, activity: name })}
            value={own(a.roles, pid) ?? ''}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value as RaciRole | '';
              edit((d) => setRole(d, a.id, pid, v === '' ? null : v));
            }}
          >
            <option value="">–</option>
            {RACI_ROLES.map((r, ri) => (
              <option key={r} value={r}>{roleNames[ri]}</option>
            ))}
          </select>
        </td>
      ))}
    </tr>
  );
});

/** An activity's name and description, re-rendered only when the activity or its place changes. */
const ActivityCard = memoShallow(function ActivityCard({ activity: a, n, name }: { activity: Activity; n: number; name: string; lang: Lang }) {
  const { t } = useUi();
  const edit = useEdit();
  return (
    <li class="card">
      <TextField label={t('ui.roles.name', { n })} text={{ list: 'activities', id: a.id, field: 'name' }} />
      <TextField multiline rows={2} label={t('ui.roles.description', { n })} text={{ list: 'activities', id: a.id, field: 'description' }} />
      <button type="button" class="quiet" onClick={() => edit((d) => removeItem(d, 'activities', a.id))}>
        {t('ui.remove')}
        <span class="visually-hidden"> {name}</span>
      </button>
    </li>
  );
});
