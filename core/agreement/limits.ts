// The one table of list limits: how many items each list of a draft may hold. Generous for a
// real partnership, small enough that every front stays responsive at the maximum. The
// mutations refuse to add past it and the workspace shows the count near it at each list's
// add button. The sync server refuses updates that grow a list past its hard limit, a tenth
// more: partners who each add the last item while offline merge without one being cut off.
import type { ListName } from './entities.js';

export const LIST_LIMITS: Readonly<Record<ListName, number>> = {
  partners: 100,
  interests: 500,
  activities: 200,
  decisionLog: 500,
  rules: 100,
  milestones: 100,
  budgetLines: 200,
  healthChecks: 500,
  actions: 500,
};

/** Room above a limit for concurrent additions merged later (at least one item). */
const MERGE_SLACK = 0.1;

/** What the server accepts at most: the limit plus room for concurrent additions. */
export const HARD_LIST_LIMITS: Readonly<Record<ListName, number>> = Object.fromEntries(
  Object.entries(LIST_LIMITS).map(([list, max]) => [list, max + Math.max(1, Math.ceil(max * MERGE_SLACK))]),
) as Record<ListName, number>;

/** From this share of its limit on, a list shows its count ("98 van 100 partners"). */
const NEAR_SHARE = 0.9;

export interface ListRoom {
  count: number;
  max: number;
  /** Close enough to the limit to show the count. */
  near: boolean;
  /** At (or past) the limit: nothing can be added. */
  full: boolean;
}

/** How full a list with `count` items is. */
export function listRoom(list: ListName, count: number): ListRoom {
  const max = LIST_LIMITS[list];
  return { count, max, near: count >= Math.ceil(max * NEAR_SHARE), full: count >= max };
}
