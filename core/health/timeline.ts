// Health over time: per condition, each rater's red/amber/green rating at every dated check
// (the data behind the chart and its table), and the next reflection moment — the first
// open reflection milestone from today, or else the last check plus the agreed cadence.
import { CONDITION_IDS, type Agreement, type Cadence, type ConditionId, type Rag } from '../agreement/index.js';

export interface RaterRow {
  /** The partner who rated, or null for the partnership as a whole. */
  partnerId: string | null;
  /** One entry per date of `HealthTimeline.dates`: the rating then, or null when none was given. */
  ratings: (Rag | null)[];
}

export interface ConditionTimeline {
  conditionId: ConditionId;
  /** Raters who rated this condition at least once, in the order of the partners (the whole partnership last). */
  rows: RaterRow[];
}

export interface HealthTimeline {
  /** Dates of the dated checks, oldest first (undated checks have no place in time). */
  dates: string[];
  conditions: ConditionTimeline[];
}

export function healthTimeline(agreement: Agreement): HealthTimeline {
  const checks = agreement.healthChecks.filter((c) => c.date !== null).sort((a, b) => a.date!.localeCompare(b.date!));
  const dates = [...new Set(checks.map((c) => c.date!))];
  const order = [...agreement.partners.map((p) => p.id as string | null), null];
  const raters = [...new Set(checks.map((c) => c.partnerId))].sort((a, b) => rank(order, a) - rank(order, b));
  const conditions = CONDITION_IDS.map((conditionId) => {
    const rows: RaterRow[] = [];
    for (const partnerId of raters) {
      const ratings = dates.map((date) => {
        // Two checks by the same rater on one day: the later one in the list counts.
        let found: Rag | null = null;
        for (const c of checks) if (c.date === date && c.partnerId === partnerId) found = c.ratings[conditionId] ?? found;
        return found;
      });
      if (ratings.some((r) => r !== null)) rows.push({ partnerId, ratings });
    }
    return { conditionId, rows };
  });
  return { dates, conditions };
}

/** Position in the partner order; raters of removed partners go last but one. */
function rank(order: (string | null)[], id: string | null): number {
  const i = order.indexOf(id);
  return i < 0 ? order.length - 1.5 : i;
}

const CADENCE_MONTHS: Record<Cadence, number> = { monthly: 1, bimonthly: 2, quarterly: 3, 'half-yearly': 6, yearly: 12 };

export type NextReflection =
  | { kind: 'milestone'; date: string; milestoneId: string; title: string }
  | { kind: 'cadence'; date: string; cadence: Cadence; after: string };

/** ISO date plus whole months, clamped to the month's last day (31 jan + 1 month = 28/29 feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/**
 * When the partners next reflect together: the earliest reflection milestone not yet done,
 * dated today or later; otherwise the last dated check plus the cadence of
 * process.cadence; null when neither is known.
 */
export function nextReflection(agreement: Agreement, today: string): NextReflection | null {
  const planned = agreement.process.milestones
    .filter((m) => m.kind === 'reflection' && !m.done && m.date !== null && m.date >= today)
    .sort((a, b) => a.date!.localeCompare(b.date!))[0];
  if (planned) return { kind: 'milestone', date: planned.date!, milestoneId: planned.id, title: planned.title.trim() };
  const cadence = agreement.process.cadence;
  const last = agreement.healthChecks.map((c) => c.date).filter((d): d is string => d !== null).sort().at(-1);
  if (!cadence || !last) return null;
  let date = addMonths(last, CADENCE_MONTHS[cadence]);
  // A moment that has passed unobserved moves on by the cadence until it is ahead.
  for (let n = 2; date < today && n < 1000; n++) date = addMonths(last, CADENCE_MONTHS[cadence] * n);
  return { kind: 'cadence', date, cadence, after: last };
}
