// An embed in a text field, in Debian's Chromium over the real server: a Y client in Node
// puts an embed into ambition.statement (Yjs counts it as one character, the page shows it as
// U+FFFC); the partner in the page types " XYZ" at the end with human delays, while the Node
// client adds another embed at the start; every side ends with the text in the right place:
// the page, a reloaded page, the Node client's Y.Text and the server's Markdown export
// (issue 11, finding 5).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { findText, textWithEmbeds } from '../../core/agreement/index.js';
import { t } from '../../core/i18n/index.js';
import type { SyncSession } from '../../core/sync/index.js';
import { api, createDraft, type ServerProcess } from '../support/server.js';
import { connectClient, waitFor, waitForStatus } from '../support/server-clients.js';
import { forbidDialogs, launchBrowser, startWebServer, syncStatus } from './browser.js';
import { caret, field, seeded, sleep, typeHuman, waitSaved, type Person } from './typing.js';

let server: ServerProcess;
let browser: Browser;
let node: SyncSession;

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await node?.destroy();
  await browser?.close();
  await server?.dispose();
});

const EMBED = { image: 'https://bibliotheek.example/logo.png' };
const E = '\uFFFC';

it('" XYZ" typed at the end of a field with embeds lands at the end on every side', async () => {
  const d = await createDraft(server.url, { title: 'Met plaatje' });
  node = await connectClient(server.wsUrl, d.id, d.tokens.editor, { name: 'Node' });
  await waitForStatus(node, (s) => s.kind === 'saved');
  const ytext = findText(node.doc, { section: 'ambition', field: 'statement' })!;
  node.doc.transact(() => ytext.insert(0, 'Alle kinderen lezen'));
  await waitForStatus(node, (s) => s.kind === 'saved');

  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  forbidDialogs(page, dialogs);
  const partner: Person = { name: 'Partner', context, page, rand: seeded(20270311), cdp: null, dialogs };
  const open = async () => {
    await syncStatus(page).waitFor();
    await waitSaved(page);
    await page.getByRole('navigation', { name: t('nl', 'ui.tabs.nav'), exact: true }).getByRole('button', { name: t('nl', 'ui.tab.agreement'), exact: true }).click();
    await page.getByRole('navigation', { name: t('nl', 'ui.parts.nav'), exact: true }).getByRole('button', { name: t('nl', 'ui.part.ambition'), exact: true }).click();
  };
  await page.goto(d.links.editor);
  await open();
  const statement = field(page, 'statement');
  await expect.poll(() => statement.inputValue()).toBe('Alle kinderen lezen');

  // The embed arrives while the page is open, between "Alle " and "kinderen".
  node.doc.transact(() => ytext.insertEmbed(5, EMBED));
  await expect.poll(() => statement.inputValue()).toBe(`Alle ${E}kinderen lezen`);

  await caret(partner, statement, 'end');
  const typing = typeHuman(partner, ' XYZ');
  // Meanwhile another embed comes in at the very start.
  await sleep(150);
  node.doc.transact(() => ytext.insertEmbed(0, EMBED));
  await typing;

  const expected = `${E}Alle ${E}kinderen lezen XYZ`;
  await expect.poll(() => statement.inputValue()).toBe(expected);
  expect(await statement.evaluate((el) => [(el as HTMLTextAreaElement).selectionStart, (el as HTMLTextAreaElement).selectionEnd])).toEqual([expected.length, expected.length]);
  await waitSaved(page);
  await waitFor(() => textWithEmbeds(ytext) === expected, 15_000, `the Node client to read ${JSON.stringify(expected)}, has ${JSON.stringify(textWithEmbeds(ytext))}`);
  expect(ytext.toString()).toBe('Alle kinderen lezen XYZ');
  expect(ytext.toDelta()).toEqual([{ insert: EMBED }, { insert: 'Alle ' }, { insert: EMBED }, { insert: 'kinderen lezen XYZ' }]);

  await page.reload();
  await open();
  await expect.poll(() => field(page, 'statement').inputValue()).toBe(expected);

  const md = await (await api(server.url, d.tokens.viewer)(`/api/drafts/${d.id}/export.md`)).text();
  expect(md).toContain('Alle kinderen lezen XYZ');
  expect(dialogs).toEqual([]);
  await context.close();
});
