// The status line speaks plain Dutch (or English): every error code has its own sentence and
// no code ever reaches the screen; edits are counted as fields, singular and plural.
import { describe, expect, it } from 'vitest';
import { translator } from '../../../core/i18n/index.js';
import { CLOSE, type SyncErrorCode } from '../../../core/sync/index.js';
import { statusText } from '../../../core/ui/status-text.js';

const codes: SyncErrorCode[] = [...Object.values(CLOSE).map((c) => c.reason), 'permission-denied', 'unknown'];

describe('statusText', () => {
  for (const lang of ['nl', 'en'] as const) {
    const t = translator(lang);
    it(`names every error without its code (${lang})`, () => {
      for (const code of codes) {
        const text = statusText({ kind: 'error', code, unsaved: 0, readOnly: false }, t);
        expect(text.length).toBeGreaterThan(20);
        expect(text).not.toContain(code);
      }
    });
    it(`counts fields, one and many (${lang})`, () => {
      expect(statusText({ kind: 'unsaved', unsaved: 1, readOnly: false }, t)).toMatch(/1 (veld|field)\b/);
      expect(statusText({ kind: 'unsaved', unsaved: 3, readOnly: false }, t)).toMatch(/3 (velden|fields)\b/);
      expect(statusText({ kind: 'offline', unsaved: 2, readOnly: false, lastError: null }, t)).toMatch(/2 (velden|fields)\b/);
    });
  }
  it('says saved only as saved on the server', () => {
    expect(statusText({ kind: 'saved', unsaved: 0, readOnly: false }, translator('nl'))).toBe('Opgeslagen op de server en gedeeld.');
  });
});
