// Schema versions: a stored fixture of every version migrates to the current one and reads
// without problems; a draft from a newer Samenspel is readable but never written to.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  AgreementError,
  CURRENT_SCHEMA_VERSION,
  MIGRATIONS,
  migrate,
  readAgreement,
  schemaStatus,
  updateSection,
  validateAgreement,
} from '../../../core/agreement/index.js';

const dir = new URL('../../fixtures/agreement/', import.meta.url);
const fixtures = readdirSync(dir)
  .map((name) => /^v(\d+)\.ybin$/.exec(name))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ version: Number(m[1]), file: new URL(m[0], dir) }))
  .sort((a, b) => a.version - b.version);

describe('schema migrations', () => {
  it('has a fixture for every schema version and a migration for every step', () => {
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1));
    for (let v = 1; v < CURRENT_SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `migration ${v} → ${v + 1}`).toBeTypeOf('function');
  });

  for (const fixture of fixtures) {
    it(`migrates the v${fixture.version} fixture to v${CURRENT_SCHEMA_VERSION} and reads it cleanly`, () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, readFileSync(fixture.file));
      expect(migrate(doc)).toEqual({ from: fixture.version, to: CURRENT_SCHEMA_VERSION });
      expect(schemaStatus(doc)).toBe('current');
      const { agreement, problems } = readAgreement(doc);
      expect(problems).toEqual([]);
      expect(validateAgreement(agreement)).toEqual([]);
      expect(agreement.meta.title).toBe('Leesplan Oosterhout 2027');
      expect(agreement.partners).toHaveLength(3);
      // Running it again (another partner migrating concurrently) changes nothing.
      const state = Y.encodeStateVector(doc);
      migrate(doc);
      expect(Y.encodeStateVector(doc)).toEqual(state);
    });
  }

  it('treats a draft from a newer version as read-only', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, readFileSync(fixtures[0]!.file));
    doc.getMap('meta').set('schemaVersion', CURRENT_SCHEMA_VERSION + 1);
    expect(schemaStatus(doc)).toBe('newer');
    const newer = expect.objectContaining({ code: 'newer-schema', params: { version: CURRENT_SCHEMA_VERSION + 1 } });
    expect(() => migrate(doc)).toThrow(newer);
    expect(() => updateSection(doc, 'ambition', { statement: 'x' })).toThrow(AgreementError);
    expect(() => updateSection(doc, 'ambition', { statement: 'x' })).toThrow(newer);
    expect(readAgreement(doc).agreement.partners).toHaveLength(3);
  });

  it('stamps a new draft with the current version', () => {
    const doc = new Y.Doc();
    expect(schemaStatus(doc)).toBe('new');
    expect(migrate(doc)).toEqual({ from: null, to: CURRENT_SCHEMA_VERSION });
    expect(schemaStatus(doc)).toBe('current');
  });
});
