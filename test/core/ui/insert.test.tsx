// The function the extension runs in a page to insert a section: into the focused textarea
// at the caret, or into a contenteditable as HTML; nothing without a focused field.
import { afterEach, describe, expect, it } from 'vitest';
import { insertIntoFocused } from '../../../extension/lib/extension-host.js';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('insertIntoFocused', () => {
  it('inserts plain text at the caret of a focused textarea and fires input', () => {
    const area = document.createElement('textarea');
    area.value = 'Begin  eind';
    document.body.append(area);
    area.focus();
    area.setSelectionRange(6, 6);
    let inputs = 0;
    area.addEventListener('input', () => inputs++);
    expect(insertIntoFocused('<p>x</p>', 'Ambitie')).toBe('ok');
    expect(area.value).toBe('Begin Ambitie eind');
    expect(inputs).toBe(1);
  });

  it('refuses when no editable field has focus, or the field is read-only', () => {
    document.body.innerHTML = '<button>knop</button>';
    (document.querySelector('button') as HTMLButtonElement).focus();
    expect(insertIntoFocused('<p>x</p>', 'x')).toBe('no-field');
    const ro = document.createElement('textarea');
    ro.readOnly = true;
    document.body.append(ro);
    ro.focus();
    expect(insertIntoFocused('<p>x</p>', 'x')).toBe('no-field');
    expect(ro.value).toBe('');
  });
});
