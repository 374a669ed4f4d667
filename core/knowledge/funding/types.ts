// Types of a funding scheme as data: who files, when it was open, what it pays for, and the
// rules a plan must meet. A new round or a new scheme is a new file of this shape, not code.
import type { Localized } from '../../i18n/index.js';

/** The cost kinds a scheme names as examples; they match the budget categories of a draft. */
export type CostExample = 'collection' | 'housing' | 'staff' | 'ict';

/** What an activity asks of the hours at its location (staffed hours a week). */
export type HoursRule =
  /** A new branch: after the activity the location is a branch. */
  | 'becomes-branch'
  /** A limited facility (not yet a branch) that becomes a branch. */
  | 'limited-to-branch'
  /** An existing branch that opens at least `minExtraHours` more staffed hours. */
  | 'branch-extra-hours'
  /** A bookmobile that stands at least `minExtraHours` more staffed hours. */
  | 'bookmobile-extra-hours';

export interface SchemeActivity {
  id: string;
  name: Localized;
  /** A few words for a table column. */
  short: Localized;
  /** The most the scheme pays for one such activity, in euro cents, VAT included. */
  maxAmount: number;
  hours: HoursRule;
  /** The least number of extra staffed hours a week, for the hours rules that ask it. */
  minExtraHours?: number;
  /** Counts against the limit on new branches per application. */
  newBranch: boolean;
  /** Only in a municipality with no other library facility. */
  onlyWithoutOtherFacility: boolean;
}

/** How many activities one application may hold, by the municipality's number of inhabitants. */
export interface ActivityLimit {
  /** This limit applies from this many inhabitants (inclusive) … */
  fromInhabitants: number;
  /** … up to this many (exclusive); null for no upper bound. */
  belowInhabitants: number | null;
  maxActivities: number;
  /** At most this many of them new branches; null when the scheme sets no such limit. */
  maxNewBranches: number | null;
}

/** A period in which applications could be filed (ISO dates, both inclusive). */
export interface ApplicationRound {
  opens: string;
  closes: string;
  /** The year the round pays for. */
  forYear: number;
}

export interface SchemeSource {
  title: string;
  url?: string;
}

/** One kind of location the regulation defines by its staffed opening hours a week. */
export interface LocationKind {
  id: 'vestiging' | 'servicepunt' | 'mini-servicepunt';
  name: Localized;
  /** Staffed hours a week: from `minHours` (excluded when `minExclusive`) up to `maxHours` (included; null: no upper bound). */
  minHours: number;
  minExclusive: boolean;
  maxHours: number | null;
}

export interface LocationKinds {
  /**
   * The branch (vestiging) first: a location is one with more than its `minHours` staffed
   * hours a week, the threshold the funding check applies (see `branchMinHours`).
   */
  kinds: readonly [LocationKind & { id: 'vestiging'; minExclusive: true }, ...LocationKind[]];
  /** Where the definitions are, and the defining words of a vestiging as the regulation has them. */
  source: string;
  branchWording: string;
}

export interface FundingScheme {
  id: string;
  /** A SPUK is a specific grant to a municipality (specifieke uitkering), not a subsidy. */
  kind: 'specifieke-uitkering';
  name: Localized;
  /** Who files the application. */
  filedBy: 'municipality';
  /** The years the scheme pays for. */
  years: { from: number; to: number };
  rounds: readonly ApplicationRound[];
  /** Closed schemes stay as the model for a next round, whose rules may differ. */
  status: 'open' | 'closed';
  /** Highest share of the costs the scheme pays (0..1). */
  maxShare: number;
  /** Lowest share of the costs the municipality and partners pay themselves (0..1). */
  minCoFinancingShare: number;
  /** The costs the scheme names as examples; the municipality and library choose the costs. */
  costExamples: readonly CostExample[];
  /** The regulation's kinds of location by staffed hours a week, with where they are defined. */
  locationKinds: LocationKinds;
  activityLimits: readonly ActivityLimit[];
  activities: readonly SchemeActivity[];
  /** Where the facts come from. */
  sources: readonly SchemeSource[];
}
