// English messages of the workspace: Dutch numbers and dates at the field. Mirrors ui-input-nl.ts key for key.
import type { uiInputNl } from './ui-input-nl.js';

export const uiInputEn: Record<keyof typeof uiInputNl, string> = {
  'ui.input.amount.empty': 'Enter an amount. No amount (yet)? Type 0.',
  'ui.input.amount.negative': 'An amount cannot be negative. Type it without a minus sign.',
  'ui.input.amount.not-a-number': 'Not a valid amount: type digits only, for example 4,000.50.',
  'ui.input.amount.separators': 'Not a valid amount: use a comma for thousands and a point for cents, for example 4,000.50.',
  'ui.input.amount.grouping': 'Not a valid amount: put a comma after every three digits, counting from the right, for example 1,234,567.89.',
  'ui.input.amount.too-many-decimals': 'Not a valid amount: after the point come only the cents, at most two digits. Do you mean thousands? Then use a comma, for example 4,000.',
  'ui.input.amount.too-large': 'This amount is too large. Check the number of digits.',
  'ui.input.date.hint': 'dd-mm-yyyy',
  'ui.input.date.not-a-date': 'Not a valid date: type day-month-year, for example 01-03-2027.',
  'ui.input.date.two-digit-year': 'Type the year with four digits, for example 01-03-2027.',
  'ui.input.date.no-such-date': 'This date does not exist. Check the day and the month.',
  'ui.input.date.year-out-of-range': 'Check the year: type a year between 1900 and 2199.',
  'ui.process.sortByDate': 'Sort by date',
  'ui.process.sorted': 'The milestones are now in date order.',
};
