// Rules across entities that a single field cannot express: exactly one Accountable per
// activity, exactly one Driver and one Approver per decision when the rule is DACI,
// references to partners that still exist (also of health checks and their actions), a
// period that ends after it starts.
import { t, type Lang } from '../i18n/index.js';
import { activityLabel, raciProblem } from './derive.js';
import type { Agreement, DecisionLogEntry, Problem } from './schema.js';

export type ValidationCode =
  | 'activity.noAccountable'
  | 'activity.multipleAccountable'
  | 'decision.noDriver'
  | 'decision.multipleDrivers'
  | 'decision.noApprover'
  | 'decision.multipleApprovers'
  | 'interest.unknownPartner'
  | 'budget.unknownPayer'
  | 'health.unknownPartner'
  | 'action.unknownPartner'
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
  if (agreement.decisions.rule === 'daci') {
    agreement.decisions.log.forEach((entry, i) => {
      const decision = decisionLabel(entry, i, lang);
      for (const code of daciProblems(entry, partnerIds)) add(code, `decisionLog[${i}].daci`, { decision });
    });
  }
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
  agreement.actions.forEach((action, i) => {
    if (action.partnerId !== null && !partnerIds.has(action.partnerId)) add('action.unknownPartner', `actions[${i}].partnerId`, { action: firstLine(action.text) });
  });
  const { start, end } = agreement.period;
  if (start && end && end < start) add('period.endBeforeStart', 'period.end');
  return findings;
}

export type DaciProblem = 'decision.noDriver' | 'decision.multipleDrivers' | 'decision.noApprover' | 'decision.multipleApprovers';

/**
 * What is wrong with a decision's DACI roles: each decision has exactly one Driver (D) and
 * exactly one Approver (A), counted over the partners that still exist.
 */
export function daciProblems(entry: DecisionLogEntry, partnerIds: ReadonlySet<string>): DaciProblem[] {
  const count = (letter: 'D' | 'A') => Object.entries(entry.daci).filter(([id, role]) => role === letter && partnerIds.has(id)).length;
  const problems: DaciProblem[] = [];
  const drivers = count('D');
  if (drivers !== 1) problems.push(drivers === 0 ? 'decision.noDriver' : 'decision.multipleDrivers');
  const approvers = count('A');
  if (approvers !== 1) problems.push(approvers === 0 ? 'decision.noApprover' : 'decision.multipleApprovers');
  return problems;
}

/** A decision as findings name it: its first line, shortened, or "Besluit 2" while it has none. */
function decisionLabel(entry: DecisionLogEntry, index: number, lang: Lang): string {
  return firstLine(entry.decision) || t(lang, 'ui.decisions.decision', { n: index + 1 });
}

/** The first line of a text, shortened to 60 characters ('' when empty). */
function firstLine(text: string): string {
  const first = text.trim().split('\n')[0] ?? '';
  return first.length > 60 ? `${first.slice(0, 59)}…` : first;
}
