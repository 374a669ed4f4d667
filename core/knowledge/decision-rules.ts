// Decision rules a partnership can choose from (consent, consensus, majority, mandate to
// a lead partner, DACI), each explained in steps with when to use it and what to watch
// for; and the four RACI roles (exactly one Accountable per activity) and DACI roles.

import { deepFreeze } from './freeze.js';
import type { DaciRole, DecisionRule, DecisionRuleId, Localized, RaciRole } from './types.js';

export const DECISION_RULE_IDS: DecisionRuleId[] = deepFreeze([
  'consent',
  'consensus',
  'majority',
  'lead-partner',
  'daci',
]);

export const DECISION_RULES: DecisionRule[] = deepFreeze([
  {
    id: 'consent',
    name: { nl: 'Consent', en: 'Consent' },
    summary: {
      nl: 'Een besluit is genomen als niemand een overwegend bezwaar heeft. Het voorstel hoeft niet perfect te zijn: goed genoeg voor nu en veilig genoeg om te proberen.',
      en: 'A decision is made when nobody has a paramount objection. The proposal does not have to be perfect: good enough for now and safe enough to try.',
    },
    steps: [
      { nl: 'Iemand legt een voorstel voor.', en: 'Someone presents a proposal.' },
      {
        nl: 'Verhelderingsronde: iedereen mag vragen stellen om het voorstel goed te begrijpen. Meningen komen later.',
        en: 'Clarifying round: everyone may ask questions to understand the proposal well. Opinions come later.',
      },
      {
        nl: 'Reactieronde: ieder zegt kort wat hij of zij van het voorstel vindt.',
        en: 'Reaction round: everyone briefly says what they think of the proposal.',
      },
      {
        nl: 'De indiener past het voorstel aan als dat nodig is.',
        en: 'The person who proposed it amends the proposal if needed.',
      },
      {
        nl: 'Consentronde: elke partner zegt of hij een bezwaar heeft. Is er een bezwaar, dan zoek je samen een aanpassing die het wegneemt en doe je de ronde opnieuw.',
        en: 'Consent round: each partner says whether they have an objection. If there is one, you look together for an amendment that removes it and do the round again.',
      },
    ],
    whenToUse: [
      {
        nl: 'Als je vaart wilt houden en toch iedereen wilt meenemen.',
        en: 'When you want to keep momentum and still take everyone along.',
      },
      {
        nl: 'Voor besluiten die je later kunt bijstellen.',
        en: 'For decisions you can adjust later.',
      },
      {
        nl: 'Als partners gelijkwaardig zijn en geen van hen de baas is.',
        en: 'When partners are equals and none of them is in charge.',
      },
    ],
    watchFor: [
      {
        nl: 'Een bezwaar is geen voorkeur. Het betekent: dit voorstel schaadt ons gezamenlijke doel.',
        en: 'An objection is not a preference. It means: this proposal harms our shared aim.',
      },
      {
        nl: 'Spreek af wanneer je het besluit evalueert; "veilig genoeg om te proberen" vraagt om terugkijken.',
        en: 'Agree when you will evaluate the decision; "safe enough to try" calls for looking back.',
      },
      {
        nl: 'Een gespreksleider helpt om de rondes zuiver te houden.',
        en: 'A facilitator helps to keep the rounds clean.',
      },
    ],
    sourceIds: ['sociocracy-consent'],
  },
  {
    id: 'consensus',
    name: { nl: 'Consensus', en: 'Consensus' },
    summary: {
      nl: 'Een besluit is genomen als alle partners het ermee eens zijn.',
      en: 'A decision is made when all partners agree with it.',
    },
    steps: [
      { nl: 'Leg de vraag of het voorstel op tafel.', en: 'Put the question or proposal on the table.' },
      {
        nl: 'Elke partner vertelt wat hij ervan vindt en welke belangen er voor hem spelen.',
        en: 'Each partner says what they think of it and which interests are at stake for them.',
      },
      {
        nl: 'Zoek samen een oplossing waar iedereen achter staat, en pas het voorstel aan tot dat lukt.',
        en: 'Look together for a solution everyone supports, and amend the proposal until you get there.',
      },
      {
        nl: 'Vraag ieder uitdrukkelijk of hij instemt. Is iedereen het eens, dan is het besluit genomen.',
        en: 'Ask everyone explicitly whether they agree. If everyone does, the decision is made.',
      },
    ],
    whenToUse: [
      {
        nl: 'Voor grote, principiële besluiten, zoals de ambitie, een nieuwe partner of uittreden.',
        en: 'For big, fundamental decisions, such as the ambition, a new partner or a partner leaving.',
      },
      {
        nl: 'Als je veel draagvlak nodig hebt en er tijd is om het gesprek te voeren.',
        en: 'When you need broad support and there is time to have the conversation.',
      },
      { nl: 'Bij een klein aantal partners.', en: 'With a small number of partners.' },
    ],
    watchFor: [
      {
        nl: 'Het kan lang duren, en in feite heeft elke partner een veto.',
        en: 'It can take long, and in effect every partner has a veto.',
      },
      {
        nl: 'Zwijgen is geen instemming: vraag het iedereen echt.',
        en: 'Silence is not agreement: really ask everyone.',
      },
      {
        nl: 'Pas op voor een waterig compromis waar niemand blij van wordt.',
        en: 'Beware of a watered-down compromise that pleases nobody.',
      },
      {
        nl: 'Spreek vooraf af wat je doet als je er niet uitkomt.',
        en: 'Agree in advance what you do if you cannot reach agreement.',
      },
    ],
    sourceIds: ['msp-guide', 'tpi-partnering-toolbook'],
  },
  {
    id: 'majority',
    name: { nl: 'Meerderheid', en: 'Majority' },
    summary: {
      nl: 'Een voorstel is aangenomen als meer dan de helft van de partners met stemrecht ervoor stemt.',
      en: 'A proposal is adopted when more than half of the partners with a vote are in favour.',
    },
    steps: [
      {
        nl: 'Leg vooraf vast wie stemrecht heeft, hoeveel stemmen elke partner heeft en hoeveel partners er minstens moeten zijn.',
        en: 'Agree in advance who has a vote, how many votes each partner has and how many partners must at least be present.',
      },
      { nl: 'Bespreek het voorstel.', en: 'Discuss the proposal.' },
      { nl: 'Stem.', en: 'Vote.' },
      {
        nl: 'Stemt meer dan de helft voor, dan is het voorstel aangenomen. Schrijf de uitslag op, en ook de bezwaren van wie tegen stemde.',
        en: 'If more than half vote in favour, the proposal is adopted. Record the result, and also the objections of those who voted against.',
      },
    ],
    whenToUse: [
      { nl: 'Bij veel partners.', en: 'With many partners.' },
      {
        nl: 'Voor uitvoerende besluiten, als snelheid belangrijk is.',
        en: 'For operational decisions, when speed matters.',
      },
    ],
    watchFor: [
      {
        nl: 'Een partner die vaak wordt overstemd, voelt zich niet gehoord. Het draagvlak kan dan snel afnemen.',
        en: 'A partner who is often outvoted does not feel heard. Support can then drop quickly.',
      },
      {
        nl: 'Neem een besluit dat veel vraagt van één partner liever niet bij meerderheid.',
        en: 'Better not take a decision that asks a lot of one partner by majority.',
      },
      {
        nl: 'Spreek af of grote en kleine partners evenveel stemmen hebben.',
        en: 'Agree whether large and small partners have the same number of votes.',
      },
    ],
    sourceIds: ['msp-guide', 'tpi-partnering-toolbook'],
  },
  {
    id: 'lead-partner',
    name: { nl: 'Mandaat aan een penvoerder', en: 'Mandate to a lead partner' },
    summary: {
      nl: 'De partners geven één partner, de penvoerder, het mandaat om binnen afgesproken grenzen namens iedereen te besluiten.',
      en: 'The partners give one partner, the lead partner, the mandate to decide on behalf of everyone within agreed limits.',
    },
    steps: [
      { nl: 'Kies samen een penvoerder.', en: 'Choose a lead partner together.' },
      {
        nl: 'Leg vast waarover de penvoerder mag beslissen, binnen welke grenzen (bijvoorbeeld een budget), en wat altijd terug moet naar alle partners.',
        en: 'Record what the lead partner may decide on, within which limits (a budget, for example), and what must always go back to all partners.',
      },
      {
        nl: 'De penvoerder besluit en laat de andere partners op tijd weten wat er besloten is.',
        en: 'The lead partner decides and lets the other partners know in good time what was decided.',
      },
      {
        nl: 'Bespreek het mandaat regelmatig: werkt het nog voor iedereen?',
        en: 'Review the mandate regularly: does it still work for everyone?',
      },
    ],
    whenToUse: [
      {
        nl: 'Voor de dagelijkse, uitvoerende besluiten.',
        en: 'For day-to-day, operational decisions.',
      },
      {
        nl: 'Als één partner formeel verantwoordelijk is, zoals de gemeente die een SPUK-aanvraag indient.',
        en: 'When one partner is formally responsible, such as the municipality filing a SPUK application.',
      },
      { nl: 'Als snel handelen nodig is.', en: 'When quick action is needed.' },
    ],
    watchFor: [
      {
        nl: 'Zijn de grenzen van het mandaat vaag, dan ontstaat een onduidelijk machtscentrum.',
        en: 'If the limits of the mandate are vague, the centre of power becomes unclear.',
      },
      {
        nl: 'De penvoerder kan klem komen te zitten tussen de eigen organisatie en de samenwerking.',
        en: 'The lead partner can get caught between its own organisation and the partnership.',
      },
      {
        nl: 'Wees open over elk besluit, anders voelen de andere partners zich buitenspel gezet.',
        en: 'Be open about every decision, or the other partners will feel sidelined.',
      },
    ],
    sourceIds: ['msp-guide', 'tpi-partnering-toolbook'],
  },
  {
    id: 'daci',
    name: { nl: 'DACI', en: 'DACI' },
    summary: {
      nl: 'Per besluit leg je vast wie het voorbereidt: de trekker (Driver), wie beslist: de beslisser (Approver), wie meedenkt: de meedenkers (Contributors), en wie op de hoogte wordt gehouden: de geïnformeerden (Informed).',
      en: 'For each decision you record who prepares it (Driver), who decides (Approver), who contributes (Contributors) and who is kept informed (Informed).',
    },
    steps: [
      {
        nl: 'Beschrijf het besluit in één zin.',
        en: 'Describe the decision in one sentence.',
      },
      {
        nl: 'Wijs precies één trekker (Driver) aan: die bereidt het besluit voor en zorgt dat het er komt.',
        en: 'Appoint exactly one Driver: they prepare the decision and make sure it gets made.',
      },
      {
        nl: 'Wijs precies één beslisser (Approver) aan: die neemt het besluit.',
        en: 'Appoint exactly one Approver: they make the decision.',
      },
      {
        nl: 'Bepaal wie meedenker (Contributor) is: wie kennis of belangen inbrengt en wordt geraadpleegd.',
        en: 'Decide who the Contributors are: those who bring knowledge or interests and are consulted.',
      },
      {
        nl: 'Bepaal wie geïnformeerd (Informed) wordt: wie de uitkomst moet horen.',
        en: 'Decide who is Informed: those who need to hear the outcome.',
      },
      {
        nl: 'De trekker verzamelt de inbreng, de beslisser besluit op de afgesproken datum en de geïnformeerden horen de uitkomst.',
        en: 'The Driver gathers the input, the Approver decides on the agreed date and the Informed hear the outcome.',
      },
    ],
    whenToUse: [
      {
        nl: 'Voor ingewikkelde besluiten met veel betrokkenen.',
        en: 'For complex decisions with many people involved.',
      },
      {
        nl: 'Als niet duidelijk is wie er eigenlijk beslist.',
        en: 'When it is unclear who actually decides.',
      },
    ],
    watchFor: [
      {
        nl: 'De beslisser moet echt mandaat hebben om te besluiten.',
        en: 'The Approver must really have the mandate to decide.',
      },
      {
        nl: 'Meedenkers denken mee maar beslissen niet. Zeg dat vooraf, dan voorkom je teleurstelling.',
        en: 'Contributors give input but do not decide. Say so in advance to avoid disappointment.',
      },
      {
        nl: 'Is de beslisser steeds dezelfde partner, dan voelt de samenwerking minder gelijkwaardig.',
        en: 'If the Approver is always the same partner, the partnership feels less equal.',
      },
    ],
    sourceIds: ['daci'],
  },
]);

