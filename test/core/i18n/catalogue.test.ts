// The message catalogue: English mirrors Dutch key for key and placeholder for placeholder.
import { describe, expect, it } from 'vitest';
import { formatDate, formatEuro, formatList, formatPercent, t } from '../../../core/i18n/index.js';
import { nl } from '../../../core/i18n/messages-nl.js';
import { en } from '../../../core/i18n/messages-en.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('has every Dutch key in English with the same placeholders, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(nl[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('fills placeholders and formats in both locales', () => {
    expect(t('nl', 'decisions.rule', { rule: 'Consent' })).toBe('Besluitvormingsregel: Consent');
    expect(t('en', 'decisions.rule', { rule: 'Consent' })).toBe('Decision rule: Consent');
    expect(formatEuro(12_500_00, 'nl')).toBe('€\u00a012.500,00'); // a non-breaking space keeps € and amount together
    expect(formatEuro(12_500_00, 'en')).toBe('€12,500.00');
    expect(formatPercent(0.8, 'nl')).toBe('80%');
    expect(formatDate('2027-03-01', 'nl')).toBe('1 maart 2027');
    expect(formatList(['a', 'b', 'c'], 'nl')).toBe('a, b en c');
  });
});
