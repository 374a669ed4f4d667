// The health-check summary: per condition, each partner's latest red/amber/green rating,
// how the partnership is doing now, whether that is better or worse than last time, and
// where it needs attention.
import { CONDITION_IDS, RAG, type Agreement, type ConditionId, type HealthCheck, type Rag } from '../agreement/index.js';

export interface Rating {
  partnerId: string | null;
  rating: Rag;
  date: string | null;
  note: string;
}

export interface ConditionHealth {
  conditionId: ConditionId;
  /** The latest rating of each partner (or of the partnership as a whole, partnerId null). */
  latest: Rating[];
  counts: Record<Rag, number>;
  worst: Rag | null;
  /** Compared with each rater's previous rating: 'better', 'worse', 'same', or null without history. */
  trend: 'better' | 'worse' | 'same' | null;
  /** Any red, or at least half amber. */
  needsAttention: boolean;
}

export interface HealthSummary {
  conditions: ConditionHealth[];
  needsAttention: ConditionId[];
  /** Dates on which checks were made, oldest first. */
  dates: string[];
}

const VALUE: Record<Rag, number> = { red: 0, amber: 1, green: 2 };
const byDate = (a: HealthCheck, b: HealthCheck) => (a.date ?? '').localeCompare(b.date ?? '');

function conditionHealth(checks: HealthCheck[], conditionId: ConditionId): ConditionHealth {
  const history = new Map<string, Rating[]>();
  for (const check of checks) {
    const rating = check.ratings[conditionId];
    if (!rating) continue;
    const key = check.partnerId ?? '';
    const list = history.get(key) ?? [];
    list.push({ partnerId: check.partnerId, rating, date: check.date, note: check.note });
    history.set(key, list);
  }
  const latest = [...history.values()].map((list) => list[list.length - 1]!);
  const previous = [...history.values()].filter((list) => list.length > 1).map((list) => list[list.length - 2]!);
  const counts = Object.fromEntries(RAG.map((r) => [r, latest.filter((l) => l.rating === r).length])) as Record<Rag, number>;
  const worst = RAG.find((r) => counts[r] > 0) ?? null;
  let trend: ConditionHealth['trend'] = null;
  if (previous.length > 0) {
    const raters = [...history.values()].filter((list) => list.length > 1);
    const delta = raters.reduce((sum, list) => sum + VALUE[list[list.length - 1]!.rating] - VALUE[list[list.length - 2]!.rating], 0);
    trend = delta > 0 ? 'better' : delta < 0 ? 'worse' : 'same';
  }
  const needsAttention = counts.red > 0 || (latest.length > 0 && counts.amber * 2 >= latest.length);
  return { conditionId, latest, counts, worst, trend, needsAttention };
}

export function healthSummary(agreement: Agreement): HealthSummary {
  const checks = [...agreement.healthChecks].sort(byDate);
  const conditions = CONDITION_IDS.map((id) => conditionHealth(checks, id));
  const dates = [...new Set(checks.map((c) => c.date).filter((d): d is string => d !== null))];
  return { conditions, needsAttention: conditions.filter((c) => c.needsAttention).map((c) => c.conditionId), dates };
}
