// The process calendar as .ics, parsed back by ical.js (a well-kept RFC 5545 parser): every
// milestone, the start and the end/renewal date, and the open actions with a due date as
// all-day events with stable UIDs; and the format's own rules (CRLF, folding at 75 octets without splitting a character, escaping).
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addItem, readAgreement, updateSection } from '../../../core/agreement/index.js';
import { t } from '../../../core/i18n/index.js';
import { escapeIcsText, foldIcsLine, renderIcs } from '../../../core/render/ics.js';
import { buildSpukExample } from '../../fixtures/agreement/spuk-example.js';

const NOW = new Date('2026-12-02T04:30:00Z');

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      stamp: v.getFirstPropertyValue('dtstamp')?.toString(),
      categories: v.getFirstPropertyValue('categories'),
    };
  });
}

describe('process calendar (.ics)', () => {
  it('holds every dated milestone and the period, as all-day events ical.js reads back', () => {
    const { doc } = buildSpukExample();
    const agreement = readAgreement(doc).agreement;
    const events = parse(renderIcs(agreement, { draftId: 'draft123', now: NOW }));
    expect(events.map((e) => [e.start, e.summary])).toEqual([
      ['2027-03-15', 'Uiterste datum: Aanvraag ingediend'],
      ['2027-04-01', 'Start van de samenwerking'],
      ['2027-09-01', 'Start: Vestiging Vrijhoeve open'],
      ['2028-01-20', 'Reflectie: Reflectie met alle partners'],
      ['2028-06-12', 'Successen vieren: Eén jaar Vrijhoeve vieren'],
      ['2028-12-31', 'Einde van de samenwerking — besluit over verlenging'],
    ]);
    for (const e of events) {
      expect(e.allDay).toBe(true);
      expect(e.stamp).toBe('2026-12-02T04:30:00Z');
      expect(e.uid).toMatch(/^[a-z]+-[A-Za-z0-9_-]+\.draft123@samenspel$/);
      expect(e.description).toBe('Uit de samenwerkingsafspraak “Bibliotheek dichtbij in Dongemond” (Bibliotheek Dongemond, Gemeente Dongemond en Cubiss).');
    }
    // An all-day event ends (exclusively) the next day, also across a year.
    expect(events.at(-1)!.end).toBe('2029-01-01');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    // The same draft gives the same UIDs, so a second import updates instead of doubling.
    const again = parse(renderIcs(readAgreement(doc).agreement, { draftId: 'draft123', now: new Date() }));
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('leaves out milestones without a date and keeps commas, semicolons and newlines in a title', () => {
    const { doc } = buildSpukExample();
    addItem(doc, 'milestones', { kind: 'evaluation', title: 'Nog te plannen' });
    addItem(doc, 'milestones', { kind: 'evaluation', date: '2028-11-01', title: 'Evaluatie; met raad, college\nen partners \\ iedereen' });
    updateSection(doc, 'period', { extension: '' });
    const ics = renderIcs(readAgreement(doc).agreement, { draftId: 'd', now: NOW });
    const events = parse(ics);
    expect(events.map((e) => e.summary)).not.toContain('Evaluatie: Nog te plannen');
    expect(events.map((e) => e.summary)).toContain('Evaluatie: Evaluatie; met raad, college\nen partners \\ iedereen');
    expect(events.at(-1)!.summary).toBe('Einde van de samenwerking');
    expect(ics).toContain('SUMMARY:Evaluatie: Evaluatie\\; met raad\\, college\\nen partners \\\\ iedereen');
  });

  it('ends every line with CRLF and folds long lines at 75 octets, never inside a character', () => {
    const { doc } = buildSpukExample();
    updateSection(doc, 'meta', { title: 'Één bibliotheek voor iedereen in Dongemond — een lange titel met ë, é en € erin' });
    const ics = renderIcs(readAgreement(doc).agreement, { draftId: 'd', now: NOW });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    const encoder = new TextEncoder();
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('PRODID:-//Samenspel//Samenspel//NL');
    expect(parse(ics)[0]!.description).toContain('Één bibliotheek voor iedereen in Dongemond — een lange titel met ë, é en € erin');
    // Folding by octets: a line of 3-byte characters splits between characters.
    const folded = foldIcsLine('X:' + '€'.repeat(40));
    expect(folded.split('\r\n ').every((p) => encoder.encode(p).length <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe('X:' + '€'.repeat(40));
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('puts each open action with a due date in the calendar on that day, with who takes it on', () => {
    const { doc } = buildSpukExample();
    const agreement0 = readAgreement(doc).agreement;
    const library = agreement0.partners[0]!;
    const check = addItem(doc, 'healthChecks', { date: '2027-06-01', partnerId: library.id, ratings: { process: 'red' } });
    const open = addItem(doc, 'actions', { text: 'Agenda vooraf delen, met notulen; ook online\nen op papier', checkId: check, conditionId: 'process', partnerId: library.id, person: 'Sanne Verbeek', due: '2027-06-20' });
    addItem(doc, 'actions', { text: 'Zonder datum', partnerId: library.id });
    addItem(doc, 'actions', { text: 'Al gedaan', due: '2027-06-10', done: true });
    const nobody = addItem(doc, 'actions', { due: '2027-07-01' });
    const events = parse(renderIcs(readAgreement(doc).agreement, { draftId: 'draft123', now: NOW }));
    const actions = events.filter((e) => e.uid.startsWith('action-'));
    const who = t('nl', 'daci.person', { person: 'Sanne Verbeek', partner: library.name });
    expect(actions.map((e) => [e.uid, e.start, e.end, e.allDay, e.summary, e.categories])).toEqual([
      [`action-${open}.draft123@samenspel`, '2027-06-20', '2027-06-21', true, t('nl', 'calendar.actionWho', { text: 'Agenda vooraf delen, met notulen; ook online', who }), t('nl', 'calendar.actionCategory')],
      [`action-${nobody}.draft123@samenspel`, '2027-07-01', '2027-07-02', true, t('nl', 'calendar.action', { text: t('nl', 'ui.actions.untitled') }), t('nl', 'calendar.actionCategory')],
    ]);
    // In date order among the other events.
    const starts = events.map((e) => e.start);
    expect(starts).toEqual([...starts].sort());
  });

  it('is a valid calendar without events when nothing is dated', () => {
    const { doc } = buildSpukExample();
    const agreement = readAgreement(doc).agreement;
    const bare = { ...agreement, process: { ...agreement.process, milestones: [] }, period: { ...agreement.period, start: null, end: null } };
    const ics = renderIcs(bare, { draftId: 'd', now: NOW });
    expect(parse(ics)).toEqual([]);
    expect(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue('version')).toBe('2.0');
  });
});
