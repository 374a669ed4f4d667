// The process calendar as an iCalendar file (RFC 5545): the milestones (start, reflection,
// celebration, evaluation, deadlines), the start and the end or renewal date of the period,
// and the open actions from health checks on their due date, each an all-day event (Google
// Calendar ignores VTODO, so actions are events too) with a stable UID so a second import updates, not doubles.
// CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character), text escaped.
import { partnerLabel, type Agreement } from '../agreement/index.js';
import { actionOwner } from '../health/actions.js';
import { formatList, t, type Lang } from '../i18n/index.js';

export interface IcsOptions {
  /** The draft id: it scopes the UIDs, so events of two drafts never collide. */
  draftId: string;
  /** DTSTAMP of every event; now by default. */
  now?: Date;
  lang?: Lang;
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n?|\n/g, '\\n');
}

/** Folds one content line into pieces of at most 75 octets, continued with CRLF and a space. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    const room = pieces.length === 0 ? 75 : 74;
    if (octets + size > room) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

const basicDate = (iso: string) => iso.replace(/-/g, '');
const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The day after an ISO date, for the exclusive DTEND of an all-day event. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  category: string;
}

/** The dated moments of the process, in date order. */
export function calendarEvents(agreement: Agreement, lang: Lang = agreement.meta.lang): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const m of agreement.process.milestones) {
    if (!m.date) continue;
    const kind = t(lang, `milestone.${m.kind}`);
    events.push({ uid: `milestone-${m.id}`, date: m.date, summary: m.title.trim() ? t(lang, 'calendar.event', { kind, title: m.title.trim() }) : kind, category: kind });
  }
  const { start, end, extension } = agreement.period;
  if (start) events.push({ uid: 'period-start', date: start, summary: t(lang, 'calendar.start'), category: t(lang, 'milestone.start') });
  if (end) {
    events.push({ uid: 'period-end', date: end, summary: t(lang, extension.trim() ? 'calendar.endRenewal' : 'calendar.end'), category: t(lang, 'milestone.deadline') });
  }
  for (const a of agreement.actions) {
    if (a.done || !a.due) continue;
    const text = a.text.trim().split('\n')[0] || t(lang, 'ui.actions.untitled');
    const who = actionOwner(agreement, a, lang);
    events.push({ uid: `action-${a.id}`, date: a.due, summary: who ? t(lang, 'calendar.actionWho', { text, who }) : t(lang, 'calendar.action', { text }), category: t(lang, 'calendar.actionCategory') });
  }
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

/** The process calendar of a draft as .ics text; a calendar with no events when nothing is dated. */
export function renderIcs(agreement: Agreement, opts: IcsOptions): string {
  const lang = opts.lang ?? agreement.meta.lang;
  const title = agreement.meta.title.trim() || t(lang, 'doc.untitled');
  const partners = formatList(agreement.partners.map((p) => partnerLabel(agreement, p.id, lang)), lang);
  const description = t(lang, 'calendar.description', { title, partners: partners || t(lang, 'doc.noPartners') });
  const dtstamp = stamp(opts.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Samenspel//Samenspel//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(t(lang, 'calendar.name', { title }))}`,
  ];
  for (const e of calendarEvents(agreement, lang)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}.${opts.draftId}@samenspel`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(e.date))}`,
      `SUMMARY:${escapeIcsText(e.summary)}`,
      `DESCRIPTION:${escapeIcsText(description)}`,
      `CATEGORIES:${escapeIcsText(e.category)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
