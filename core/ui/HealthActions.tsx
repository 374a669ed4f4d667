// The actions that follow from health checks: the open ones by due date (what, which partner,
// who by name, by when; overdue ones marked in words, not only in colour), ticked off when
// done, and the done ones collapsed underneath where they can be opened again.
import { useEffect } from 'preact/hooks';
import { addItem, partnerLabel, removeItem, updateItem, type Agreement, type HealthAction, type ItemInput } from '../agreement/index.js';
import { actionList, actionOwner, type OpenAction } from '../health/index.js';
import { formatDate } from '../i18n/index.js';
import { useEdit, useUi } from './context.js';
import { ListAddButton } from './fields/ListAddButton.js';
import { DateField } from './fields/ParsedField.js';
import { SelectField, TextField } from './fields/TextField.js';
import { todayIso } from '../base/today.js';


/** Moves focus into the card of the action just added, once it is on screen. */
function useFocusAction(id: string | null, done: () => void): void {
  useEffect(() => {
    if (!id) return;
    const field = document.querySelector<HTMLElement>(`#action-${CSS.escape(id)} textarea, #action-${CSS.escape(id)} input`);
    if (field) {
      field.focus();
      done();
    }
  });
}

/** Adds an action (with what it starts from: a check, a condition, a partner) and hands its id to `onAdded`, so its card takes focus once shown (useFocusAction). */
export function useAddAction(onAdded: (id: string | null) => void): (input?: ItemInput<'actions'>) => void {
  const edit = useEdit();
  return (input = {}) => {
    let id: string | null = null;
    edit((d) => (id = addItem(d, 'actions', input)));
    onAdded(id);
  };
}

export function HealthActions({ agreement, focusId, onAdded }: { agreement: Agreement; focusId: string | null; onAdded: (id: string | null) => void }) {
  const { t } = useUi();
  const list = actionList(agreement, todayIso());
  useFocusAction(focusId, () => onAdded(null));
  const add = useAddAction(onAdded);
  return (
    <section aria-labelledby="health-actions-h" data-testid="health-actions">
      <h3 id="health-actions-h">{t('ui.actions.heading')}</h3>
      <p class="explain">{t('ui.actions.explain')}</p>
      {list.overdue > 0 && <p class="warning" data-testid="actions-overdue">{t('ui.actions.overdueCount', { count: list.overdue })}</p>}
      {list.open.length === 0 && <p class="empty">{t('ui.actions.none')}</p>}
      <ol class="cards">
        {list.open.map((item, i) => (
          <ActionCard key={item.action.id} item={item} n={i + 1} agreement={agreement} />
        ))}
      </ol>
      <ListAddButton list="actions" count={agreement.actions.length} onAdd={() => add()}>
        {t('ui.actions.add')}
      </ListAddButton>
      {list.done.length > 0 && (
        <details data-testid="actions-done">
          <summary>{t('ui.actions.doneList', { count: list.done.length })}</summary>
          <ul class="plain">
            {list.done.map((a) => (
              <DoneAction key={a.id} action={a} agreement={agreement} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** Where an action came from: the check (who rated, when) and the condition. */
function origin(agreement: Agreement, item: OpenAction, t: ReturnType<typeof useUi>['t'], lang: ReturnType<typeof useUi>['lang']): string | null {
  const { action, check } = item;
  if (!action.conditionId) return null;
  const condition = t(`condition.${action.conditionId}`);
  if (!check) return t('ui.actions.about', { condition });
  const who = check.partnerId === null ? t('ui.health.partnership') : partnerLabel(agreement, check.partnerId, lang);
  return check.date ? t('ui.actions.from', { who, date: formatDate(check.date, lang), condition }) : t('ui.actions.fromUndated', { who, condition });
}

function ActionCard({ item, n, agreement }: { item: OpenAction; n: number; agreement: Agreement }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const { action, overdue } = item;
  const from = origin(agreement, item, t, lang);
  const doneId = `action-done-${action.id}`;
  return (
    <li class="card" id={`action-${action.id}`} data-testid="action">
      <h4>
        {t('ui.actions.title', { n })}
        {overdue && <> <span class="warning small" data-testid="action-overdue">{t('ui.actions.overdue')}</span></>}
      </h4>
      {from && <p class="hint">{from}</p>}
      <TextField multiline rows={2} label={t('ui.actions.text', { n })} text={{ list: 'actions', id: action.id, field: 'text' }} />
      <div class="inline">
        <SelectField
          label={t('ui.actions.partner', { n })}
          value={action.partnerId ?? 'all'}
          options={[{ value: 'all', label: t('ui.health.partnership') }, ...agreement.partners.map((p) => ({ value: p.id, label: partnerLabel(agreement, p.id, lang) }))]}
          onChange={(v) => edit((d) => updateItem(d, 'actions', action.id, { partnerId: v === 'all' || !v ? null : v }))}
        />
        <TextField label={t('ui.actions.person', { n })} hint={t('ui.actions.personHint')} text={{ list: 'actions', id: action.id, field: 'person' }} />
        <DateField label={t('ui.actions.due', { n })} value={action.due} onCommit={(due) => edit((d) => updateItem(d, 'actions', action.id, { due }))} />
      </div>
      {overdue && action.due && <p class="hint" data-testid="action-overdue-since">{t('ui.actions.overdueSince', { date: formatDate(action.due, lang) })}</p>}
      <p class="check">
        <input type="checkbox" id={doneId} checked={false} onChange={() => edit((d) => updateItem(d, 'actions', action.id, { done: true }))} />
        <label for={doneId}>
          {t('ui.actions.done')}<span class="visually-hidden"> ({t('ui.actions.title', { n })})</span>
        </label>
      </p>
      <button type="button" class="quiet" onClick={() => edit((d) => removeItem(d, 'actions', action.id))}>
        {t('ui.remove')}<span class="visually-hidden"> {t('ui.actions.title', { n })}</span>
      </button>
    </li>
  );
}

/** A done action in one line, with its box to open it again. */
function DoneAction({ action, agreement }: { action: HealthAction; agreement: Agreement }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const id = `action-reopen-${action.id}`;
  const text = action.text.trim().split('\n')[0] || t('ui.actions.untitled');
  const who = actionOwner(agreement, action, lang);
  return (
    <li class="check" data-testid="action-done">
      <input type="checkbox" id={id} checked onChange={() => edit((d) => updateItem(d, 'actions', action.id, { done: false }))} />
      <label for={id}>{who ? t('ui.actions.doneItem', { text, who }) : text}</label>
    </li>
  );
}
