// The real server on loopback with a draft whose ids are names of Object.prototype
// (`constructor`, `toString`, `__proto__`, …), written over a real socket by an editor's
// client: the .docx (opened by LibreOffice), Markdown and the owner's JSON export answer 200 and show
// the partners and their roles (issue 11, finding 1).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Agreement } from '../../core/agreement/index.js';
import { docxToText } from '../support/libreoffice.js';
import { PROTO_NAMES, roleOf, writeHostileShared } from '../support/prototype-keys.js';
import { api, createDraft, startServerProcess, type ServerProcess } from '../support/server.js';
import { connectClient, waitForStatus } from '../support/server-clients.js';

let srv: ServerProcess;
beforeAll(async () => {
  srv = await startServerProcess();
});
afterAll(async () => {
  await srv?.dispose();
});

const squash = (s: string) => s.replace(/\s+/g, ' ');

it('exports a draft with ids such as constructor and __proto__ as .docx, Markdown and JSON', { timeout: 120_000 }, async () => {
  const d = await createDraft(srv.url, { title: 'Prototype-namen' });
  const editor = await connectClient(srv.wsUrl, d.id, d.tokens.editor, { name: 'Kwaadwillend' });
  try {
    await waitForStatus(editor, (s) => s.kind === 'saved');
    writeHostileShared(editor.doc);
    await waitForStatus(editor, (s) => s.kind === 'saved');
  } finally {
    await editor.destroy();
  }
  const get = api(srv.url, d.tokens.viewer);

  const docx = await get(`/api/drafts/${d.id}/export.docx`);
  expect(docx.status).toBe(200);
  const text = squash(await docxToText(new Uint8Array(await docx.arrayBuffer())));
  for (const name of PROTO_NAMES) expect(text).toContain(`Partner ${name}`);
  // Every activity's row of the RACI grid (its narrow name column wraps), partner columns in order.
  PROTO_NAMES.forEach((name, a) => expect(text, name).toContain(PROTO_NAMES.map((_, p) => roleOf(a, p)).join(' ')));

  const md = await get(`/api/drafts/${d.id}/export.md`);
  expect(md.status).toBe(200);
  const markdown = await md.text();
  expect(markdown).toContain('Partner constructor');
  expect(markdown).toContain('Partner \\_\\_proto\\_\\_');
  expect(markdown).not.toMatch(/\[object |function /);

  const json = await api(srv.url, d.tokens.owner)(`/api/drafts/${d.id}/export.json`);
  expect(json.status).toBe(200);
  const { agreement } = ((await json.json()) as { content: { agreement: Agreement } }).content;
  expect(agreement.partners.map((p) => p.id)).toEqual(PROTO_NAMES);
  const roles = agreement.activities.find((a) => a.id === 'toString')!.roles;
  expect(Object.hasOwn(roles, '__proto__') && roles['__proto__']).toBe(roleOf(PROTO_NAMES.indexOf('toString'), PROTO_NAMES.indexOf('__proto__')));
  expect(Object.hasOwn(agreement.checklist, 'constructor') && agreement.checklist['constructor']?.status).toBe('done');
});
