// The funding schemes a plan can be checked against, one file each; the newest first.
import { SPUK_2023_2024 } from './spuk-2023-2024.js';
import type { FundingScheme } from './types.js';

export type * from './types.js';
export { SPUK_2023_2024 } from './spuk-2023-2024.js';

export const FUNDING_SCHEMES: readonly FundingScheme[] = Object.freeze([SPUK_2023_2024]);

export const findScheme = (id: string | null): FundingScheme | undefined => FUNDING_SCHEMES.find((s) => s.id === id);

/** The staffed hours a week a location must exceed to be a branch (vestiging), from the scheme's own definition of one. */
export const branchMinHours = (scheme: FundingScheme): number => scheme.locationKinds.kinds[0].minHours;
