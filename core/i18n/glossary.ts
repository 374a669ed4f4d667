// The Dutch glossary: one term per concept, the variants we do not use, and why. The Dutch
// catalogues (core/i18n/*-nl.ts) and the Dutch side of the knowledge base follow it, and
// test/core/i18n/glossary.test.ts fails when a banned variant appears there. The voice is
// *je/jullie*; *u/uw* as address is banned too (see ADDRESS_PATTERN).

export interface GlossaryEntry {
  /** The one Dutch term we use (a lemma; inflections follow it). */
  term: string;
  /** What the term names, in English, for whoever reads the glossary. */
  concept: string;
  /** Variants not to write, matched as whole words, case-insensitively. */
  banned: string[];
  /**
   * Phrases in which a banned variant is fine, such as the source's own English term in
   * brackets after the Dutch one. They are taken out of a text before it is checked.
   */
  allowed?: string[];
  why: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'conditie',
    concept: 'one of the five conditions of the method',
    banned: ['voorwaarde', 'voorwaarden'],
    why: 'De bron spreekt van "vijf condities"; "voorwaarde" klinkt als een eis vooraf.',
  },
  {
    term: 'tijdspad',
    concept: 'the process over time with its milestones',
    banned: ['tijdpad', 'tijdlijn', 'tijdlijnen'],
    why: 'De bron: "Elke samenwerking kent een eigen tijdspad". "Tijdpad" is geen woord; "tijdlijn" suggereert een rechte lijn.',
  },
  {
    term: 'besluitvormingsregel',
    concept: 'the rule by which partners decide (consent, DACI, …)',
    banned: ['besluitregel', 'besluitregels'],
    why: 'Hoort bij "besluitvorming", het woord van de bron en de naam van het onderdeel.',
  },
  {
    term: 'samenwerkingsafspraak',
    concept: 'the agreement this tool writes, whatever its form',
    banned: ['overeenkomst', 'overeenkomsten'],
    why: 'Een overeenkomst is één juridische vorm (samenwerkingsovereenkomst, naast convenant en intentieverklaring); het geheel heet samenwerkingsafspraak.',
  },
  {
    term: 'samenwerking',
    concept: 'the collaboration of the partners',
    banned: ['partnerschap', 'partnerschappen'],
    why: 'De bron zegt steeds "samenwerking"; de partners heten wel partners.',
  },
  {
    term: 'provinciale ondersteuningsinstelling',
    concept: 'Cubiss, Probiblio, Rijnbrink and the other provincial support organisations',
    banned: ['ondersteuningsorganisatie', 'ondersteuningsorganisaties'],
    why: 'De term van de Wet stelsel openbare bibliotheekvoorzieningen en de sector (POI).',
  },
  {
    term: 'gemeenschappelijke basis',
    concept: 'common ground between interests',
    banned: ['common ground'],
    allowed: ['gemeenschappelijke basis (common ground)'],
    why: 'Nederlands waar het kan; de bron gebruikt "common ground", dat mag tussen haakjes achter de Nederlandse term.',
  },
  {
    term: 'trekker',
    concept: 'DACI Driver: prepares a decision',
    banned: ['driver', 'drivers'],
    allowed: ['(Driver)', '(Drivers)'],
    why: 'Nederlandse rolnaam; de Engelse letter van DACI mag tussen haakjes.',
  },
  {
    term: 'beslisser',
    concept: 'DACI Approver: makes the decision',
    banned: ['approver', 'approvers'],
    allowed: ['(Approver)'],
    why: 'Nederlandse rolnaam; de Engelse letter van DACI mag tussen haakjes.',
  },
  {
    term: 'meedenker',
    concept: 'DACI Contributor: is consulted',
    banned: ['contributor', 'contributors'],
    allowed: ['(Contributor)', '(Contributors)'],
    why: 'Nederlandse rolnaam; de Engelse letter van DACI mag tussen haakjes.',
  },
  {
    term: 'geïnformeerd',
    concept: 'DACI/RACI Informed: hears the outcome',
    banned: ['informed'],
    allowed: ['(Informed)'],
    why: 'Nederlandse rolnaam; de Engelse letter van DACI en RACI mag tussen haakjes.',
  },
  {
    term: 'exporteren',
    concept: 'the tab and action that download the agreement',
    banned: ['export', 'import'],
    why: 'Nederlands werkwoord ("Exporteren", "Importeren") in plaats van het Engelse zelfstandig naamwoord.',
  },
  {
    term: 'uiterste datum',
    concept: 'a milestone that must be met',
    banned: ['deadline', 'deadlines'],
    why: 'Nederlands waar het kan.',
  },
  {
    term: 'stand van zaken',
    concept: 'the state of something (connection, checklist item)',
    banned: ['status'],
    why: 'Nederlands waar het kan.',
  },
  {
    term: 'beoordeling',
    concept: 'one health check of the collaboration',
    banned: ['check', 'checks'],
    why: 'Nederlands waar het kan; "checklist" en "gezondheidscheck" zijn ingeburgerde samenstellingen en blijven.',
  },
  {
    term: 'onderdeel',
    concept: 'one entry of a list or file',
    banned: ['item', 'items'],
    why: 'Nederlands waar het kan (onderdeel, markering, regel).',
  },
  {
    term: 'rondkrijgen',
    concept: 'to manage to get something done',
    banned: ['rond krijgt', 'rond krijgen', 'rond krijg'],
    why: 'Het Groene Boekje: rondkrijgen is één woord.',
  },
  {
    term: 'privémarkering',
    concept: 'a marking kept on one device',
    banned: ['privé-markering', 'privé-markeringen', 'privé-belang', 'privé-belangen'],
    why: 'Het Groene Boekje: samenstellingen met privé zonder koppelteken.',
  },
  {
    term: 'SPUK-plan van aanpak',
    concept: 'the plan of approach of a SPUK application',
    banned: ['SPUK plan', 'SPUK aanvraag', 'SPUK regeling'],
    why: 'Het Groene Boekje: een afkorting in een samenstelling krijgt een koppelteken.',
  },
];

/**
 * *u/uw* used to address the reader. Matched case-sensitively as whole words, so the
 * letter u inside a word (of "uur") does not count.
 */
export const ADDRESS_PATTERN = /(?<![\p{L}\p{N}'’-])(?:u|U|uw|Uw|uzelf|Uzelf)(?![\p{L}\p{N}'’-])/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A banned variant as a whole-word, case-insensitive pattern. */
export function variantPattern(variant: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escape(variant)}(?![\\p{L}\\p{N}])`, 'iu');
}

export interface GlossaryBreach {
  term: string;
  variant: string;
}

/** The banned variants (and any *u/uw* address) found in one Dutch text. */
export function glossaryBreaches(text: string): GlossaryBreach[] {
  const found: GlossaryBreach[] = [];
  // Placeholders such as {status} are filled in later; they are not words of the text.
  const words = text.replace(/\{\w+\}/g, ' ');
  for (const entry of GLOSSARY) {
    let checked = words;
    for (const phrase of entry.allowed ?? []) checked = checked.split(phrase).join(' ');
    for (const variant of entry.banned) {
      if (variantPattern(variant).test(checked)) found.push({ term: entry.term, variant });
    }
  }
  if (ADDRESS_PATTERN.test(words)) found.push({ term: 'je/jullie', variant: 'u/uw' });
  return found;
}
