// The draft's types are derived from its specs (entities.ts, the annotation schema), so a spec
// and the type its readers see cannot drift apart: a disagreement is a compile error. These
// checks run in `tsc --noEmit`, which covers test/.
import * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  Activity,
  AmbitionFactor,
  BudgetLine,
  ConditionId,
  ContributionKind,
  DecisionRuleId,
  HealthCheck,
  Interest,
  ItemInput,
  Lang,
  Meta,
  Partner,
  PartnerKind,
  PersonalInterest,
  PlanKind,
  Process,
  RaciRole,
  Rag,
  SectionPatch,
  SourceRef,
} from '../../../core/agreement/index.js';
import { ENTITY_SPECS } from '../../../core/agreement/entities.js';
import { text, value, type Entity } from '../../../core/agreement/fields.js';
import type { Annotation } from '../../../core/anchoring/annotation.js';
import type { Selector } from '../../../core/anchoring/selectors.js';

describe('types derived from the specs', () => {
  it('read every field as its spec declares it', () => {
    expectTypeOf<Partner>().toEqualTypeOf<{
      id: string;
      name: string;
      kind: PartnerKind;
      origins: string[];
      representative: string;
      mandate: string;
      brings: string;
      gets: string;
      scores: Record<AmbitionFactor, number | null>;
      directorContact: string;
      professionalContact: string;
      alignment: string;
    }>();
    expectTypeOf<Meta>().toEqualTypeOf<{ title: string; planKind: PlanKind; lang: Lang; created: string; updated: string }>();
    expectTypeOf<SourceRef>().toEqualTypeOf<{ annotationId: string; url: string; title: string; quote: string }>();
    expectTypeOf<Interest['source']>().toEqualTypeOf<SourceRef | null>();
    expectTypeOf<Interest['conditionId']>().toEqualTypeOf<ConditionId | null>();
    expectTypeOf<Activity['roles']>().toEqualTypeOf<Record<string, RaciRole>>();
    expectTypeOf<HealthCheck['ratings']>().toEqualTypeOf<Partial<Record<ConditionId, Rag>>>();
    expectTypeOf<BudgetLine>().toEqualTypeOf<{
      id: string;
      description: string;
      category: BudgetLine['category'];
      amount: number;
      kind: ContributionKind;
      payerId: string | null;
    }>();
    expectTypeOf<Process['cadence']>().toEqualTypeOf<'monthly' | 'bimonthly' | 'quarterly' | 'half-yearly' | 'yearly' | null>();
    expectTypeOf<PersonalInterest>().toEqualTypeOf<{ id: string; partnerId: string; person: string; text: string; sharedAs: string | null }>();
    expectTypeOf<Annotation['selectors']>().toEqualTypeOf<Selector[]>();
  });

  it('derive what a write may give from the same specs', () => {
    expectTypeOf<ItemInput<'partners'>['scores']>().toEqualTypeOf<Partial<Record<AmbitionFactor, number | null>> | undefined>();
    expectTypeOf<ItemInput<'activities'>['roles']>().toEqualTypeOf<Partial<Record<string, RaciRole | null>> | undefined>();
    expectTypeOf<SectionPatch<'decisions'>['rule']>().toEqualTypeOf<DecisionRuleId | null | undefined>();
    expectTypeOf<ItemInput<'partners'>>().not.toHaveProperty('id');
  });

  it('make a spec that disagrees with its type a compile error', () => {
    // @ts-expect-error: a fallback must be a value of the field's own schema.
    value(v.picklist(['money', 'in-kind']), 'cash');
    // @ts-expect-error: readers get what the spec allows, and 'bank' is no partner kind.
    const kind: Partner['kind'] = 'bank';
    // A spec changed without its readers: the amount turned into text.
    const drifted = { ...ENTITY_SPECS.budgetLines, amount: text() };
    // @ts-expect-error: code that counts on a number no longer compiles.
    const amount: number = ({} as Entity<typeof drifted>).amount;
    expectTypeOf(kind).toBeString();
    expectTypeOf(amount).toBeNumber();
  });
});
