// The consent screens' logic: the server map read defensively, each partner's state in a
// round, "vastgesteld" and "gewijzigd sinds", who may consent, the per-part comparison, and
// the open points as Markdown.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, createDraft, readAgreement, updateSection } from '../../../core/agreement/index.js';
import { SERVER_KEYS, SERVER_MAP, type CommentThread, type ConsentRound, type MemberSummary, type VersionSummary } from '../../../core/consent/contract.js';
import { t, translator } from '../../../core/i18n/index.js';
import { compareAgreements, compareDocs } from '../../../core/ui/consent/compare.js';
import { everyAuthor, partAuthorLines } from '../../../core/ui/consent/change-authors.js';
import { openPointsMarkdown, partsInOrder } from '../../../core/ui/consent/open-points.js';
import { agreedState, consentPartner, lastAgreed, partnerRows, roundHeadline } from '../../../core/ui/consent/round-state.js';
import { readServerRecords } from '../../../core/ui/consent/server-records.js';

const version = (n: number, extra: Partial<VersionSummary> = {}): VersionSummary => ({
  id: `v${n}`, n, name: `Versie ${n}`, authorId: 'm1', authorName: `Auteur ${n}`, at: `2026-03-0${n}T10:00:00.000Z`, hash: 'ab'.repeat(32), agreedAt: null, ...extra,
});
const round = (extra: Partial<ConsentRound> = {}): ConsentRound => ({
  versionId: 'v1', versionN: 1, proposedBy: 'owner', proposedAt: '2026-03-01T10:00:00.000Z', status: 'open', partnerIds: ['lib', 'gem', 'school'],
  consents: [], agreedAt: null, changedSince: false, ...extra,
});
const member = (extra: Partial<MemberSummary> = {}): MemberSummary => ({ id: 'm2', name: 'Gea', partnerId: 'gem', role: 'editor', representative: true, revokedAt: null, ...extra });

describe('the server map', () => {
  it('reads what the server wrote and drops a malformed key without losing the others', () => {
    const doc = new Y.Doc();
    const map = doc.getMap(SERVER_MAP);
    map.set(SERVER_KEYS.members, [member(), { id: 'x', name: 5 }]);
    map.set(SERVER_KEYS.versions, [version(2), version(1)]);
    map.set(SERVER_KEYS.round, { versionId: 'v1' });
    map.set(SERVER_KEYS.comments, 'no list');
    const records = readServerRecords(doc);
    // One bad member spoils the list (it is replaced whole by the server), the versions stay, sorted.
    expect(records.members).toEqual([]);
    expect(records.versions.map((v) => v.n)).toEqual([1, 2]);
    expect(records.round).toBeNull();
    expect(records.comments).toEqual([]);
    map.set(SERVER_KEYS.members, [member()]);
    expect(readServerRecords(doc).members).toEqual([member()]);
  });

  it('reads a version written before agreedAt existed as not agreed', () => {
    const doc = new Y.Doc();
    const { agreedAt: _, ...old } = version(1);
    doc.getMap(SERVER_MAP).set(SERVER_KEYS.versions, [old]);
    expect(readServerRecords(doc).versions[0]!.agreedAt).toBeNull();
  });
});

describe('the consent round', () => {
  it('gives each partner its latest state, waiting when there is none', () => {
    const r = round({
      consents: [
        { partnerId: 'gem', memberId: 'm2', memberName: 'Gea', kind: 'objection', text: 'Te duur', at: '2026-03-01T11:00:00.000Z' },
        { partnerId: 'gem', memberId: 'm2', memberName: 'Gea', kind: 'consent-with-remark', text: 'Goed zo', at: '2026-03-01T12:00:00.000Z' },
        { partnerId: 'lib', memberId: 'm1', memberName: 'Lies', kind: 'consent', text: '', at: '2026-03-01T11:30:00.000Z' },
      ],
    });
    expect(partnerRows(r).map((row) => [row.partnerId, row.state])).toEqual([['lib', 'consent'], ['gem', 'consent-with-remark'], ['school', 'waiting']]);
    expect(roundHeadline(r)).toEqual({ kind: 'open', versionN: 1, waiting: 1 });
    expect(roundHeadline(null)).toEqual({ kind: 'none' });
    expect(roundHeadline(round({ status: 'objected' }))).toEqual({ kind: 'objected', versionN: 1 });
  });

  it('says vastgesteld, and gewijzigd sinds once the draft changed or a newer version is in a round', () => {
    const agreed = round({ status: 'agreed', agreedAt: '2026-03-02T09:00:00.000Z' });
    const versions = [version(1, { agreedAt: '2026-03-02T09:00:00.000Z' }), version(2)];
    expect(agreedState(agreed, versions)).toEqual({ versionId: 'v1', versionN: 1, agreedAt: '2026-03-02T09:00:00.000Z', changed: false });
    expect(agreedState({ ...agreed, changedSince: true }, versions)?.changed).toBe(true);
    // A round on version 2 started: version 1 stays the last agreed one, and the draft has moved on.
    expect(agreedState(round({ versionId: 'v2', versionN: 2 }), versions)).toMatchObject({ versionN: 1, changed: true });
    expect(agreedState(round(), [version(1)])).toBeNull();
    expect(lastAgreed([version(1, { agreedAt: 'a' }), version(3, { agreedAt: 'b' }), version(2)])?.n).toBe(3);
  });

  it('lets only an active representative of a partner in an open round consent, for that partner', () => {
    expect(consentPartner(round(), member())).toBe('gem');
    expect(consentPartner(round(), member({ representative: false }))).toBeNull();
    expect(consentPartner(round(), member({ revokedAt: '2026-03-01T00:00:00.000Z' }))).toBeNull();
    expect(consentPartner(round(), member({ partnerId: 'elsewhere' }))).toBeNull();
    expect(consentPartner(round({ status: 'agreed' }), member())).toBeNull();
    expect(consentPartner(round(), null)).toBeNull();
  });
});

