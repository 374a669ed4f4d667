// The ambition score A = B × C × D (Ambitie = Belofte × Commitment × Doen), per partner and
// together. The product is multiplicative on purpose: one factor at zero makes it zero.
// Averages and products are exact here; they are rounded only where they are shown.
import { AMBITION_FACTORS, SCORE_MAX, type Agreement, type AmbitionFactor } from '../agreement/index.js';

export interface PartnerAmbition {
  partnerId: string;
  name: string;
  scores: Record<AmbitionFactor, number | null>;
  /** B × C × D, or null while a factor is unscored. */
  product: number | null;
  zeroFactors: AmbitionFactor[];
}

export type AmbitionLevel = 'unscored' | 'zero' | 'low' | 'medium' | 'high';

export interface AmbitionScore {
  partners: PartnerAmbition[];
  /** Mean of each factor over the partners that scored it (unrounded), or null when none did. */
  average: Record<AmbitionFactor, number | null>;
  /** Product of the unrounded averages (round only to show it); null while a factor has no score. */
  product: number | null;
  max: number;
  zeroFactors: { partnerId: string; name: string; factor: AmbitionFactor }[];
  level: AmbitionLevel;
}

export function ambitionScore(agreement: Agreement): AmbitionScore {
  const partners = agreement.partners.map((p): PartnerAmbition => {
    const values = AMBITION_FACTORS.map((f) => p.scores[f]);
    const complete = values.every((v) => v !== null);
    return {
      partnerId: p.id,
      name: p.name,
      scores: p.scores,
      product: complete ? (values as number[]).reduce((a, b) => a * b, 1) : null,
      zeroFactors: AMBITION_FACTORS.filter((f) => p.scores[f] === 0),
    };
  });
  const average = Object.fromEntries(
    AMBITION_FACTORS.map((f) => {
      const scored = agreement.partners.map((p) => p.scores[f]).filter((v): v is number => v !== null);
      return [f, scored.length ? scored.reduce((a, b) => a + b, 0) / scored.length : null];
    }),
  ) as Record<AmbitionFactor, number | null>;
  const factors = AMBITION_FACTORS.map((f) => average[f]);
  const product = factors.every((v) => v !== null) ? (factors as number[]).reduce((a, b) => a * b, 1) : null;
  const zeroFactors = partners.flatMap((p) => p.zeroFactors.map((factor) => ({ partnerId: p.partnerId, name: p.name, factor })));
  const max = SCORE_MAX ** 3;
  const level: AmbitionLevel =
    product === null ? 'unscored' : zeroFactors.length > 0 || product === 0 ? 'zero' : product < max * 0.2 ? 'low' : product < max * 0.5 ? 'medium' : 'high';
  return { partners, average, product, max, zeroFactors, level };
}
