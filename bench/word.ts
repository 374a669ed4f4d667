// Word adapter cost: Office API calls (methods and property writes, as queued commands)
// and context.sync() round trips per insertion of each section, of the whole agreement and
// of the SPUK plan, and per Bijwerken and Plancheck — counted with the office-addin-mock fake,
// on the content-control path (desktop) and the bookmark path (Word for the web).
import { readAgreement } from '../core/agreement/index.js';
import { agreementSection, spukPlanDocument } from '../core/render/agreement.js';
import { SECTION_IDS } from '../core/render/blocks.js';
import type { AnchorKind } from '../office-addin/platform.js';
import { applyRefresh, findInserted, insertSections, readOutline, type SectionContent } from '../office-addin/word-adapter.js';
import { buildExample } from '../test/fixtures/agreement/example.js';
import { FakeWord } from '../test/office-addin/word-mock.js';
import { printTable } from './lib.js';

type Counts = [number, number, number];

async function measure(act: (word: FakeWord) => Promise<unknown>, prepare?: (word: FakeWord) => Promise<unknown>): Promise<Counts> {
  const word = new FakeWord();
  if (prepare) await prepare(word);
  word.resetCounts();
  await act(word);
  const loads = word.calls.filter((c) => c.endsWith('.load')).length;
  return [word.calls.length - loads, loads, word.syncs];
}

export async function benchWord(): Promise<void> {
  const agreement = readAgreement(buildExample().doc).agreement;
  const content = (id: (typeof SECTION_IDS)[number]): SectionContent => {
    const section = agreementSection(agreement, id);
    return { draftId: 'bench', section, title: `Samenspel: ${section.title}` };
  };
  const all = SECTION_IDS.map(content);
  const plan = spukPlanDocument(agreement);
  const rows: string[][] = [];
  /** One action on both paths: content controls (desktop, the baseline) and bookmarks (Word for the web). */
  async function row(label: string, act: (w: FakeWord, anchor: AnchorKind) => Promise<unknown>, prepare?: (w: FakeWord, anchor: AnchorKind) => Promise<unknown>) {
    const [control, bookmark] = await Promise.all(
      (['control', 'bookmark'] as const).map((anchor) => measure((w) => act(w, anchor), prepare && ((w) => prepare(w, anchor)))),
    );
    rows.push([label, ...control!.map(String), ...bookmark!.map(String)]);
  }
  const read = { bookmarks: true };
  for (const id of SECTION_IDS) await row(`insert ${id}`, (w, anchor) => insertSections(w.run, [content(id)], { anchor }));
  await row('insert whole agreement (11)', (w, anchor) => insertSections(w.run, all, { anchor }));
  await row('insert SPUK plan', (w, anchor) =>
    insertSections(w.run, plan.sections.map((section) => ({ draftId: 'bench', section, title: section.title })), { lead: plan.title, anchor }),
  );
  const inserted = (w: FakeWord, anchor: AnchorKind) => insertSections(w.run, all, { anchor });
  await row('Bijwerken, nothing changed (scan)', (w) => findInserted(w.run, read), inserted);
  await row(
    'Bijwerken, all 11 rewritten',
    async (w, anchor) => applyRefresh(w.run, (await findInserted(w.run, read)).map((f, i) => ({ anchor: f.anchor, action: 'replace' as const, content: all[i]! })), { anchor }),
    inserted,
  );
  await row('Plancheck (read outline)', (w) => readOutline(w.run, read), inserted);
  printTable('Word adapter: Office API calls, loads and context.sync() per action (example agreement, office-addin-mock); content controls (desktop, baseline) beside bookmarks (Word for the web)', [
    ['action', 'cc calls', 'cc loads', 'cc syncs', 'bm calls', 'bm loads', 'bm syncs'],
    ...rows,
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchWord();
