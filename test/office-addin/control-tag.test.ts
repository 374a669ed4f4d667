// Content-control tags and text fingerprints; Word errors as Dutch messages.
import { describe, expect, it } from 'vitest';
import { t } from '../../core/i18n/index.js';
import { WARNING_MARK } from '../../core/render/blocks.js';
import { formatTag, hashText, keptTag, parseKeptTag, parseTag, sectionHash, sectionPlainText } from '../../office-addin/control-tag.js';
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
