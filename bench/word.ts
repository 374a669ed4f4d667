// Word adapter cost: Office API calls (methods and property writes, as queued commands)
// and context.sync() round trips per insertion of each section, of the whole agreement and
// of the SPUK plan, and per Bijwerken and Plancheck — counted with the office-addin-mock fake.
import { readAgreement } from '../core/agreement/index.js';
import { agreementSection, spukPlanDocument } from '../core/render/agreement.js';
import { SECTION_IDS } from '../core/render/blocks.js';
import { applyRefresh, findInserted, insertSections, readOutline, type SectionContent } from '../office-addin/word-adapter.js';
import { buildExample } from '../test/fixtures/agreement/example.js';
import { FakeWord } from '../test/office-addin/word-mock.js';
import { printTable } from './lib.js';

type Row = [string, number, number, number];

async function measure(label: string, act: (word: FakeWord) => Promise<unknown>, prepare?: (word: FakeWord) => Promise<unknown>): Promise<Row> {
  const word = new FakeWord();
  if (prepare) await prepare(word);
  word.resetCounts();
  await act(word);
  const loads = word.calls.filter((c) => c.endsWith('.load')).length;
  return [label, word.calls.length - loads, loads, word.syncs];
}

export async function benchWord(): Promise<void> {
  const agreement = readAgreement(buildExample().doc).agreement;
  const content = (id: (typeof SECTION_IDS)[number]): SectionContent => {
    const section = agreementSection(agreement, id);
    return { draftId: 'bench', section, title: `Samenspel: ${section.title}` };
  };
  const all = SECTION_IDS.map(content);
  const plan = spukPlanDocument(agreement);
  const rows: Row[] = [];
  for (const id of SECTION_IDS) rows.push(await measure(`insert ${id}`, (w) => insertSections(w.run, [content(id)])));
  rows.push(await measure('insert whole agreement (11)', (w) => insertSections(w.run, all)));
  rows.push(
    await measure('insert SPUK plan', (w) =>
      insertSections(w.run, plan.sections.map((section) => ({ draftId: 'bench', section, title: section.title })), { lead: plan.title }),
    ),
  );
  const inserted = (w: FakeWord) => insertSections(w.run, all);
  rows.push(await measure('Bijwerken, nothing changed (scan)', (w) => findInserted(w.run), inserted));
  rows.push(
    await measure(
      'Bijwerken, all 11 rewritten',
      async (w) => applyRefresh(w.run, (await findInserted(w.run)).map((f, i) => ({ id: f.id, action: 'replace' as const, content: all[i]! }))),
      inserted,
    ),
  );
  rows.push(await measure('Plancheck (read outline)', (w) => readOutline(w.run), inserted));
  printTable(
    'Word adapter: Office API calls and context.sync() per action (example agreement, office-addin-mock)',
    [['action', 'API calls', 'loads', 'syncs'], ...rows.map(([label, calls, loads, syncs]) => [label, String(calls), String(loads), String(syncs)])],
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchWord();
