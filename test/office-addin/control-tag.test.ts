// Content-control tags and text fingerprints; Word errors as Dutch messages.
import { describe, expect, it } from 'vitest';
import { t } from '../../core/i18n/index.js';
import { WARNING_MARK } from '../../core/render/blocks.js';
import { formatAnchorXml, newBookmarkName, parseAnchorXml } from '../../office-addin/bookmark-anchor.js';
import { controlTag, formatTag, hashText, keptTag, MAX_TAG_LENGTH, MAX_TAG_VERSION, parseKeptTag, parseTag, sectionHash, sectionPlainText } from '../../office-addin/control-tag.js';
import { SECTION_IDS } from '../../core/render/blocks.js';
import { spukPlanDocument } from '../../core/render/agreement.js';
import { readAgreement } from '../../core/agreement/index.js';
import { newDraftId } from '../../server/tokens.js';
import { buildExample } from '../fixtures/agreement/example.js';
import { RequirementError, wordErrorMessage } from '../../office-addin/errors.js';

describe('control tags', () => {
  it('round-trips draft, section and hash, and ignores other tags', () => {
    const tag = formatTag({ draftId: 'k3x9a0b1c2d3e4', sectionId: 'spuk-budget', hash: '0a1b2c3d' });
    expect(tag).toBe('samenspel:k3x9a0b1c2d3e4:spuk-budget:0a1b2c3d');
    expect(tag.length).toBeLessThanOrEqual(64);
    expect(parseTag(tag)).toEqual({ draftId: 'k3x9a0b1c2d3e4', sectionId: 'spuk-budget', hash: '0a1b2c3d' });
    expect(parseTag('samenspel:d:roles')).toEqual({ draftId: 'd', sectionId: 'roles', hash: '' });
    for (const other of ['', 'x:d:roles', 'samenspel:d', 'samenspel:d:r:ZZZ', 'samenspel:d:r o:00000000', keptTag({ draftId: 'd', sectionId: 'roles' })]) {
      expect(parseTag(other)).toBeNull();
    }
    expect(parseKeptTag(keptTag({ draftId: 'd', sectionId: 'roles' }))).toEqual({ draftId: 'd', sectionId: 'roles' });
  });

  it('carries where the text came from, agreed version N or the draft, and still reads old tags', () => {
    const base = { draftId: 'k3x9a0b1c2d3e4', sectionId: 'roles', hash: '0a1b2c3d' };
    expect(formatTag({ ...base, version: 7 })).toBe('samenspel:k3x9a0b1c2d3e4:roles:0a1b2c3d:v7');
    expect(formatTag({ ...base, version: null })).toBe('samenspel:k3x9a0b1c2d3e4:roles:0a1b2c3d:d');
    expect(parseTag('samenspel:k3x9a0b1c2d3e4:roles:0a1b2c3d:v7')).toEqual({ ...base, version: 7 });
    expect(parseTag('samenspel:k3x9a0b1c2d3e4:roles:0a1b2c3d:d')).toEqual({ ...base, version: null });
    // A tag from before: no origin at all (not "the draft").
    expect(parseTag('samenspel:k3x9a0b1c2d3e4:roles:0a1b2c3d')).toEqual(base);
    expect(parseTag('samenspel:k3x9a0b1c2d3e4:roles:0a1b2c3d')).not.toHaveProperty('version');
    for (const bad of ['v0', 'v01', 'v1234567', 'x', '', 'V3', 'v-1']) expect(parseTag(`samenspel:d:roles:0a1b2c3d:${bad}`), bad).toBeNull();
    expect(parseTag('samenspel:d:roles:0a1b2c3d:v1:extra')).toBeNull();
    for (const bad of [0, -1, 1.5, MAX_TAG_VERSION + 1]) expect(() => formatTag({ ...base, version: bad }), String(bad)).toThrow(RangeError);
  });

  it('fits Word\'s 64 characters with the longest ids and version, and refuses a longer tag', () => {
    const sectionIds = [...SECTION_IDS, ...spukPlanDocument(readAgreement(buildExample().doc).agreement).sections.map((s) => s.id)];
    const longest = sectionIds.reduce((a, b) => (b.length > a.length ? b : a));
    const draftId = newDraftId(); // as the server makes them
    expect(draftId).toHaveLength(16);
    const tag = controlTag({ draftId, sectionId: longest, hash: 'ffffffff', version: MAX_TAG_VERSION });
    expect(tag.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
    expect(parseTag(tag)).toEqual({ draftId, sectionId: longest, hash: 'ffffffff', version: MAX_TAG_VERSION });
    // Only ids, a version number and a hash.
    expect(tag).toMatch(/^samenspel:[A-Za-z0-9_-]+:[a-z-]+:[0-9a-f]{8}:v[0-9]+$/);
    expect(() => controlTag({ draftId: 'x'.repeat(40), sectionId: longest, hash: 'ffffffff', version: 1 })).toThrow(RangeError);
  });

  it('keeps the origin in a bookmark anchor\'s XML part, and reads parts written without it', () => {
    const record = { bookmark: newBookmarkName(), draftId: 'draft1', sectionId: 'roles', hash: '0a1b2c3d', kept: false };
    expect(parseAnchorXml(formatAnchorXml({ ...record, version: 4 }))).toEqual({ ...record, version: 4 });
    expect(parseAnchorXml(formatAnchorXml({ ...record, version: null }))).toEqual({ ...record, version: null });
    const old = formatAnchorXml(record);
    expect(old).not.toContain('from=');
    expect(parseAnchorXml(old)).toEqual(record);
    expect(parseAnchorXml(old.replace(' kept=', ' from="v0" kept='))).toBeNull();
  });

  it('hashes text so that Word\'s marks and spacing do not count, but words do', () => {
    expect(hashText('Rollen\nLeesclub A I R')).toBe(hashText('Rollen\r\u0007Leesclub\tA\tI\tR\r'));
    expect(hashText('€ 80.000,00')).toBe(hashText('€\u00a080.000,00'));
    expect(hashText('Rollen')).not.toBe(hashText('Rollen!'));
    expect(hashText('')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('takes the text of every block, with the warning mark, for the hash', () => {
    const section = {
      id: 'roles',
      title: 'Rollen',
      blocks: [
        { type: 'table' as const, header: ['Activiteit', 'Bieb'], rows: [['Leesclub', 'A']] },
        { type: 'paragraph' as const, text: 'Let op', tone: 'warning' as const },
        { type: 'list' as const, items: [[{ text: 'een', bold: true }]] },
      ],
    };
    expect(sectionPlainText(section)).toBe(`Rollen\nActiviteit\nBieb\nLeesclub\nA\n${WARNING_MARK}Let op\neen`);
    expect(sectionHash(section)).toBe(hashText(sectionPlainText(section)));
  });
});

describe('Word errors', () => {
  it('become clear Dutch messages', () => {
    expect(wordErrorMessage({ code: 'AccessDenied' }, 'nl')).toBe(t('nl', 'word.error.protected'));
    expect(wordErrorMessage({ code: 'InvalidArgument' }, 'nl')).toContain('Zet de cursor in de hoofdtekst');
    expect(wordErrorMessage({ code: 'ItemNotFound' }, 'nl')).toBe(t('nl', 'word.error.notFound'));
    expect(wordErrorMessage(new RequirementError('WordApi', '1.3'), 'nl')).toContain('Word-API 1.3');
    expect(wordErrorMessage({ code: 'GeneralException' }, 'nl')).toContain('foutcode GeneralException');
    expect(wordErrorMessage(new TypeError('x'), 'en')).toContain('error code TypeError');
  });
});
