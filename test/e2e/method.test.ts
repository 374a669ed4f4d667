// The method in the web page, in Debian's Chromium against the real server: DACI per
// decision in the decision log (exactly one Driver and one Approver, with a clear message
// otherwise), a passage marked on a partner's page becoming an interest that keeps the quote
// with the note beside it, a personal interest shared only after a confirmation, and health
// over time (a chart per condition with its table, the next reflection moment), the person
// named beside a partner's DACI role, and the actions that follow from a check (added at a
// red condition, overdue marked in words, ticked done and collapsed); axe finds nothing
// serious or critical on these screens.
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addItem, annotationService, readAgreement, setRating, updateSection } from '../../core/agreement/index.js';
import { formatDate, t } from '../../core/i18n/index.js';
import { createDraft, type CreatedDraft, type ServerProcess } from '../support/server.js';
import { connectClient, waitForStatus } from '../support/server-clients.js';
import { axe, forbidDialogs, launchBrowser, startWebServer } from './browser.js';
import { waitSaved } from './typing.js';

let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let draft: CreatedDraft;
const dialogs: string[] = [];
const ids: Record<'library' | 'municipality' | 'school', string> = { library: '', municipality: '', school: '' };
const QUOTE = 'Wij willen dat elk kind in groep 5 met plezier leest.';
const NOTE = 'Sluit aan bij ons leesplan';

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchBrowser();
  draft = await createDraft(server.url, { title: 'Leesplan Noorderwijk' });
  const owner = await connectClient(server.wsUrl, draft.id, draft.tokens.owner);
  await owner.whenSaved();
  ids.library = addItem(owner.doc, 'partners', { name: 'Bibliotheek Noorderwijk', kind: 'library', origins: ['https://bieb.example'] });
  ids.municipality = addItem(owner.doc, 'partners', { name: 'Gemeente Noorderwijk', kind: 'municipality' });
  ids.school = addItem(owner.doc, 'partners', { name: 'Basisschool De Linde', kind: 'school', origins: ['https://delinde.example'] });
  updateSection(owner.doc, 'decisions', { rule: 'daci' });
  addItem(owner.doc, 'decisionLog', { date: '2027-02-01', decision: 'Leesclub verhuist naar de bibliotheek' });
  // A passage marked on the school's own site, with a note typed while marking.
  annotationService({ doc: owner.doc, privateDoc: new Y.Doc() }).create(
    {
      url: 'https://delinde.example/schoolplan',
      title: 'Schoolplan De Linde',
      selectors: [{ type: 'TextQuoteSelector', exact: QUOTE, prefix: '', suffix: '' }],
      partnerId: ids.school,
      level: 'organisational',
      conditionId: 'interests',
      note: NOTE,
      visibility: 'shared',
    },
    true,
  );
  await owner.whenSaved();
  await owner.destroy();

  context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  await context.addInitScript(() => {
    if (!localStorage.getItem('samenspel:settings')) localStorage.setItem('samenspel:settings', JSON.stringify({ name: 'Anna', organisation: 'Bibliotheek', lang: 'nl' }));
  });
  page = await context.newPage();
  forbidDialogs(page, dialogs);
  await page.goto(draft.links.editor);
  await waitSaved(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.dispose();
});

async function openPart(key: 'decisions' | 'interests'): Promise<void> {
  await page
    .getByRole('navigation', { name: t('nl', 'ui.parts.nav'), exact: true })
    .getByRole('button', { name: new RegExp(`^${t('nl', `ui.part.${key}`)}\\b`) })
    .click();
  await page.locator('#part-title').filter({ hasText: t('nl', `ui.part.${key}`) }).waitFor();
}

/** The agreement as the server has it now, read by a second client. */
async function serverAgreement() {
  const client = await connectClient(server.wsUrl, draft.id, draft.tokens.owner);
  await waitForStatus(client, (s) => s.kind === 'saved');
  const { agreement } = readAgreement(client.doc);
  await client.destroy();
  return agreement;
}

