// The agreed document: an agreed version's .docx, opened by LibreOffice, ends with the
// vaststelling page — each partner, its representative, the kind of consent, the version's id
// and hash; the PDF comes from LibreOffice on the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VersionSummary } from '../../core/consent/contract.js';
import { docxToText } from '../support/libreoffice.js';
import { startServerProcess, type ServerProcess } from '../support/server.js';
import { consentDraft, PARTNERS } from './consent-support.js';

let srv: ServerProcess;
beforeAll(async () => {
  srv = await startServerProcess();
});
afterAll(async () => {
  await srv?.dispose();
});

describe('the agreed document', () => {
  it('has a vaststelling page with the three representatives, opened by LibreOffice', { timeout: 120_000 }, async () => {
    const c = await consentDraft(srv.url, srv.wsUrl);
    const version = (await (await c.post(c.reps[0]!.token, '/versions', { name: 'Definitief' })).json()) as VersionSummary;
    expect((await c.post(c.draft.tokens.owner, '/round', { versionId: version.id })).status).toBe(201);
    await c.post(c.reps[0]!.token, '/round/consent', { kind: 'consent' });
    await c.post(c.reps[1]!.token, '/round/consent', { kind: 'consent-with-remark', text: 'Evaluatie na een jaar.' });
    await c.post(c.reps[2]!.token, '/round/consent', { kind: 'consent' });

    const res = await c.call(c.reps[2]!.token)(`/api/drafts/${c.draft.id}/versions/${version.id}/export.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const text = (await docxToText(new Uint8Array(await res.arrayBuffer()))).replace(/\s+/g, ' ');
    expect(text).toContain('Vaststelling');
    for (const p of PARTNERS) {
      expect(text).toContain(p.person);
      expect(text).toContain(p.name);
    }
    expect(text).toContain('Evaluatie na een jaar.');
    expect(text).toContain(version.id);
    // A 64-character hash may wrap in the table; its first half is on one line.
    expect(text).toContain(version.hash.slice(0, 32));

    const pdf = await c.call(c.reps[0]!.token)(`/api/drafts/${c.draft.id}/versions/${version.id}/export.pdf`);
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await c.call(c.reps[0]!.token)(`/api/drafts/${c.draft.id}/versions/onbekend/export.docx`)).status).toBe(404);
  });

  it('says clearly when there is no LibreOffice for a PDF', { timeout: 60_000 }, async () => {
    const bare = await startServerProcess({ env: { PATH: '/nonexistent' } }).catch(() => null);
    // Node itself is started by its full path, so an empty PATH only hides soffice.
    expect(bare).not.toBeNull();
    try {
      const c = await consentDraft(bare!.url, bare!.wsUrl);
      const version = (await (await c.post(c.reps[0]!.token, '/versions', { name: 'Zonder PDF' })).json()) as VersionSummary;
      const res = await c.call(c.reps[0]!.token)(`/api/drafts/${c.draft.id}/versions/${version.id}/export.pdf`);
      expect(res.status).toBe(501);
      const body = (await res.json()) as { error: string; message: string };
      expect(body.error).toBe('pdf-unavailable');
      expect(body.message).toContain('LibreOffice');
    } finally {
      await bare?.dispose();
    }
  });
});
