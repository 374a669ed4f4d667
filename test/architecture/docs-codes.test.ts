// Every code core can report — read problems, write and import errors, validation findings,
// sync states — is listed in docs/schema.md and has its sentence in both catalogues.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../core/i18n/messages-en.js';
import { nl } from '../../core/i18n/messages-nl.js';
import { CLOSE } from '../../core/sync/close-codes.js';

const doc = readFileSync(join(import.meta.dirname, '../../docs/schema.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Codes:'));
const listed = new Set([...section.matchAll(/`([a-z][A-Za-z.-]*)`/g)].map((m) => m[1]));

const codesOf = (prefix: string) =>
  Object.keys(nl)
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length));

describe('codes in docs/schema.md', () => {
  it('lists every error and problem code of the catalogue', () => {
    const codes = [...codesOf('error.'), ...codesOf('problem.')];
    expect(codes.length).toBeGreaterThan(30);
    expect(codes.filter((c) => !listed.has(c))).toEqual([]);
  });

  it('lists every sync state, each with a sentence in both languages', () => {
    const states = [...Object.values(CLOSE).map((c) => c.reason), 'permission-denied', 'draft-damaged', 'newer-schema', 'unknown'];
    expect(states.filter((c) => !listed.has(c))).toEqual([]);
    for (const s of states) {
      const key = `ui.sync.code.${s}` as keyof typeof nl;
      expect(nl[key], s).toBeTruthy();
      expect(en[key], s).toBeTruthy();
    }
  });
});
