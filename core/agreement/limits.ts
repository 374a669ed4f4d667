// The one table of list limits: how many items each list of a draft may hold. Generous for a
// real partnership, small enough that every front stays responsive at the maximum. The
// mutations refuse to add past it, the sync server refuses updates that grow a list past it,
// and the workspace shows the count near it at each list's add button.
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
};

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
