// Ids and keys that are names of Object.prototype (`constructor`, `toString`, `__proto__`, …),
// written by a hostile client into every keyed field of a draft and received over the wire:
// reading, validating, the health views and every renderer work on them like on any other
// id, show the items, and leave Object and Object.prototype as they were (issue 11, finding 1).
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  accountablesOf,
  readAgreement,
  readAnnotations,
  readPrivate,
  removePartner,
  setChecklist,
  setRole,
  validateAgreement,
  type Agreement,
  type ReadProblem,
} from '../../../core/agreement/index.js';
import { ambitionScore, completeness, healthSummary } from '../../../core/health/index.js';
import { t } from '../../../core/i18n/index.js';
import {
  SECTION_IDS,
  agreementDocument,
  agreementSection,
  renderDocx,
  renderHtml,
  renderMarkdown,
  renderSectionHtml,
  renderSectionMarkdown,
  renderSectionText,
  renderText,
  spukPlanDocument,
  type RenderDocument,
} from '../../../core/render/index.js';
import { PROTO_NAMES, prototypeSnapshot, roleOf, writeHostilePrivate, writeHostileShared } from '../../support/prototype-keys.js';

/** What a partner's client receives: the hostile client's updates, decoded from bytes. */
function received(write: (doc: Y.Doc) => void): Y.Doc {
  const hostile = new Y.Doc();
  write(hostile);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(hostile));
  return doc;
}

const sorted = (xs: Iterable<string>) => [...xs].sort();
const ids = (items: { id: string }[]) => items.map((i) => i.id);

let before: string;
let doc: Y.Doc;
let agreement: Agreement;
let problems: ReadProblem[];

beforeAll(() => {
  before = prototypeSnapshot();
  doc = received(writeHostileShared);
  ({ agreement, problems } = readAgreement(doc));
});

afterAll(() => {
  expect(prototypeSnapshot()).toBe(before);
});

