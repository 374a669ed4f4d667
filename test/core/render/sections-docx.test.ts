// The .docx of the full example agreement and of the SPUK plan, opened by LibreOffice:
// what a person sees there must include every section heading, the RACI cells and the budget,
// the activities applied for, the credit line, and no question put to the reader.
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../../../core/agreement/index.js';
import { agreementDocument, spukPlanDocument } from '../../../core/render/agreement.js';
import { renderDocx } from '../../../core/render/index.js';
import { docxToText } from '../../support/libreoffice.js';
import { buildExample } from '../../fixtures/agreement/example.js';
import { buildSpukExample } from '../../fixtures/agreement/spuk-example.js';

const squash = (s: string) => s.replace(/\s+/g, ' ');
const CREDIT = 'Gebaseerd op Samenwerken als lonkend perspectief (Cubiss, 2023).';

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
    expect(text).toContain(CREDIT);
    expect(text).not.toContain('?');
  });

  it('shows the SPUK plan with the activities, hours, co-financing and the check', async () => {
    const agreement = readAgreement(buildSpukExample().doc).agreement;
    const text = squash(await docxToText(await renderDocx(spukPlanDocument(agreement))));
    expect(text).toContain('SPUK-plan van aanpak — Bibliotheek dichtbij in Dongemond');
    expect(text).toContain('Toelichting');
    expect(text).toContain('Begroting');
    expect(text).toContain('Vestiging Vrijhoeve');
    // Table cells wrap in the layout text, so one line of the location is looked for.
    expect(text).toContain('Schoolstraat 12');
    expect(text).toContain('20 per week');
    expect(text).toMatch(/Gemeente Dongemond: € ?38\.000,00/);
    expect(text).toMatch(/specifieke uitkering 80\s?%/);
    expect(text).toContain('bijgewerkt op 28 november 2026');
    expect(text).toContain(CREDIT);
    expect(text).not.toContain('?');
    expect(text).not.toMatch(/subsidie/i);
  });
});
