// The sector's own examples: the five programmes the issue names and the provincial support
// organisations, complete in both languages, with unique ids and found again by name (or a
// former name); every province has its organisation or a note saying who does the work there.
import { describe, expect, it } from 'vitest';
import {
  findProgramme,
  findSupportOrganisation,
  PROVINCES,
  PROVINCES_WITHOUT_SUPPORT,
  SECTOR_PROGRAMMES,
  SUPPORT_ORGANISATIONS,
  supportInProvince,
} from '../../../core/knowledge/index.js';

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

  it('covers every province: an organisation, or (Flevoland) a note instead of an invented one', () => {
    expect(PROVINCES).toHaveLength(12);
    const served = SUPPORT_ORGANISATIONS.flatMap((o) => o.provinces);
    const noted = PROVINCES_WITHOUT_SUPPORT.map((p) => p.province);
    expect([...served, ...noted].sort()).toEqual([...PROVINCES].sort());
    expect(noted).toEqual(['Flevoland']);
    for (const province of PROVINCES) expect(supportInProvince(province)).toBeTruthy();
    const flevoland = supportInProvince('Flevoland');
    expect('none' in flevoland && flevoland.none.note.nl).toContain('denieuwebibliotheek in Almere en FlevoMeer Bibliotheek');
    expect('none' in flevoland && flevoland.none.note.nl).toContain('sinds 2017');
    expect('none' in flevoland && flevoland.none.note.en).toContain('FlevoMeer Bibliotheek');
  });

  it('knows BiSC for Utrecht and Fers (formerly Bibliotheekservice Fryslân) for Fryslân', () => {
    const utrecht = supportInProvince('Utrecht');
    expect('organisation' in utrecht && utrecht.organisation).toMatchObject({ name: 'BiSC', fullName: 'Bibliotheek Service Centrum Utrecht' });
    expect(findSupportOrganisation('Bibliotheek Service Centrum Utrecht')?.name).toBe('BiSC');
    const fryslan = supportInProvince('Fryslân');
    expect('organisation' in fryslan && fryslan.organisation.name).toBe('Fers');
    // The old name is still found, and leads to the new one.
    expect(findSupportOrganisation('bibliotheekservice fryslân')?.name).toBe('Fers');
    expect(SUPPORT_ORGANISATIONS.map((o) => o.name)).not.toContain('Bibliotheekservice Fryslân');
  });
});
