// The guided start in the real browser (the web page): creating a draft asks the title and
// the kind of plan (nothing preselected: pressed without one, it says so at the choice), then
// opens the guided start, from the empty draft through the partners (a support organisation
// from the suggestions) and the five conditions to the overview, with the way out to the
// whole draft at every step; the "Wat maakt het lastig?" diagnosis turning a sign into a
// rule of play that appears in the agreement's rules; the knowledge behind "Meer uitleg";
// axe (no serious or critical violations) on every new screen, and screenshots of each.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readAgreement } from '../../core/agreement/index.js';
import { localize, t } from '../../core/i18n/index.js';
import { AMBITION, COMPLEXITIES, DACI_ROLES, findCondition, PROVINCES_WITHOUT_SUPPORT, RELATIONSHIP } from '../../core/knowledge/index.js';
import { decodeShareLink } from '../../core/sync/share-link.js';
import type { ServerProcess } from '../support/server.js';
import { connectClient, waitForStatus } from '../support/server-clients.js';
import { axe, forbidDialogs, launchBrowser, SAVED_TEXT, SCREENSHOT_DIR, startWebServer, syncStatus } from './browser.js';
import { startDraft } from './typing.js';

let server: ServerProcess;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const problems: string[] = [];
const nl = (key: Parameters<typeof t>[1], params?: Record<string, string | number>) => t('nl', key, params);
const shot = (name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, name), fullPage: true });
const check = async (screen: string) => problems.push(...(await axe(page, screen)));
const saved = () => expect.poll(() => syncStatus(page).textContent(), { timeout: 20_000 }).toBe(SAVED_TEXT);
const stepHeading = (n: number, title: string) => page.getByRole('heading', { name: nl('guide.stepOf', { n, total: 6, title }), level: 3 });
const next = async (title: string) => page.getByRole('button', { name: nl('guide.next', { title }), exact: true }).click();
const conditionTitle = (id: string) => localize(findCondition(id)!.title, 'nl');
/** The way out of the guide, on every step. */
const exitButton = () => page.getByTestId('guide').getByRole('button', { name: nl('guide.exit'), exact: true });