describe('a draft whose ids are the names of Object.prototype', () => {
  it('covers every name of Object.prototype and __proto__', () => {
    expect(PROTO_NAMES).toEqual(expect.arrayContaining(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', '__defineGetter__']));
    expect(PROTO_NAMES.length).toBeGreaterThanOrEqual(12);
  });

  it('reads every item of every list, with those ids', () => {
    for (const list of [
      agreement.partners,
      agreement.activities,
      agreement.interests,
      agreement.decisions.log,
      agreement.rules,
      agreement.process.milestones,
      agreement.resources.lines,
      agreement.healthChecks,
      agreement.actions,
    ]) {
      expect(ids(list)).toEqual(PROTO_NAMES);
    }
    expect(agreement.interests.map((i) => [i.partnerId, i.source?.annotationId])).toEqual(PROTO_NAMES.map((n) => [n, n]));
    expect(agreement.resources.lines.map((l) => l.payerId)).toEqual(PROTO_NAMES);
    expect(agreement.healthChecks.map((c) => c.partnerId)).toEqual(PROTO_NAMES);
    expect(agreement.actions.map((a) => [a.partnerId, a.checkId])).toEqual(PROTO_NAMES.map((n) => [n, n]));
  });

  it('keeps every DACI role and person of a decision, keyed by those partner ids, as own entries only', () => {
    agreement.decisions.log.forEach((entry, d) => {
      expect(sorted(Object.keys(entry.daci))).toEqual(sorted(PROTO_NAMES));
      expect(sorted(Object.keys(entry.daciPeople))).toEqual(sorted(PROTO_NAMES));
      expect(Object.hasOwn(entry.daciPeople, '__proto__')).toBe(true);
      expect(entry.daci[PROTO_NAMES[d]!]).toBe('D');
      expect(entry.daciPeople[PROTO_NAMES[d]!]).toBe(`Persoon ${PROTO_NAMES[d]}`);
    });
  });

  it('keeps every role, keyed by those partner ids, as own entries only', () => {
    agreement.activities.forEach((activity, a) => {
      expect(sorted(Object.keys(activity.roles))).toEqual(sorted(PROTO_NAMES));
      PROTO_NAMES.forEach((partner, p) => {
        expect(Object.hasOwn(activity.roles, partner), `${activity.id}/${partner}`).toBe(true);
        expect(activity.roles[partner], `${activity.id}/${partner}`).toBe(roleOf(a, p));
      });
      expect(accountablesOf(activity)).toEqual([PROTO_NAMES[a]]);
    });
  });

  it('refuses keys outside a fixed set (scores, ratings) and keeps only the valid ones', () => {
    for (const p of agreement.partners) {
      expect(sorted(Object.keys(p.scores))).toEqual(['B', 'C', 'D']);
      expect(p.scores.B).toBe(3);
    }
    for (const c of agreement.healthChecks) expect(Object.entries(c.ratings)).toEqual([['ambition', 'green']]);
    const unknown = problems.filter((p) => p.code === 'unknown-key').map((p) => p.path);
    expect(unknown).toContain('partners[0].scores.constructor');
    expect(unknown).toContain('healthChecks[3].ratings.__proto__');
  });

  it('reads the checklist: `constructor` is a valid question id like any other, the rest are refused', () => {
    expect(Object.keys(agreement.checklist)).toEqual(['constructor']);
    expect(agreement.checklist['constructor']).toEqual({ status: 'done', note: 'Notitie bij constructor' });
    expect(problems.map((p) => p.path)).toContain('checklist.__proto__');
    expect(agreement.checklist['toString']).toBeUndefined();
  });

  it('validates and computes health without a finding the draft does not have', () => {
    expect(validateAgreement(agreement)).toEqual([]);
    expect(validateAgreement(agreement, 'en')).toEqual([]);
    expect(ambitionScore(agreement).partners.map((p) => p.partnerId)).toEqual(PROTO_NAMES);
    const health = healthSummary(agreement);
    expect(health.conditions.find((c) => c.conditionId === 'ambition')?.counts.green).toBe(PROTO_NAMES.length);
    const done = completeness(agreement).items.filter((i) => i.done).map((i) => i.id);
    expect(done).toEqual(expect.arrayContaining(['roles.activities', 'roles.accountable']));
  });

  it('reads the private doc and the annotations of both docs', () => {
    const priv = readPrivate(received(writeHostilePrivate)).content;
    expect(ids(priv.personalInterests)).toEqual(PROTO_NAMES);
    expect(priv.personalInterests.map((i) => i.partnerId)).toEqual(PROTO_NAMES);
    expect(ids(priv.notes)).toEqual(PROTO_NAMES);
    expect(ids(readAnnotations(doc, true))).toEqual(PROTO_NAMES);
    expect(ids(readAnnotations(received(writeHostilePrivate), false))).toEqual(PROTO_NAMES);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`renders every section to HTML, Markdown and text (${lang}), the RACI grid cell by cell`, () => {
      for (const id of SECTION_IDS) {
        const section = agreementSection(agreement, id, { lang });
        for (const out of [renderSectionHtml(section), renderSectionMarkdown(section), renderSectionText(section)]) {
          expect(out, id).not.toMatch(/\[object |function |native code/);
        }
      }
      const roles = agreementSection(agreement, 'roles', { lang });
      const grid = roles.blocks.find((b) => b.type === 'table');
      expect(grid?.type === 'table' && grid.rows).toEqual(agreement.activities.map((a, ai) => [`Activiteit ${a.id}`, ...PROTO_NAMES.map((_, pi) => roleOf(ai, pi))]));
      const daci = agreementSection({ ...agreement, decisions: { ...agreement.decisions, rule: 'daci' } }, 'decisions', { lang });
      const log = daci.blocks.find((b) => b.type === 'table');
      const cells = log?.type === 'table' ? log.rows.map((r) => r[3]) : [];
      expect(cells).toHaveLength(PROTO_NAMES.length);
      PROTO_NAMES.forEach((name, d) => expect(cells[d], name).toContain(t(lang, 'daci.person', { person: `Persoon ${name}`, partner: `Partner ${name}` })));
    });

    it(`renders the agreement and the SPUK plan to HTML, Markdown, text and .docx (${lang}), every partner in them`, async () => {
      const documents: RenderDocument[] = [agreementDocument(agreement, { lang }), spukPlanDocument(agreement, { lang })];
      for (const document of documents) {
        const text = renderText(document);
        const html = renderHtml(document);
        const markdown = renderMarkdown(document);
        const docx = strFromU8(unzipSync(await renderDocx(document))['word/document.xml']!);
        for (const out of [text, html, markdown, docx]) expect(out).not.toMatch(/\[object |function |native code/);
        for (const name of PROTO_NAMES) {
          expect(text).toContain(`Partner ${name}`);
          expect(docx).toContain(`Partner ${name}`);
          expect(html).toContain(`Partner ${name}`);
        }
        expect(markdown).toContain('Partner \\_\\_proto\\_\\_');
      }
      const full = renderText(documents[0]!);
      for (const name of PROTO_NAMES) {
        for (const item of [`Activiteit ${name}`, `Belang van ${name}`, `Besluit ${name}`, `Spelregel ${name}`, `Mijlpaal ${name}`, `Post ${name}`]) expect(full).toContain(item);
      }
    });
  }
});

describe('writing with those ids', () => {
  it('sets and removes roles of partners named after Object.prototype, like any other id', () => {
    const own = received(writeHostileShared);
    setRole(own, 'constructor', '__proto__', 'A');
    setRole(own, 'constructor', 'constructor', null);
    setChecklist(own, 'constructor', { status: 'not-applicable' });
    let read = readAgreement(own).agreement;
    const roles = read.activities[0]!.roles;
    expect(Object.hasOwn(roles, '__proto__') && roles['__proto__']).toBe('A');
    expect(Object.hasOwn(roles, 'constructor')).toBe(false);
    expect(read.checklist['constructor']?.status).toBe('not-applicable');
    removePartner(own, '__proto__');
    read = readAgreement(own).agreement;
    expect(ids(read.partners)).not.toContain('__proto__');
    for (const a of read.activities) expect(Object.hasOwn(a.roles, '__proto__')).toBe(false);
    for (const e of read.decisions.log) expect([Object.hasOwn(e.daci, '__proto__'), Object.hasOwn(e.daciPeople, '__proto__')]).toEqual([false, false]);
    expect(validateAgreement(read).filter((f) => f.code === 'action.unknownPartner').map((f) => f.path)).toEqual([`actions[${PROTO_NAMES.indexOf('__proto__')}].partnerId`]);
  });
});