export function findDecisionRule(id: string): DecisionRule | undefined {
  return DECISION_RULES.find((r) => r.id === id);
}

export const RACI_ROLES: RaciRole[] = deepFreeze([
  {
    id: 'responsible',
    letter: 'R',
    name: { nl: 'Uitvoerend (Responsible)', en: 'Responsible' },
    description: {
      nl: 'Doet het werk. Er kunnen meer partners uitvoerend zijn.',
      en: 'Does the work. Several partners can be responsible.',
    },
    cardinality: 'one-or-more',
  },
  {
    id: 'accountable',
    letter: 'A',
    name: { nl: 'Eindverantwoordelijk (Accountable)', en: 'Accountable' },
    description: {
      nl: 'Staat ervoor in dat het werk af komt en keurt het goed. Per activiteit is er precies één eindverantwoordelijke.',
      en: 'Answers for the work getting done and signs it off. Each activity has exactly one accountable party.',
    },
    cardinality: 'exactly-one',
  },
  {
    id: 'consulted',
    letter: 'C',
    name: { nl: 'Geraadpleegd (Consulted)', en: 'Consulted' },
    description: {
      nl: 'Wordt vooraf om advies of inbreng gevraagd. Het contact gaat twee kanten op.',
      en: 'Is asked for advice or input beforehand. Communication goes both ways.',
    },
    cardinality: 'zero-or-more',
  },
  {
    id: 'informed',
    letter: 'I',
    name: { nl: 'Geïnformeerd (Informed)', en: 'Informed' },
    description: {
      nl: 'Wordt op de hoogte gehouden van voortgang en uitkomst. Het contact gaat één kant op.',
      en: 'Is kept up to date on progress and outcome. Communication goes one way.',
    },
    cardinality: 'zero-or-more',
  },
]);