beforeAll(async () => {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  server = await startWebServer();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  page = await context.newPage();
  forbidDialogs(page, dialogs);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('guided start, overview and diagnosis (web page)', () => {
  it('offers getting started, the reasons to collaborate and the credit line on the start screen', async () => {
    await page.goto(server.url + '/');
    await page.getByRole('heading', { name: nl('ui.start.title') }).waitFor();
    const intro = page.getByTestId('method-intro');
    await intro.getByRole('heading', { name: nl('guide.intro.title') }).waitFor();
    await intro.getByText('3. Organiseer je eigen support', { exact: false }).click();
    await intro.getByText('samenwerkingslab.nl', { exact: false }).first().waitFor();
    await intro.getByText('Samenwerken tussen organisaties').click();
    await intro.getByText('Kansrijke Start', { exact: false }).first().waitFor();
    expect(await intro.getByTestId('credit').textContent()).toBe('Gebaseerd op Samenwerken als lonkend perspectief (Cubiss, 2023)');
    expect(await intro.locator('[data-testid=credit] cite').textContent()).toBe('Samenwerken als lonkend perspectief');
    await check('start with the method');
    await shot('guide-start.png');
  });

  it('asks the kind of plan when creating a draft, and says so when none is chosen', async () => {
    const form = page.getByRole('region', { name: nl('ui.start.create'), exact: true });
    const kinds = form.getByRole('group', { name: nl('guide.planKind'), exact: true });
    // A real choice: nothing is preselected.
    expect(await kinds.getByRole('radio').count()).toBe(6);
    expect(await kinds.getByRole('radio', { checked: true }).count()).toBe(0);
    await form.getByLabel(nl('ui.start.draftTitle'), { exact: true }).fill('Voorlezen in Noorderwijk');
    await form.getByRole('button', { name: nl('ui.start.createButton'), exact: true }).click();
    await expect.poll(() => form.locator('#plan-kind-message').textContent()).toBe(nl('guide.create.kindMissing'));
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('start-plan-kind');
    expect(await kinds.getByRole('radio').first().getAttribute('aria-describedby')).toBe('plan-kind-message');
    // One way to create: no second button beside it.
    expect(await form.getByRole('button').count()).toBe(1);
    await check('start, kind of plan missing');
    // Nothing was created.
    expect(await page.getByTestId('guide').count()).toBe(0);
  });

  it('leads from an empty draft through the plan, the partners and the five conditions to the overview', async () => {
    await startDraft(page, 'Voorlezen in Noorderwijk', { planKind: 'spuk-plan' });
    // A new device asks who you are first.
    const me = page.getByRole('dialog');
    await me.getByLabel(nl('ui.me.name'), { exact: true }).fill('Anna');
    await me.getByRole('button', { name: nl('ui.me.save'), exact: true }).click();
    await saved();

    // Step 1: the kind of plan chosen in the form (changeable here) and the partners.
    await stepHeading(1, nl('guide.step.start')).waitFor();
    const tabs = page.getByRole('navigation', { name: nl('ui.tabs.nav') });
    expect(await tabs.getByRole('button', { name: nl('ui.tab.guide'), exact: true }).getAttribute('aria-current')).toBe('page');
    const spuk = page.getByLabel(nl('planKind.spuk-plan'), { exact: true });
    await expect.poll(() => spuk.isChecked(), { timeout: 20_000 }).toBe(true);
    expect(await exitButton().count()).toBe(1);
    const partnerName = page.getByLabel(nl('guide.start.partnerName'), { exact: true });
    await partnerName.fill('Bibliotheek Noorderwijk');
    await partnerName.press('Enter');
    await page.getByTestId('guide-partners').getByText('Bibliotheek Noorderwijk').waitFor();
    // The support organisations are the field's suggestions.
    const suggestions = await page.evaluate((id) => [...document.getElementById(id)!.querySelectorAll('option')].map((o) => o.value), (await partnerName.getAttribute('list'))!);
    expect(suggestions).toEqual(expect.arrayContaining(['Cubiss', 'Probiblio', 'Rijnbrink', 'BiSC', 'Fers']));
    // Flevoland has no support organisation of its own: a note says who does the work, no invented suggestion.
    await page.getByTestId('guide').getByText(localize(PROVINCES_WITHOUT_SUPPORT[0]!.note, 'nl'), { exact: true }).waitFor();
    await partnerName.fill('Probiblio');
    await page.getByRole('button', { name: nl('ui.partners.add'), exact: true }).click();
    await partnerName.fill('Gemeente Noorderwijk');
    await page.getByLabel(nl('ui.partners.kind'), { exact: true }).selectOption('municipality');
    await partnerName.press('Enter');
    await expect.poll(() => page.getByTestId('guide-partners').locator('li').allTextContents()).toEqual([
      `Bibliotheek Noorderwijk (${nl('partnerKind.library')})`,
      `Probiblio (${nl('partnerKind.support-organisation')})`,
      `Gemeente Noorderwijk (${nl('partnerKind.municipality')})`,
    ]);
    await check('guide/start');
    await shot('guide-step-start.png');

    // Step 2: the shared ambition, with its explanation and pitfalls behind "Meer uitleg".
    await next(conditionTitle('ambition'));
    await stepHeading(2, conditionTitle('ambition')).waitFor();
    expect(await exitButton().count()).toBe(1);
    // The step's heading takes focus in an effect after the step is painted.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('guide-step-title');
    await page.getByLabel(nl('ui.ambition.statement'), { exact: true }).fill('Elk kind in Noorderwijk leest met plezier.');
    await page.getByTestId('guide-ambition').getByText(nl('ui.explain.more')).click();
    const pitfall = AMBITION.pitfalls[0]!;
    await page.getByTestId('guide-ambition').getByText(localize(pitfall.name, 'nl'), { exact: true }).waitFor();
    await check('guide/ambition with Meer uitleg');
    await shot('guide-step-ambition.png');

    // Step 3: interests, halen en brengen per partner.
    await next(conditionTitle('interests'));
    await stepHeading(3, conditionTitle('interests')).waitFor();
    expect(await exitButton().count()).toBe(1);
    await page.getByLabel(nl('guide.interests.gets', { partner: 'Bibliotheek Noorderwijk' }), { exact: true }).fill('Meer jonge leden');
    await page.getByLabel(nl('guide.interests.brings', { partner: 'Bibliotheek Noorderwijk' }), { exact: true }).fill('Leesconsulenten en collectie');
    await check('guide/interests');

    // Step 4: the relationship.
    await next(conditionTitle('relationship'));
    await stepHeading(4, conditionTitle('relationship')).waitFor();
    expect(await exitButton().count()).toBe(1);
    await page.getByLabel(nl('ui.relationship.meeting'), { exact: true }).fill('Elke maand koffie in de bibliotheek');
    await check('guide/relationship');

    // Step 5: the organisation: a decision rule and a programme from the sector as an activity.
    await next(conditionTitle('organisation'));
    await stepHeading(5, conditionTitle('organisation')).waitFor();
    expect(await exitButton().count()).toBe(1);
    // With DACI chosen the step explains its four roles.
    const rule = page.getByLabel(nl('ui.decisions.rule'), { exact: true });
    await rule.selectOption('daci');
    await page.getByTestId('guide-daci-roles').getByText(localize(DACI_ROLES[0]!.name, 'nl'), { exact: false }).waitFor();
    await rule.selectOption('consent');
    await expect.poll(() => page.getByTestId('guide-daci-roles').count()).toBe(0);
    await page.getByRole('button', { name: `${nl('guide.suggest.addActivity')} BoekStart`, exact: true }).click();
    await page.getByTestId('guide-activities').getByText('BoekStart', { exact: true }).waitFor();
    await check('guide/organisation');
    await shot('guide-step-organisation.png');

    // Step 6: the process.
    await next(conditionTitle('process'));
    await stepHeading(6, conditionTitle('process')).waitFor();
    expect(await exitButton().count()).toBe(1);
    await page.getByLabel(nl('ui.process.cadence'), { exact: true }).selectOption('quarterly');
    await check('guide/process');
    await saved();

    // The overview: per condition what is filled and what is still open.
    await page.getByRole('button', { name: nl('guide.toOverview'), exact: true }).click();
    await page.getByRole('heading', { name: nl('ui.tab.overview'), level: 2 }).waitFor();
    const ambition = page.getByTestId('overview-ambition');
    expect(await ambition.locator('[data-check="ambition.statement"]').textContent()).toContain(nl('guide.check.ambition.statement'));
    expect(await ambition.locator('ul.filled [data-check="ambition.statement"]').count()).toBe(1);
    expect(await ambition.locator('ul.open [data-check="ambition.promise"]').textContent()).toContain(nl('missing.ambition.promise'));
    const relationship = page.getByTestId('overview-relationship');
    expect(await relationship.locator('ul.filled [data-check="relationship.meeting"]').count()).toBe(1);
    expect(await relationship.locator('ul.open [data-check="relationship.conflicts"]').count()).toBe(1);
    expect(await page.getByTestId('overview-organisation').locator('ul.filled [data-check="decisions.rule"]').count()).toBe(1);
    expect(await page.getByTestId('overview-process').locator('ul.filled [data-check="process.reflection"]').count()).toBe(1);
    expect(await page.getByLabel(nl('guide.planKind'), { exact: true }).inputValue()).toBe('spuk-plan');
    await check('overview');
    await shot('guide-overview.png');

    // An open point leads to the part where it is filled.
    await relationship.locator('[data-check="relationship.conflicts"]').getByRole('button', { name: nl('guide.overview.fill', { part: nl('ui.part.relationship') }) }).click();
    await page.getByRole('heading', { name: nl('ui.part.relationship'), level: 2 }).waitFor();
    expect(await page.getByLabel(nl('ui.relationship.meeting'), { exact: true }).inputValue()).toBe('Elke maand koffie in de bibliotheek');

    // What the guide wrote is in the shared draft.
    const link = decodeShareLink(page.url())!;
    const client = await connectClient(server.wsUrl, link.draftId, link.token);
    await waitForStatus(client, (s) => s.kind === 'saved');
    const a = readAgreement(client.doc).agreement;
    expect(a.meta.planKind).toBe('spuk-plan');
    expect(a.partners.map((p) => [p.name, p.kind])).toEqual([
      ['Bibliotheek Noorderwijk', 'library'],
      ['Probiblio', 'support-organisation'],
      ['Gemeente Noorderwijk', 'municipality'],
    ]);
    expect(a.partners[0]).toMatchObject({ gets: 'Meer jonge leden', brings: 'Leesconsulenten en collectie' });
    expect(a.ambition.statement).toBe('Elk kind in Noorderwijk leest met plezier.');
    expect(a.decisions.rule).toBe('consent');
    expect(a.process.cadence).toBe('quarterly');
    expect(a.activities.map((x) => x.name)).toEqual(['BoekStart']);
    await client.destroy();
  });

  it('leaves the guide for the whole draft from any step, by keyboard, focus on the part shown', async () => {
    const tabs = page.getByRole('navigation', { name: nl('ui.tabs.nav') });
    await tabs.getByRole('button', { name: nl('ui.tab.guide'), exact: true }).click();
    await page.getByRole('navigation', { name: nl('guide.steps') }).getByRole('button', { name: `3. ${conditionTitle('interests')}`, exact: true }).click();
    await stepHeading(3, conditionTitle('interests')).waitFor();
    await exitButton().focus();
    await page.keyboard.press('Enter');
    // Interests belong to Partners and Belangen: the whole draft opens at the first of them.
    await page.locator('#part-title').filter({ hasText: nl('ui.part.partners') }).waitFor();
    expect(await tabs.getByRole('button', { name: nl('ui.tab.agreement'), exact: true }).getAttribute('aria-current')).toBe('page');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('part-title');
    // Back to where the rest of the tests continue.
    await page.getByRole('navigation', { name: nl('ui.parts.nav') }).getByRole('button', { name: nl('ui.part.relationship'), exact: true }).click();
    await page.getByRole('heading', { name: nl('ui.part.relationship'), level: 2 }).waitFor();
  });

  it('shows Krackhardt with the source and the proverb in the relationship part', async () => {
    const explain = page.locator('.part .explain').first();
    await explain.getByText(nl('ui.explain.more')).click();
    expect(await explain.getByTestId('krackhardt-source').textContent()).toContain('Krackhardt (1992)');
    expect(await explain.getByTestId('proverb').textContent()).toBe(nl('guide.relationship.proverb'));
    await explain.getByText(localize(RELATIONSHIP.pitfalls[0]!.name, 'nl'), { exact: true }).waitFor();
    expect(await explain.getByTestId('credit').textContent()).toContain('Samenwerken als lonkend perspectief');
    await check('afspraken/relatie with Meer uitleg');
    await shot('guide-relationship-explain.png');
  });

  it('turns a recognised sign into a rule of play that appears in the agreement’s rules', async () => {
    const tabs = page.getByRole('navigation', { name: nl('ui.tabs.nav') });
    await tabs.getByRole('button', { name: nl('ui.tab.overview'), exact: true }).click();
    const diagnosis = page.getByTestId('diagnosis');
    await diagnosis.getByRole('heading', { name: nl('guide.diagnosis.title') }).waitFor();
    const power = COMPLEXITIES.find((c) => c.id === 'unclear-power')!;
    await diagnosis.getByLabel(localize(power.signs[0]!, 'nl'), { exact: true }).check();
    const help = localize(power.helps[1]!, 'nl');
    // The button names its help for screen readers (a visually hidden part of its text).
    const item = diagnosis.locator('li.help', { hasText: help });
    const makeRule = item.getByRole('button', { name: nl('guide.diagnosis.makeRule') });
    expect(await makeRule.textContent()).toBe(`${nl('guide.diagnosis.makeRule')}: ${help}`);
    await makeRule.waitFor();
    await check('diagnosis');
    await shot('guide-diagnosis.png');
    await makeRule.click();
    // Said, and the same button now says it is done (focus stays on it).
    await expect.poll(() => page.getByTestId('announcer').textContent()).toContain(nl('guide.diagnosis.ruleAdded', { text: help }));
    const done = item.getByRole('button', { name: nl('guide.diagnosis.isRule') });
    expect(await done.textContent()).toBe(`${nl('guide.diagnosis.isRule')}: ${help}`);
    expect(await done.getAttribute('aria-disabled')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(nl('guide.diagnosis.isRule'));
    await page.keyboard.press('Enter');
    await saved();

    await tabs.getByRole('button', { name: nl('ui.tab.agreement'), exact: true }).click();
    await page.getByRole('navigation', { name: nl('ui.parts.nav') }).getByRole('button', { name: nl('ui.part.rules'), exact: true }).click();
    await page.getByRole('heading', { name: nl('ui.part.rules'), level: 2 }).waitFor();
    expect(await page.getByLabel(nl('ui.rules.rule', { n: 1 }), { exact: true }).inputValue()).toBe(help);
    // Clicked twice, it is there once.
    expect(await page.getByLabel(nl('ui.rules.rule', { n: 2 }), { exact: true }).count()).toBe(0);
    await check('afspraken/spelregels');
    await shot('guide-rules.png');
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
