// Ids: the one pattern every reader checks, and random ids that carry the 96 bits they claim.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, idSchema, newId } from '../../../core/base/ids.js';

describe('ids', () => {
  it('accepts 1–64 characters A–Z, a–z, 0–9, _ and - only', () => {
    for (const good of ['a', 'A_b-9', 'x'.repeat(64)]) expect(v.is(idSchema, good), good).toBe(true);
    for (const bad of ['', 'x'.repeat(65), 'a b', '../etc', 'ü', '<img>']) expect(v.is(idSchema, bad), bad).toBe(false);
  });

  it('makes 16 characters of 6 random bits each: every position takes all 64 symbols', () => {
    const ids = Array.from({ length: 4000 }, newId);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
    expect(new Set(ids.map((id) => id.length))).toEqual(new Set([16]));
    expect(new Set(ids).size).toBe(ids.length);
    for (let position = 0; position < 16; position++) {
      // 4000 draws miss one of 64 equally likely symbols with a chance of about 64 · e^-63.
      expect(new Set(ids.map((id) => id[position])).size, `position ${position}`).toBe(64);
    }
  });
});
