// Export: the .docx of a new draft opens in LibreOffice and shows the title and every
// section heading; Markdown has the same headings; any role may export, nobody else.
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { t } from '../../core/i18n/index.js';
import { readAgreement } from '../../core/agreement/index.js';
import { agreementDocument } from '../../core/render/agreement.js';
import { docxToText } from '../support/libreoffice.js';
import { api, createDraft, startServerProcess, type ServerProcess } from '../support/server.js';

let srv: ServerProcess;
beforeAll(async () => {
  srv = await startServerProcess();
});
afterAll(async () => {
  await srv?.dispose();
});

const squash = (s: string) => s.replace(/\s+/g, ' ');

it('exports a new draft as a .docx that LibreOffice opens, with the section headings', { timeout: 120_000 }, async () => {
  const d = await createDraft(srv.url, { title: 'Leesbevordering Oost' });
  const state = await (await api(srv.url, d.tokens.owner)(`/api/drafts/${d.id}/export.yjs`)).arrayBuffer();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(state));
  const expected = agreementDocument(readAgreement(doc).agreement);
  expect(expected.lang).toBe('nl');
  // A new draft is all empty parts: they are left out and listed once under “Nog open”.
  expect(expected.sections.map((s) => s.title)).toContain(t('nl', 'doc.open'));

  const res = await api(srv.url, d.tokens.viewer)(`/api/drafts/${d.id}/export.docx`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const text = squash(await docxToText(new Uint8Array(await res.arrayBuffer())));
  expect(text).toContain('Leesbevordering Oost');
  for (const s of expected.sections) expect(text, s.title).toContain(squash(s.title));

  const md = await (await api(srv.url, d.tokens.editor)(`/api/drafts/${d.id}/export.md`)).text();
  for (const s of expected.sections) expect(md).toContain(s.title);
  const en = await (await api(srv.url, d.tokens.editor)(`/api/drafts/${d.id}/export.md?lang=en`)).text();
  expect(en).not.toBe(md);

  expect((await fetch(`${srv.url}/api/drafts/${d.id}/export.docx`)).status).toBe(401);
});

it('seeds a new draft with the kind of plan chosen at creation, and refuses an unknown kind', async () => {
  const d = await createDraft(srv.url, { title: 'Bibliotheek in Zuid', planKind: 'spuk-plan' });
  const state = await (await api(srv.url, d.tokens.owner)(`/api/drafts/${d.id}/export.yjs`)).arrayBuffer();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(state));
  expect(readAgreement(doc).agreement.meta).toMatchObject({ title: 'Bibliotheek in Zuid', planKind: 'spuk-plan' });
  const bad = await fetch(`${srv.url}/api/drafts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'x', planKind: 'begroting' }) });
  expect(bad.status).toBe(400);
});
