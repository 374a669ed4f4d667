// The sector's own examples: the five programmes the issue names and the provincial support
// organisations, complete in both languages, with unique ids and found again by name.
import { describe, expect, it } from 'vitest';
import { findProgramme, findSupportOrganisation, SECTOR_PROGRAMMES, SUPPORT_ORGANISATIONS } from '../../../core/knowledge/index.js';

describe('sector examples', () => {
  it('names the programmes libraries run with partners', () => {
    expect(SECTOR_PROGRAMMES.map((p) => p.name)).toEqual(['BoekStart', 'de Bibliotheek op school', 'Taalhuis', 'Kansrijke Start', 'Leesoffensief']);
    for (const p of SECTOR_PROGRAMMES) {
      expect(p.description.nl.length).toBeGreaterThan(40);
      expect(p.description.en.length).toBeGreaterThan(40);
      expect(p.partners.nl && p.partners.en).toBeTruthy();
    }
  });

  it('lists the provincial support organisations, Cubiss, Probiblio and Rijnbrink among them, each with its provinces', () => {
    const names = SUPPORT_ORGANISATIONS.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Cubiss', 'Probiblio', 'Rijnbrink']));
    expect(new Set(SUPPORT_ORGANISATIONS.map((o) => o.id)).size).toBe(SUPPORT_ORGANISATIONS.length);
    for (const o of SUPPORT_ORGANISATIONS) expect(o.provinces.length).toBeGreaterThan(0);
    // No province is served by two of them.
    const provinces = SUPPORT_ORGANISATIONS.flatMap((o) => o.provinces);
    expect(new Set(provinces).size).toBe(provinces.length);
  });

  it('finds an example by its name, ignoring case and spaces, and nothing for other names', () => {
    expect(findSupportOrganisation('  probiblio ')?.id).toBe('probiblio');
    expect(findSupportOrganisation('Bibliotheek Noorderwijk')).toBeUndefined();
    expect(findProgramme('boekstart')?.id).toBe('boekstart');
    expect(findProgramme('Voorleesochtend')).toBeUndefined();
  });
});
