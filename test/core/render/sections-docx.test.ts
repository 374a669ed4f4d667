// The .docx of the full example agreement and of the SPUK plan, opened by LibreOffice:
// what a person sees there must include every section heading, the RACI cells and the budget.
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../../../core/agreement/index.js';
import { agreementDocument, spukPlanDocument } from '../../../core/render/agreement.js';
import { renderDocx } from '../../../core/render/index.js';
import { docxToText } from '../../support/libreoffice.js';
import { buildExample } from '../../fixtures/agreement/example.js';

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('agreement as .docx, opened by LibreOffice', () => {
  it('shows every section heading, the RACI table and the budget', async () => {
    const agreement = readAgreement(buildExample().doc).agreement;
    const document = agreementDocument(agreement);
    const text = squash(await docxToText(await renderDocx(document)));
    expect(text).toContain('Leesplan Oosterhout 2027');
    for (const section of document.sections) expect(text).toContain(section.title);
    // RACI rows, partner columns in order: library, municipality, school.
    expect(text).toMatch(/Leesclub groep 5 A I R/);
    expect(text).toMatch(/Ouderavonden (voorlezen )?R C A/);
    expect(text).toContain('80.000,00');
    expect(text).toContain('100.000,00');
  });

  it('shows the SPUK plan with its explanation and budget check', async () => {
    const agreement = readAgreement(buildExample().doc).agreement;
    const text = squash(await docxToText(await renderDocx(spukPlanDocument(agreement))));
    expect(text).toContain('Plan van aanpak SPUK');
    expect(text).toContain('Toelichting');
    expect(text).toContain('Begroting');
    expect(text).toMatch(/subsidie 80\s?%/);
  });
});
