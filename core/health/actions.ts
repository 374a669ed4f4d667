// Actions that follow from a health check: the open ones in the order they are due (undated
// last), each marked overdue once its due date has passed, the done ones apart, and who
// takes one on in words (a person with their partner, as the DACI log prints them too).
import { partnerLabel, type Agreement, type HealthAction, type HealthCheck } from '../agreement/index.js';
import { t, type Lang } from '../i18n/index.js';

export interface OpenAction {
  action: HealthAction;
  /** Its due date lies before today. */
  overdue: boolean;
  /** The check it came from, when it came from one that still exists. */
  check: HealthCheck | null;
}

export interface ActionList {
  open: OpenAction[];
  done: HealthAction[];
  overdue: number;
}

/** The actions of a draft on `today` (an ISO date): open ones by due date, then undated, in list order. */
export function actionList(agreement: Agreement, today: string): ActionList {
  const checks = new Map(agreement.healthChecks.map((c) => [c.id, c]));
  const open = agreement.actions
    .filter((a) => !a.done)
    .map((action) => ({
      action,
      overdue: action.due !== null && action.due < today,
      check: action.checkId === null ? null : (checks.get(action.checkId) ?? null),
    }))
    // A stable sort keeps list order among equal dates.
    .sort((a, b) => (a.action.due ?? '9999-99-99').localeCompare(b.action.due ?? '9999-99-99'));
  return { open, done: agreement.actions.filter((a) => a.done), overdue: open.filter((a) => a.overdue).length };
}

/** A person with the partner they act for, as printed: "Anne de Vries (Bibliotheek Midden)"; either alone when the other is empty. */
export function personWithPartner(person: string, partner: string, lang: Lang): string {
  const name = person.trim();
  return name && partner ? t(lang, 'daci.person', { person: name, partner }) : name || partner;
}

/** Who takes an action on, as printed: "Anne de Vries (Bibliotheek Midden)", the person, the partner, or '' when nobody is named. */
export function actionOwner(agreement: Agreement, action: HealthAction, lang: Lang): string {
  return personWithPartner(action.person, action.partnerId === null ? '' : partnerLabel(agreement, action.partnerId, lang), lang);
}
