// Dutch and English heading words per agreement section, for recognising sections a plan
// already has under its own headings (pure data; matched as whole words, case- and
// accent-insensitive). The catalogue's own section titles are added by plan-check.ts.
import type { SectionId } from '../core/render/blocks.js';

export const HEADING_SYNONYMS: Record<SectionId, readonly string[]> = {
  ambition: [
    'ambitie', 'gezamenlijke ambitie', 'doel', 'doelen', 'doelstelling', 'doelstellingen', 'visie', 'missie', 'beoogd resultaat',
    'beoogde resultaten', 'ambition', 'shared ambition', 'goal', 'goals', 'objective', 'objectives', 'vision', 'mission', 'aim', 'aims',
  ],
  partners: [
    'partners', 'partner', 'partijen', 'betrokken partijen', 'samenwerkingspartners', 'deelnemers', 'wie doen mee',
    'parties', 'stakeholders', 'participants',
  ],
  interests: ['belangen', 'belang', 'halen en brengen', 'wat brengen we', 'interests', 'stakes', 'what each partner brings'],
  roles: [
    'rollen', 'rol', 'verantwoordelijkheden', 'taakverdeling', 'taken', 'raci', 'wie doet wat', 'organisatie',
    'roles', 'responsibilities', 'who does what', 'tasks',
  ],
  decisions: ['besluitvorming', 'besluiten', 'governance', 'sturing', 'aansturing', 'decision making', 'decision-making', 'decisions'],
  rules: ['spelregels', 'afspraken', 'uitgangspunten', 'gedragsregels', 'rules', 'ground rules', 'principles', 'house rules'],
  communication: ['communicatie', 'overleg', 'overlegstructuur', 'achtje', 'communication', 'meetings', 'alignment'],
  process: [
    'proces', 'planning', 'tijdpad', 'tijdlijn', 'tijdsplanning', 'reflectie', 'evaluatie', 'monitoring', 'mijlpalen',
    'process', 'timeline', 'schedule', 'reflection', 'evaluation', 'milestones',
  ],
  relationship: ['relatie', 'samenwerkingsrelatie', 'ontmoeting', 'conflicten', 'vertrouwen', 'relationship', 'relations', 'trust', 'conflicts'],
  resources: [
    'middelen', 'begroting', 'financiering', 'cofinanciering', 'kosten', 'budget', 'financien', 'dekking',
    'resources', 'funding', 'costs', 'finances', 'co-financing',
  ],
  period: ['looptijd', 'duur', 'periode', 'uittreden', 'beeindiging', 'einde', 'term', 'duration', 'period', 'exit', 'termination'],
};

/** Which agreement sections a SPUK plan part stands for. */
export const PLAN_PART_SECTIONS: Record<string, readonly SectionId[]> = {
  'spuk-explanation': ['ambition', 'partners', 'roles', 'decisions', 'process'],
  'spuk-budget': ['resources'],
};
