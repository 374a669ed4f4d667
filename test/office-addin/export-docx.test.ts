// What the task pane's Exporteren downloads, opened by LibreOffice: the whole agreement with
// every section heading, the RACI cells and the budget figures; and the SPUK plan's .docx
// with its budget, percentages and scheme check.
import { describe, expect, it, vi } from 'vitest';
import { readAgreement } from '../../core/agreement/index.js';
import { agreementDocument, spukPlanDocument } from '../../core/render/agreement.js';
import { renderDocx } from '../../core/render/index.js';
import type { BrowserIo } from '../../web/host.js';
import { createWordHost } from '../../office-addin/word-host.js';
import { buildExample } from '../fixtures/agreement/example.js';
import { docxToText } from '../support/libreoffice.js';
import { FakeWord } from './word-mock.js';

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('.docx export, opened by LibreOffice', () => {
  it('has every section heading, the RACI cells and the budget figures', async () => {
    const agreement = readAgreement(buildExample().doc).agreement;
    const download = vi.fn<BrowserIo['download']>(async () => ({ ok: true }));
    const host = createWordHost({
      run: new FakeWord().run,
      current: () => ({ draftId: 'draft1', agreement }),
      io: { copy: vi.fn(), openLink: vi.fn(), download },
    });
    expect((await host.exportDocx()).ok).toBe(true);
    const text = squash(await docxToText(download.mock.calls[0]![0].bytes));
    for (const section of agreementDocument(agreement).sections) expect(text).toContain(section.title);
    expect(text).toMatch(/Wie doet wat \(RACI\) Activiteit Bibliotheek/); // header cells wrap in layout
    expect(text).toMatch(/Leesclub groep 5 A I R/);
    expect(text).toMatch(/Ouderavonden (voorlezen )?R C A/); // the activity cell may wrap
    for (const amount of ['80.000,00', '15.000,00', '5.000,00', '100.000,00']) expect(text).toContain(amount);
  });

  it('shows the SPUK plan: explanation headings, the budget with its totals and what the check could not check', async () => {
    const agreement = readAgreement(buildExample().doc).agreement;
    const plan = spukPlanDocument(agreement);
    const text = squash(await docxToText(await renderDocx(plan)));
    expect(text).toContain('SPUK-plan van aanpak');
    for (const section of plan.sections) expect(text).toContain(section.title);
    const headings = plan.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])));
    expect(headings).toContain('Gezamenlijke ambitie');
    for (const heading of headings) expect(text).toContain(heading);
    for (const amount of ['80.000,00', '20.000,00', '100.000,00']) expect(text).toContain(amount);
    expect(text).toContain('Niet nagegaan: '); // the example lacks inhabitants and hours: the check says so
  });
});