/** The rule a RACI chart must satisfy, in words, for validation messages. */
export const RACI_RULE: Localized = deepFreeze({
  nl: 'Per activiteit is er precies één eindverantwoordelijke (A) en ten minste één uitvoerende (R).',
  en: 'Each activity has exactly one Accountable (A) and at least one Responsible (R).',
});

export const DACI_ROLES: DaciRole[] = deepFreeze([
  {
    id: 'driver',
    letter: 'D',
    name: { nl: 'Trekker (Driver)', en: 'Driver' },
    description: {
      nl: 'Bereidt het besluit voor, verzamelt inbreng en zorgt dat het besluit er op tijd komt.',
      en: 'Prepares the decision, gathers input and makes sure the decision is made on time.',
    },
    cardinality: 'exactly-one',
  },
  {
    id: 'approver',
    letter: 'A',
    name: { nl: 'Beslisser (Approver)', en: 'Approver' },
    description: {
      nl: 'Neemt het besluit. Per besluit is er precies één beslisser.',
      en: 'Makes the decision. Each decision has exactly one approver.',
    },
    cardinality: 'exactly-one',
  },
  {
    id: 'contributor',
    letter: 'C',
    name: { nl: 'Meedenker (Contributor)', en: 'Contributor' },
    description: {
      nl: 'Brengt kennis of belangen in en wordt geraadpleegd, maar beslist niet.',
      en: 'Brings knowledge or interests and is consulted, but does not decide.',
    },
    cardinality: 'zero-or-more',
  },
  {
    id: 'informed',
    letter: 'I',
    name: { nl: 'Geïnformeerd (Informed)', en: 'Informed' },
    description: {
      nl: 'Hoort de uitkomst van het besluit.',
      en: 'Hears the outcome of the decision.',
    },
    cardinality: 'zero-or-more',
  },
]);
