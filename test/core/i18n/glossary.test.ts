// The glossary holds: no banned variant and no *u/uw* address in any Dutch catalogue part
// (core/i18n/*-nl.ts) or on the Dutch side of the knowledge base.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryBreaches } from '../../../core/i18n/glossary.js';
import { collectLocalized } from '../knowledge/walk.js';

const i18nDir = fileURLToPath(new URL('../../../core/i18n/', import.meta.url));
// messages-nl.ts only assembles the parts.
const dutchParts = readdirSync(i18nDir)
  .filter((f) => f.endsWith('-nl.ts') && f !== 'messages-nl.ts')
  .map((f) => f.slice(0, -'-nl.ts'.length));

/** Every Dutch catalogue string as `file key`, value. */
async function catalogueTexts(): Promise<[string, string][]> {
  const texts: [string, string][] = [];
  for (const file of dutchParts) {
    const mod = (await import(`../../../core/i18n/${file}-nl.ts`)) as Record<string, unknown>;
    for (const part of Object.values(mod)) {
      if (part === null || typeof part !== 'object') continue;
      for (const [key, value] of Object.entries(part)) if (typeof value === 'string') texts.push([`${file}-nl.ts ${key}`, value]);
    }
  }
  return texts;
}

const report = (texts: [string, string][]) =>
  texts.flatMap(([where, text]) => glossaryBreaches(text).map((b) => `${where}: "${b.variant}" (use ${b.term})`));

describe('Dutch glossary', () => {
  it('names one term per concept, each with banned variants and a reason', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(10);
    const terms = GLOSSARY.map((e) => e.term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
    for (const entry of GLOSSARY) {
      expect(entry.banned.length, entry.term).toBeGreaterThan(0);
      expect(entry.why.trim(), entry.term).not.toBe('');
      // A term must not ban itself.
      expect(glossaryBreaches(entry.term).filter((b) => b.term === entry.term), entry.term).toEqual([]);
    }
  });

  it('catches banned variants as whole words and lets allowed phrases and compounds through', () => {
    expect(glossaryBreaches('De vijf voorwaarden').map((b) => b.variant)).toEqual(['voorwaarden']);
    expect(glossaryBreaches('Een Tijdlijn met mijlpalen').map((b) => b.term)).toEqual(['tijdspad']);
    expect(glossaryBreaches('zodat je samen common ground vindt').map((b) => b.term)).toEqual(['gemeenschappelijke basis']);
    expect(glossaryBreaches('een gemeenschappelijke basis (common ground)')).toEqual([]);
    expect(glossaryBreaches('De Driver bereidt voor').map((b) => b.term)).toEqual(['trekker']);
    expect(glossaryBreaches('Trekker (Driver)')).toEqual([]);
    expect(glossaryBreaches('een samenwerkingsovereenkomst of convenant')).toEqual([]);
    expect(glossaryBreaches('De overeenkomst wordt gedownload').map((b) => b.term)).toEqual(['samenwerkingsafspraak']);
    expect(glossaryBreaches('Loop de checklist door')).toEqual([]);
    expect(glossaryBreaches('Nieuwe check').map((b) => b.term)).toEqual(['beoordeling']);
    expect(glossaryBreaches('wat je niet rond krijgt').map((b) => b.term)).toEqual(['rondkrijgen']);
    expect(glossaryBreaches('een SPUK plan van aanpak').map((b) => b.term)).toEqual(['SPUK-plan van aanpak']);
    expect(glossaryBreaches('privé-markeringen blijven hier').map((b) => b.term)).toEqual(['privémarkering']);
  });

  it('catches u/uw as address, not the letter inside a word', () => {
    expect(glossaryBreaches('Wat u hier noteert').map((b) => b.variant)).toEqual(['u/uw']);
    expect(glossaryBreaches('Uw naam').map((b) => b.variant)).toEqual(['u/uw']);
    expect(glossaryBreaches('U werkt als bewerker.').map((b) => b.variant)).toEqual(['u/uw']);
    expect(glossaryBreaches('Je naam, elk uur, de uitkomst')).toEqual([]);
  });

  it('is followed by every Dutch catalogue part', async () => {
    const texts = await catalogueTexts();
    expect(dutchParts.length).toBeGreaterThan(10);
    expect(texts.length).toBeGreaterThan(300);
    expect(report(texts)).toEqual([]);
  });

  it('is followed by the Dutch side of the knowledge base', () => {
    const texts = collectLocalized().map((f): [string, string] => [f.path, f.value.nl]);
    expect(texts.length).toBeGreaterThan(300);
    expect(report(texts)).toEqual([]);
  });
});