describe('the method in the workspace', () => {
  it('records DACI per decision and says when there is not exactly one Driver and one Approver', async () => {
    await openPart('decisions');
    const roles = page.getByRole('group', { name: t('nl', 'ui.decisions.daci', { n: 1 }) });
    await roles.waitFor();
    const decision = 'Leesclub verhuist naar de bibliotheek';
    const problems = roles.getByTestId('daci-problems');
    await expect.poll(() => problems.textContent()).toContain(t('nl', 'problem.decision.noDriver', { decision }));
    expect(await problems.textContent()).toContain(t('nl', 'problem.decision.noApprover', { decision }));
    expect(await axe(page, 'besluitvorming met DACI')).toEqual([]);

    const role = (partner: string) => roles.getByLabel(t('nl', 'ui.decisions.daciCell', { partner, n: 1 }), { exact: true });
    await role('Bibliotheek Noorderwijk').selectOption('D');
    await role('Gemeente Noorderwijk').selectOption('A');
    await role('Basisschool De Linde').selectOption('A');
    await expect.poll(() => problems.textContent()).toBe(t('nl', 'problem.decision.multipleApprovers', { decision }));
    await role('Basisschool De Linde').selectOption('C');
    await expect.poll(() => problems.count()).toBe(0);
    await waitSaved(page);
    const entry = (await serverAgreement()).decisions.log[0];
    expect(entry?.daci).toEqual({ [ids.library]: 'D', [ids.municipality]: 'A', [ids.school]: 'C' });

    // The person who takes a partner's role, by name, beside the partner; no name, no entry.
    const person = roles.getByLabel(t('nl', 'ui.decisions.daciPerson', { partner: 'Bibliotheek Noorderwijk' }), { exact: true });
    await person.fill('Anne de Vries');
    await person.press('Tab');
    const wethouder = roles.getByLabel(t('nl', 'ui.decisions.daciPerson', { partner: 'Gemeente Noorderwijk' }), { exact: true });
    await wethouder.fill('  ');
    await wethouder.press('Tab');
    await waitSaved(page);
    await expect.poll(async () => (await serverAgreement()).decisions.log[0]?.daciPeople).toEqual({ [ids.library]: 'Anne de Vries' });
    expect(await person.inputValue()).toBe('Anne de Vries');
    expect(await axe(page, 'besluitvorming met DACI per persoon')).toEqual([]);
  });

  it('shows a marked passage as the interest with its source, and the note typed when marking as a note', async () => {
    await openPart('interests');
    const school = page.getByRole('region', { name: t('nl', 'ui.interests.of', { partner: 'Basisschool De Linde' }) });
    const level = t('nl', 'level.organisational');
    const text = school.getByLabel(t('nl', 'ui.interests.text', { level, n: 1, partner: 'Basisschool De Linde' }), { exact: true });
    await expect.poll(() => text.inputValue()).toBe(QUOTE);
    expect(await school.getByLabel(t('nl', 'ui.interests.note', { level, n: 1, partner: 'Basisschool De Linde' }), { exact: true }).inputValue()).toBe(NOTE);
    expect(await school.locator('.source-quote').first().textContent()).toBe(QUOTE);
  });

  it('shares a personal interest only after a confirmation', async () => {
    const partner = 'Gemeente Noorderwijk';
    const region = page.getByRole('region', { name: t('nl', 'ui.interests.of', { partner }) });
    await region.getByRole('button', { name: `${t('nl', 'ui.interests.addPersonal')} (${partner})` }).click();
    const label = t('nl', 'ui.interests.personal', { n: 1, partner });
    await region.getByLabel(t('nl', 'ui.interests.person', { n: 1, partner }), { exact: true }).fill('de wethouder');
    await region.getByLabel(label, { exact: true }).fill('Wil voor de verkiezingen resultaat laten zien');
    const share = region.getByRole('button', { name: `${t('nl', 'ui.interests.share')} ${label}` });
    await share.click();
    // Asked first; nothing has left this device yet.
    const yes = region.getByRole('button', { name: `${t('nl', 'ui.interests.shareConfirm')} ${label}` });
    await yes.waitFor();
    expect(await region.getByText(t('nl', 'ui.interests.shareQuestion', { partner })).count()).toBe(1);
    expect(await axe(page, 'belangen: persoonlijk belang delen')).toEqual([]);
    await waitSaved(page);
    expect((await serverAgreement()).interests.filter((i) => i.partnerId === ids.municipality)).toEqual([]);

    await yes.click();
    await region.getByTestId('personal-shared').waitFor();
    await waitSaved(page);
    const shared = (await serverAgreement()).interests.filter((i) => i.partnerId === ids.municipality);
    expect(shared).toEqual([
      expect.objectContaining({
        level: 'organisational',
        text: 'Wil voor de verkiezingen resultaat laten zien',
        note: t('nl', 'ui.interests.sharedNote', { person: 'de wethouder' }),
      }),
    ]);
    expect(await axe(page, 'belangen na delen')).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('shows each condition over time as a chart with a table, and the next reflection moment', async () => {
    const client = await connectClient(server.wsUrl, draft.id, draft.tokens.owner);
    await waitForStatus(client, (st) => st.kind === 'saved');
    const rate = (date: string, partnerId: string, ratings: Record<string, 'red' | 'amber' | 'green'>) => {
      const id = addItem(client.doc, 'healthChecks', { date, partnerId });
      for (const [c, r] of Object.entries(ratings)) setRating(client.doc, id, c as 'process', r);
    };
    rate('2027-01-15', ids.library, { process: 'red', ambition: 'green' });
    rate('2027-01-15', ids.school, { process: 'amber' });
    rate('2027-04-15', ids.library, { process: 'amber' });
    rate('2027-04-15', ids.school, { process: 'green' });
    addItem(client.doc, 'milestones', { kind: 'reflection', date: '2099-06-01', title: 'Zomerreflectie' });
    await client.whenSaved();
    await client.destroy();

    await page
      .getByRole('navigation', { name: t('nl', 'ui.tabs.nav'), exact: true })
      .getByRole('button', { name: t('nl', 'ui.tab.health'), exact: true })
      .click();
    // The checks come from another client, one update after the other: the page may show the
    // first of them before the rest arrive, so wait for what it shows, not for the chart to exist.
    const chart = page.getByTestId('health-chart-process');
    await expect.poll(() => chart.locator('circle').count()).toBe(4);
    const img = chart.getByRole('img');
    await expect.poll(() => img.getAttribute('aria-label')).toBe(
      t('nl', 'ui.health.chartSummary', {
        condition: t('nl', 'condition.process'),
        latest: `${t('nl', 'ui.health.latestOf', { who: 'Bibliotheek Noorderwijk', rating: t('nl', 'rag.amber').toLowerCase() })} en ${t('nl', 'ui.health.latestOf', { who: 'Basisschool De Linde', rating: t('nl', 'rag.green').toLowerCase() })}`,
      }),
    );
    await chart.getByText(t('nl', 'ui.health.asTable', { condition: t('nl', 'condition.process') })).click();
    const table = page.getByTestId('health-table-process');
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual([t('nl', 'ui.health.col.who'), formatDate('2027-01-15', 'nl'), formatDate('2027-04-15', 'nl')]);
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toEqual([
      ['Bibliotheek Noorderwijk', t('nl', 'rag.red').toLowerCase(), t('nl', 'rag.amber').toLowerCase()],
      ['Basisschool De Linde', t('nl', 'rag.amber').toLowerCase(), t('nl', 'rag.green').toLowerCase()],
    ]);
    // Ambition was rated once, by one partner: a chart of one mark; relationship was never rated: no chart.
    expect(await page.getByTestId('health-chart-ambition').locator('circle').count()).toBe(1);
    expect(await page.getByTestId('health-chart-relationship').count()).toBe(0);
    // The milestone was the client's last update.
    await expect.poll(() => page.getByTestId('next-reflection').textContent()).toBe(
      t('nl', 'ui.health.nextMilestone', { date: formatDate('2099-06-01', 'nl'), title: 'Zomerreflectie' }),
    );
    expect(await axe(page, 'gezondheid over de tijd')).toEqual([]);
  });
  it('adds an action at a red condition of a check, marks it overdue, and ticks it done', async () => {
    // The checks of the test above, newest first: the library's of 15 January is check 2, with process red.
    const condition = t('nl', 'condition.process');
    const add = page.getByRole('button', { name: `${t('nl', 'ui.actions.add')} ${t('nl', 'ui.actions.addAt', { condition, n: 2 })}`, exact: true });
    // Only red and amber conditions offer it: ambition was green in that check.
    expect(await page.getByRole('button', { name: `${t('nl', 'ui.actions.add')} ${t('nl', 'ui.actions.addAt', { condition: t('nl', 'condition.ambition'), n: 2 })}`, exact: true }).count()).toBe(0);
    await add.click();
    const actions = page.getByTestId('health-actions');
    const text = actions.getByLabel(t('nl', 'ui.actions.text', { n: 1 }), { exact: true });
    // Focus moves into the new action, so a keyboard user types straight on.
    await expect.poll(() => text.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Vaste agenda voor het partneroverleg');
    expect(await actions.getByText(t('nl', 'ui.actions.from', { who: 'Bibliotheek Noorderwijk', date: formatDate('2027-01-15', 'nl'), condition })).count()).toBe(1);
    expect(await actions.getByLabel(t('nl', 'ui.actions.partner', { n: 1 }), { exact: true }).inputValue()).toBe(ids.library);
    await actions.getByLabel(t('nl', 'ui.actions.person', { n: 1 }), { exact: true }).fill('Anne de Vries');
    const due = actions.getByLabel(t('nl', 'ui.actions.due', { n: 1 }), { exact: true });
    await due.fill('15-01-2025');
    await due.press('Tab');
    // Overdue in words, in the heading a screen reader lands on, not only in colour.
    const card = actions.getByTestId('action');
    await card.getByTestId('action-overdue').waitFor();
    expect(await card.getByRole('heading').textContent()).toBe(`${t('nl', 'ui.actions.title', { n: 1 })} ${t('nl', 'ui.actions.overdue')}`);
    expect(await card.getByTestId('action-overdue-since').textContent()).toBe(t('nl', 'ui.actions.overdueSince', { date: formatDate('2025-01-15', 'nl') }));
    expect(await actions.getByTestId('actions-overdue').textContent()).toBe(t('nl', 'ui.actions.overdueCount', { count: 1 }));
    expect(await axe(page, 'gezondheid: acties')).toEqual([]);
    await waitSaved(page);
    const stored = (await serverAgreement()).actions;
    expect(stored).toEqual([
      expect.objectContaining({ text: 'Vaste agenda voor het partneroverleg', partnerId: ids.library, person: 'Anne de Vries', due: '2025-01-15', done: false, conditionId: 'process' }),
    ]);
    expect((await serverAgreement()).healthChecks.find((c) => c.id === stored[0]!.checkId)).toMatchObject({ date: '2027-01-15', partnerId: ids.library });

    // Ticked, the action leaves the open list at once (so click: there is no box left to stay checked).
    await actions.getByRole('checkbox', { name: `${t('nl', 'ui.actions.done')} (${t('nl', 'ui.actions.title', { n: 1 })})`, exact: true }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect(await actions.getByText(t('nl', 'ui.actions.none'), { exact: true }).count()).toBe(1);
    const done = actions.getByTestId('actions-done');
    expect(await done.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await done.getByText(t('nl', 'ui.actions.doneList', { count: 1 })).click();
    const reopen = done.getByRole('checkbox', { name: t('nl', 'ui.actions.doneItem', { text: 'Vaste agenda voor het partneroverleg', who: t('nl', 'daci.person', { person: 'Anne de Vries', partner: 'Bibliotheek Noorderwijk' }) }), exact: true });
    expect(await reopen.isChecked()).toBe(true);
    await waitSaved(page);
    expect((await serverAgreement()).actions[0]?.done).toBe(true);
    expect(await axe(page, 'gezondheid: afgeronde acties')).toEqual([]);
  });
});