describe('what changed', () => {
  it('marks the added and removed words in the part that changed, and only there', () => {
    const before = new Y.Doc();
    createDraft(before, { title: 'Leesplan', lang: 'nl' });
    addItem(before, 'partners', { name: 'Bibliotheek Oost' });
    updateSection(before, 'ambition', { statement: 'Alle kinderen lezen elke week samen' });
    const after = new Y.Doc();
    Y.applyUpdate(after, Y.encodeStateAsUpdate(before));
    updateSection(after, 'ambition', { statement: 'Alle kinderen lezen elke dag samen' });
    const changes = compareDocs(before, after, 'nl');
    const changed = changes.filter((c) => c.changed);
    expect(changed.map((c) => c.id)).toEqual(['ambition']);
    const pieces = changed[0]!.pieces;
    expect(pieces.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['week']);
    expect(pieces.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['dag']);
    // The text around it is kept, so the whole sentence can be read.
    expect(pieces.map((p) => (p.kind === 'removed' ? '' : p.text)).join('')).toContain('Alle kinderen lezen elke dag samen');
    expect(compareAgreements(readAgreement(after).agreement, readAgreement(after).agreement, 'nl').every((c) => !c.changed)).toBe(true);
  });

  it('words who changed a part: members with their organisation, compacted ones as earlier, a link per role', () => {
    const tr = translator('nl');
    const gea = { memberId: 'm1', name: 'Gea', partnerId: 'gem' };
    const sam = { memberId: 'm2', name: 'Sam', partnerId: null };
    const partnerName = (id: string) => (id === 'gem' ? 'Gemeente Tiel' : '');
    expect(partAuthorLines({ members: [gea, sam], earlier: [], anonymous: false }, partnerName, tr, 'nl')).toEqual([
      t('nl', 'ui.consent.changes.by', { names: `${t('nl', 'ui.consent.changes.person', { name: 'Gea', organisation: 'Gemeente Tiel' })} en Sam` }),
    ]);
    expect(partAuthorLines({ members: [], earlier: [sam], anonymous: true }, partnerName, tr, 'nl')).toEqual([
      t('nl', 'ui.consent.changes.earlier', { names: 'Sam' }),
      t('nl', 'ui.consent.changes.anonymous'),
    ]);
    expect(partAuthorLines({ members: [gea], earlier: [sam], anonymous: false }, partnerName, tr, 'nl')[1]).toBe(t('nl', 'ui.consent.changes.alsoEarlier', { names: 'Sam' }));
    expect(partAuthorLines(undefined, partnerName, tr, 'nl')).toEqual([]);
    const parts = { ambition: { members: [gea], earlier: [], anonymous: false }, rules: { members: [sam, gea], earlier: [], anonymous: false }, period: { members: [{ ...sam, memberId: 'm3', name: 'Pim' }], earlier: [], anonymous: false } };
    expect(everyAuthor(parts, ['ambition', 'rules']).map((a) => a.name)).toEqual(['Gea', 'Sam']);
  });
});

describe('open points', () => {
  const thread = (id: string, part: string, body: string, extra: Partial<CommentThread> = {}): CommentThread => ({
    id, target: { part }, authorId: 'm2', authorName: 'Gea', body, at: '2026-03-01T10:00:00.000Z', mentions: [], replies: [], resolvedAt: null, resolvedBy: null, ...extra,
  });

  it('lists the unresolved threads per part in the workspace order, with replies and mentioned partners', () => {
    const doc = new Y.Doc();
    createDraft(doc, { title: 'Leesplan', lang: 'nl' });
    const gem = addItem(doc, 'partners', { name: 'Gemeente Oost' });
    const agreement = readAgreement(doc).agreement;
    const threads = [
      thread('a', 'budget', 'Klopt de *cofinanciering*?', { mentions: [gem], replies: [{ id: 'r', authorId: 'm1', authorName: 'Lies', body: 'Ik zoek het uit', at: '2026-03-01T11:00:00.000Z' }] }),
      thread('b', 'ambition', 'Te vaag'),
      thread('c', 'ambition', 'Al besproken', { resolvedAt: '2026-03-01T12:00:00.000Z', resolvedBy: 'm1' }),
    ];
    expect(partsInOrder(threads, ['partners', 'ambition', 'budget'])).toEqual(['ambition', 'budget']);
    const md = openPointsMarkdown(threads, ['partners', 'ambition', 'budget'], agreement, 'nl', translator('nl'));
    expect(md.indexOf(`## ${t('nl', 'ui.part.ambition')}`)).toBeLessThan(md.indexOf(`## ${t('nl', 'ui.part.budget')}`));
    expect(md).toContain('- Te vaag');
    expect(md).not.toContain('Al besproken');
    expect(md).toContain('Klopt de \\*cofinanciering\\*?');
    expect(md).toContain('@Gemeente Oost');
    expect(md).toContain('  - Ik zoek het uit');
    expect(openPointsMarkdown([threads[2]!], [], agreement, 'nl', translator('nl'))).toContain(t('nl', 'ui.consent.points.none'));
  });
});
