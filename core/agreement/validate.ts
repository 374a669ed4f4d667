// Rules across entities that a single field cannot express: exactly one Accountable per
// activity, references to partners that still exist, a period that ends after it starts.
import { t, type Lang } from '../i18n/index.js';
import { activityLabel, raciProblem } from './derive.js';
import type { Agreement, Problem } from './schema.js';

export type ValidationCode =
  | 'activity.noAccountable'
  | 'activity.multipleAccountable'
  | 'interest.unknownPartner'
  | 'budget.unknownPayer'
  | 'health.unknownPartner'
  | 'period.endBeforeStart'
  | 'partner.unnamed';

export interface Finding extends Problem {
  code: ValidationCode;
}

/** Everything in a (validly read) agreement that the partners should still sort out. */
export function validateAgreement(agreement: Agreement, lang: Lang = 'nl'): Finding[] {
  const findings: Finding[] = [];
  const add = (code: ValidationCode, path: string, params?: Record<string, string>) =>
    findings.push({ code, path, message: t(lang, `problem.${code}`, params) });
  const partnerIds = new Set(agreement.partners.map((p) => p.id));

  agreement.partners.forEach((p, i) => {
    if (!p.name.trim()) add('partner.unnamed', `partners[${i}].name`);
  });
  agreement.activities.forEach((activity, i) => {
    const problem = raciProblem(activity);
    if (problem) add(`activity.${problem.code}`, `activities[${i}].roles`, { activity: activityLabel(agreement, activity, lang) });
  });
  agreement.interests.forEach((interest, i) => {
    if (!partnerIds.has(interest.partnerId)) add('interest.unknownPartner', `interests[${i}].partnerId`);
  });
  agreement.resources.lines.forEach((line, i) => {
    if (line.payerId !== null && !partnerIds.has(line.payerId)) {
      add('budget.unknownPayer', `budgetLines[${i}].payerId`, { line: line.description });
    }
  });
  agreement.healthChecks.forEach((check, i) => {
    if (check.partnerId !== null && !partnerIds.has(check.partnerId)) add('health.unknownPartner', `healthChecks[${i}].partnerId`);
  });
  const { start, end } = agreement.period;
  if (start && end && end < start) add('period.endBeforeStart', 'period.end');
  return findings;
}
