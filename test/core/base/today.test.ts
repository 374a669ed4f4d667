// todayIso gives the local calendar day, not the UTC one: half past midnight on New Year's
// Day is 1 January wherever the code runs, also where toISOString() still says 31 December.
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../../core/base/today.js';

describe('todayIso', () => {
  it('is the local calendar day, padded', () => {
    expect(todayIso(new Date(2027, 0, 1, 0, 30))).toBe('2027-01-01');
    expect(todayIso(new Date(2027, 2, 9, 23, 59))).toBe('2027-03-09');
  });

  it('is 1 January in Amsterdam at 00:30 local time, where the UTC day is still 31 December', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Europe/Amsterdam';
    try {
      const at = new Date('2026-12-31T23:30:00Z');
      expect(at.toISOString().slice(0, 10)).toBe('2026-12-31');
      expect(todayIso(at)).toBe('2027-01-01');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});
