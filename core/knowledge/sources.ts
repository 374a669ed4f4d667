// The sources the knowledge base rests on, so templates can cite a "bron": the Cubiss
// longread the method comes from, Krackhardt on strong ties, and the partnership toolkits
// and decision-making methods the checklists and decision rules draw on.

import { deepFreeze } from './freeze.js';
import type { Lang, Source, SourceId } from './types.js';

export const PRIMARY_SOURCE_ID: SourceId = 'cubiss-2023';

export const SOURCES: Source[] = deepFreeze([
  {
    id: 'cubiss-2023',
    title: 'Samenwerken als lonkend perspectief',
    authors: ['Cubiss Brabant', 'Common Eye'],
    publisher: 'Cubiss',
    year: 2023,
    note: {
      nl: 'Longread over samenwerken voor bibliotheken, gemaakt binnen het project Brabantse Jeugd en Jongeren Geletterd, in samenwerking met Common Eye. De bron van het model met vier complexiteiten en vijf condities.',
      en: 'Longread on collaboration for libraries, made within the project Brabantse Jeugd en Jongeren Geletterd, together with Common Eye. The source of the model with four complexities and five conditions.',
    },
  },
  {
    id: 'krackhardt-1992',
    title: 'The strength of strong ties: the importance of philos in organizations',
    authors: ['David Krackhardt'],
    year: 1992,
    note: {
      nl: 'Een sterke band vraagt tijd, ontmoeting (interactie) en affectie.',
      en: 'A strong tie needs time, meeting (interaction) and affection.',
    },
  },
  {
    id: 'tpi-partnering-toolbook',
    title: 'The Partnering Toolbook',
    authors: ['Ros Tennyson'],
    publisher: 'The Partnering Initiative',
    url: 'https://thepartneringinitiative.org',
    note: {
      nl: 'Onderdelen van een samenwerkingsovereenkomst en vragen om partners en de samenwerking te beoordelen.',
      en: 'Parts of a partnering agreement and questions to assess partners and the partnership.',
    },
  },
  {
    id: 'tpi-agreement-scorecard',
    title: 'Partnering Agreement Scorecard',
    authors: [],
    publisher: 'The Partnering Initiative',
    url: 'https://thepartneringinitiative.org',
    note: {
      nl: 'Een scorekaart om te toetsen of een samenwerkingsovereenkomst compleet is.',
      en: 'A scorecard to check whether a partnering agreement is complete.',
    },
  },
  {
    id: 'msp-guide',
    title: 'The MSP Guide: how to design and facilitate multi-stakeholder partnerships',
    authors: [],
    publisher: 'Wageningen Centre for Development Innovation',
    url: 'https://mspguide.org',
    note: {
      nl: 'Handreiking voor samenwerkingsverbanden met veel partijen, onder meer over samenwerkingsafspraken.',
      en: 'Guide for partnerships with many stakeholders, among other things on partnership agreements.',
    },
  },
  {
    id: 'conservation-gateway',
    title: 'Partnership guidance',
    authors: [],
    publisher: 'Conservation Gateway (The Nature Conservancy)',
    url: 'https://www.conservationgateway.org',
    note: {
      nl: 'Praktische richtlijnen voor het opzetten en vastleggen van samenwerkingen.',
      en: 'Practical guidance for setting up and recording partnerships.',
    },
  },
  {
    id: 'kunstenbond-agreement',
    title: 'Samenwerkingsovereenkomst',
    authors: [],
    publisher: 'Kunstenbond',
    url: 'https://www.kunstenbond.nl',
    note: {
      nl: 'Voorbeeld van een Nederlandse samenwerkingsovereenkomst.',
      en: 'Example of a Dutch collaboration agreement.',
    },
  },
  {
    id: 'sociocracy-consent',
    title: 'Consent decision-making (sociocratie)',
    authors: [],
    publisher: 'Sociocracy 3.0',
    url: 'https://sociocracy30.org',
    note: {
      nl: 'Besluiten met consent: een voorstel gaat door als niemand een overwegend bezwaar heeft.',
      en: 'Consent decision-making: a proposal goes ahead when nobody has a paramount objection.',
    },
  },
  {
    id: 'daci',
    title: 'DACI decision-making framework',
    authors: [],
    publisher: 'Atlassian Team Playbook',
    url: 'https://www.atlassian.com/team-playbook/plays/daci',
    note: {
      nl: 'Per besluit één trekker (Driver) en één beslisser (Approver), met meedenkers (Contributors) en geïnformeerden (Informed).',
      en: 'For each decision one Driver and one Approver, with Contributors and Informed.',
    },
  },
  {
    id: 'raci',
    title: 'RACI (verantwoordelijkheidsmatrix)',
    authors: [],
    note: {
      nl: 'Per activiteit: wie voert uit, wie is eindverantwoordelijk, wie wordt geraadpleegd en wie geïnformeerd.',
      en: 'For each activity: who is responsible, who is accountable, who is consulted and who is informed.',
    },
  },
  {
    id: 'samenwerkingslab',
    title: 'Samenwerkingslab',
    authors: [],
    url: 'https://www.samenwerkingslab.nl',
    note: {
      nl: 'Gratis modellen, artikelen en andere hulpmiddelen over samenwerken.',
      en: 'Free models, articles and other tools about collaboration.',
    },
  },
]);

export function findSource(id: string): Source | undefined {
  return SOURCES.find((s) => s.id === id);
}

/**
 * A one-line citation for a template's "bron", e.g.
 * "Cubiss Brabant, Common Eye (2023). Samenwerken als lonkend perspectief. Cubiss."
 * Plain text; the URL, if any, is appended.
 */
export function formatCitation(id: SourceId, lang: Lang = 'nl'): string {
  const source = findSource(id);
  if (!source) throw new Error(`Unknown source: ${id}`);
  const and = lang === 'nl' ? ' en ' : ' and ';
  const authors =
    source.authors.length <= 1
      ? (source.authors[0] ?? '')
      : `${source.authors.slice(0, -1).join(', ')}${and}${source.authors[source.authors.length - 1]}`;
  const parts: string[] = [];
  const who = authors || source.publisher || '';
  if (who) parts.push(source.year ? `${who} (${source.year}).` : `${who}.`);
  else if (source.year) parts.push(`(${source.year}).`);
  parts.push(`${source.title}.`);
  if (source.publisher && source.publisher !== who) parts.push(`${source.publisher}.`);
  if (source.url) parts.push(source.url);
  return parts.join(' ');
}
