// The process calendar from the server, on loopback: GET /api/drafts/:id/export.ics parses
// with ical.js and holds the milestones and the period; it takes a bearer token like the
// other exports, or the subscription key (the SHA-256 of a token, what ExportScreen puts in
// the address) in the query for this route alone; a wrong, raw or revoked one is refused.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addItem, updateSection } from '../../core/agreement/index.js';
import { t } from '../../core/i18n/index.js';
import * as consent from '../../core/ui/consent/consent-api.js';
import { calendarFeedUrl } from '../../core/ui/ExportScreen.js';
import { hashToken } from '../../server/tokens.js';
import { api, createDraft, startServerProcess, type ServerProcess } from '../support/server.js';
import { connectClient, waitForStatus } from '../support/server-clients.js';

let srv: ServerProcess;
let draft: Awaited<ReturnType<typeof createDraft>>;
let partnerId: string;

beforeAll(async () => {
  srv = await startServerProcess();
  draft = await createDraft(srv.url, { title: 'Leesplan Dongemond' });
  const client = await connectClient(srv.wsUrl, draft.id, draft.tokens.owner);
  await waitForStatus(client, (s) => s.kind === 'saved');
  partnerId = addItem(client.doc, 'partners', { name: 'Basisschool De Linde', kind: 'school' });
  addItem(client.doc, 'milestones', { kind: 'reflection', date: '2027-05-20', title: 'Reflectie met alle partners' });
  addItem(client.doc, 'milestones', { kind: 'celebration', date: '2027-11-03', title: 'Eerste leesclub vieren' });
  addItem(client.doc, 'milestones', { kind: 'evaluation', title: 'Nog te plannen' });
  updateSection(client.doc, 'period', { start: '2027-01-01', end: '2028-12-31' });
  await waitForStatus(client, (s) => s.kind === 'saved');
  await client.destroy();
}, 60_000);

afterAll(async () => {
  await srv?.dispose();
});

function events(ics: string): [string, string][] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return [e.startDate.toString(), e.summary];
  });
}

const expected: [string, string][] = [
  ['2027-01-01', t('nl', 'calendar.start')],
  ['2027-05-20', t('nl', 'calendar.event', { kind: t('nl', 'milestone.reflection'), title: 'Reflectie met alle partners' })],
  ['2027-11-03', t('nl', 'calendar.event', { kind: t('nl', 'milestone.celebration'), title: 'Eerste leesclub vieren' })],
  ['2028-12-31', t('nl', 'calendar.end')],
];

describe('GET /api/drafts/:id/export.ics', () => {
  it('gives any role the calendar as text/calendar with a file name, and ical.js reads the milestones', async () => {
    for (const role of ['viewer', 'editor', 'owner'] as const) {
      const res = await api(srv.url, draft.tokens[role])(`/api/drafts/${draft.id}/export.ics`);
      expect(res.status, role).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="samenspel-${draft.id}.ics"`);
      const ics = await res.text();
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(events(ics).sort()).toEqual([...expected].sort());
    }
    const en = await (await api(srv.url, draft.tokens.viewer)(`/api/drafts/${draft.id}/export.ics?lang=en`)).text();
    expect(events(en).map(([, s]) => s)).toContain(t('en', 'calendar.start'));
  });

  it('works without a header at the subscription address ExportScreen shows, which holds no token', async () => {
    const feed = calendarFeedUrl(srv.url, draft.id, draft.tokens.viewer, 'nl')!;
    const url = new URL(feed);
    expect(url.origin + url.pathname).toBe(`${srv.url}/api/drafts/${draft.id}/export.ics`);
    expect(url.searchParams.get('key')).toBe(hashToken(draft.tokens.viewer));
    expect(feed).not.toContain(draft.tokens.viewer);
    const res = await fetch(feed);
    expect(res.status).toBe(200);
    expect(events(await res.text()).sort()).toEqual([...expected].sort());
    expect(calendarFeedUrl(srv.url, draft.id, '')).toBeNull();
  });

  it('refuses a wrong token, a wrong or raw key, and the key on any other route', async () => {
    const ics = `/api/drafts/${draft.id}/export.ics`;
    expect((await fetch(srv.url + ics)).status).toBe(401);
    expect((await api(srv.url, 'not-a-token')(ics)).status).toBe(401);
    expect((await fetch(`${srv.url}${ics}?key=${hashToken('not-a-token')}`)).status).toBe(401);
    // The token itself in the query is no key: a leaked address never carries a credential for the rest.
    expect((await fetch(`${srv.url}${ics}?key=${draft.tokens.viewer}`)).status).toBe(401);
    expect((await fetch(`${srv.url}${ics}?token=${draft.tokens.viewer}`)).status).toBe(401);
    const key = hashToken(draft.tokens.owner);
    for (const other of ['export.md', 'export.docx', 'export.json', '']) {
      expect((await fetch(`${srv.url}/api/drafts/${draft.id}${other ? '/' + other : ''}?key=${key}`)).status, other).toBe(401);
    }
    // Nor does it work as a bearer.
    expect((await api(srv.url, key)(ics)).status).toBe(401);
  });

  it('stops answering a subscription once its link is renewed', async () => {
    const d = await createDraft(srv.url, { title: 'Kort' });
    const feed = calendarFeedUrl(srv.url, d.id, d.tokens.editor)!;
    expect((await fetch(feed)).status).toBe(200);
    expect((await api(srv.url, d.tokens.owner)(`/api/drafts/${d.id}/links/editor`, { method: 'POST' })).status).toBe(200);
    expect((await fetch(feed)).status).toBe(401);
  });

  it('gives a member\'s personal link its own subscription, which ends when the member is revoked', async () => {
    const owner = { serverUrl: srv.url, draftId: draft.id, token: draft.tokens.owner };
    const invite = await consent.inviteMember(owner, { name: 'Lies', partnerId, role: 'viewer', representative: false });
    const feed = calendarFeedUrl(srv.url, draft.id, invite.token)!;
    const res = await fetch(feed);
    expect(res.status).toBe(200);
    expect(events(await res.text()).sort()).toEqual([...expected].sort());
    await consent.revokeMember(owner, invite.member.id);
    expect((await fetch(feed)).status).toBe(401);
    // The draft's other subscriptions go on.
    expect((await fetch(calendarFeedUrl(srv.url, draft.id, draft.tokens.viewer)!)).status).toBe(200);
  });
});
