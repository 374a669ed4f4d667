// Rollen: activities × partners as a RACI grid (RolesGrid.tsx: a large one renders only the
// rows near its scrolled area), then a card per activity for its name and description. Each
// activity needs exactly one Accountable; the grid says so when there is none or more than one.
// The cards of a long list are shown a block at a time (the first at once, the rest in the
// following frames), each re-rendered only when its activity changed.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { activityLabel, addItem, partnerLabel, removeItem, type Agreement } from '../../agreement/index.js';
import type { Lang } from '../../i18n/index.js';
import { ORGANISATION, RACI_ROLES as RACI_INFO, RACI_RULE } from '../../knowledge/index.js';
import { useEdit, useUi } from '../context.js';
import { Explain } from '../fields/Explain.js';
import { ListAddButton } from '../fields/ListAddButton.js';
import { ProgrammeSuggestions } from '../guide/SectorSuggestions.js';
import { TextField } from '../fields/TextField.js';
import { memoShallow } from '../memo.js';
import { RolesGrid } from './RolesGrid.js';

type Activity = Agreement['activities'][number];

/** Cards shown at once, and added per frame after that. */
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
  const labels = activities.map((a) => activityLabel(agreement, a, lang));
  const activityNames = useMemo(() => labels, [labels.join('\u0000')]);
  const shown = useRowsShown(activities.length);
  return (
    <div>
      <Explain summary={ORGANISATION.summary} more={[RACI_RULE, ...RACI_INFO.map((r) => ({ nl: `${r.letter}: ${r.description.nl}`, en: `${r.letter}: ${r.description.en}` }))]} />
      <p class="hint">{t('raci.legend')}</p>
      {activities.length === 0 && <p class="empty">{t('ui.roles.none')}</p>}
      {activities.length > 0 && partners.length > 0 && (
        <RolesGrid activities={activities} names={activityNames} partnerIds={partnerIds} partnerNames={partnerNames} lang={lang} />
      )}
      {activities.length > 0 && partners.length === 0 && <p class="empty">{t('ui.roles.noPartners')}</p>}
      <h3>{t('ui.roles.activities')}</h3>
      <ol class="cards">
        {activities.slice(0, shown).map((a, ai) => (
          <ActivityCard key={a.id} activity={a} n={ai + 1} name={activityNames[ai]!} lang={lang} />
        ))}
      </ol>
      <ListAddButton list="activities" count={activities.length} onAdd={() => edit((d) => addItem(d, 'activities', {}))}>
        {t('ui.roles.add')}
      </ListAddButton>
      <ProgrammeSuggestions agreement={agreement} />
    </div>
  );
}

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
