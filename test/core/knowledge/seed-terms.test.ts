// Coverage of the method: every key term of the source text ("Samenwerken als lonkend
// perspectief", Cubiss 2023) must have a home somewhere in the Dutch knowledge base.

import { describe, expect, it } from 'vitest';
import { dutchTexts } from './walk.js';

const SEED_TERMS = [
  // why collaborate
  'maatschappelijke vraagstukken',
  'Kansrijke Start',
  'Bibliotheekconvenant',
  'borging',
  'Leesoffensief Brabant',
  'impact',
  'lobby',
  'middelen',
  'subsidie',
  'SPUK',
  'plan van aanpak',
  'vakgenoten',
  'inspiratie',
  'gezamenlijk leren',
  'best practices',
  'functioneel',
  'gezamenlijke inkoop',
  'interne samenwerking',
  'community librarian',
  // complexities
  'wederzijds afhankelijk',
  'alleen ga je sneller, samen kom je verder',
  'autonomie',
  'aanpassingsvermogen',
  'doorzettingsvermogen',
  'diversiteit',
  'spraakverwarring',
  'machtscentrum',
  'gesplitste loyaliteiten',
  'spagaat',
  'ambassadeur',
  // 1. ambition
  'gezamenlijke ambitie',
  'sociale inclusie',
  'schijnsamenwerking',
  'herijk',
  'A = B × C × D',
  'belofte',
  'commitment',
  'doen',
  // 2. interests
  'collectieve belangen',
  'organisatiebelangen',
  'persoonlijke belangen',
  'standpunt',
  'loopgravenstrijd',
  'kaarten tegen de borst',
  'een laag dieper',
  'halen en brengen',
  'common ground',
  // 3. relationship
  'mensenwerk',
  'Krackhardt',
  'tijd',
  'ontmoeting',
  'affectie',
  'vertrouwen komt te voet en gaat te paard',
  'constructieve conflictoplossing',
  'conflict',
  'tijdsdruk',
  'nog even erbij',
  // 4. organisation
  'daadkracht',
  'draagvlak',
  'rollen',
  'verantwoordelijkheden',
  'spelregels',
  'besluitvorming',
  'overorganisatie',
  'onderorganisatie',
  'gouden formule',
  'zo licht als mogelijk',
  'zo zwaar als nodig',
  'achtje',
  'bestuurders',
  'professionals',
  // 5. process
  'tijdspad',
  'lineair',
  'veiligheid',
  'periodieke reflectie',
  'buiten de gewone agenda',
  'helder en onderscheidend',
  'wederzijdse belangen',
  'hebben we het goed met elkaar',
  'afhaken',
  'successen vieren',
  'brandstof',
  // getting started
  'startpunt',
  'begin klein',
  'lerend netwerk',
  'support',
  'samenwerkingslab',
  'Cubiss',
];

/** Lower-case, unify quotes, dashes, multiplication signs and whitespace. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”„"]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ');
}

/** A term is at home if it occurs at the start of a word (so 'doen' does not match 'moedoen'). */
function hasHome(term: string, haystack: string): boolean {
  const escaped = normalise(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}`, 'u').test(haystack);
}

describe('seed-term coverage', () => {
  it('lists at least 40 distinct terms', () => {
    expect(new Set(SEED_TERMS.map(normalise)).size).toBe(SEED_TERMS.length);
    expect(SEED_TERMS.length).toBeGreaterThanOrEqual(40);
  });

  it('gives every key term of the source text a home in the Dutch strings', () => {
    const haystack = normalise(dutchTexts().join('\n'));
    const homeless = SEED_TERMS.filter((term) => !hasHome(term, haystack));
    expect(homeless, `terms without a home: ${homeless.join(', ')}`).toEqual([]);
  });

  it('matches terms at word starts only', () => {
    expect(hasHome('doen', normalise('wat gaan we doen?'))).toBe(true);
    expect(hasHome('doen', normalise('meedoen'))).toBe(false);
  });
});
