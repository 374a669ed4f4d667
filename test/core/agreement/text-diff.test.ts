// Minimal text edits: what makes concurrent typing in one field merge per character.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { replaceText } from '../../../core/agreement/index.js';
import { textDiff } from '../../../core/agreement/text-diff.js';

describe('textDiff', () => {
  it('keeps the common prefix and suffix', () => {
    expect(textDiff('samen werken', 'samen verder werken')).toEqual([6, 0, 'verder ']);
    expect(textDiff('abc', 'abc')).toEqual([3, 0, '']);
    expect(textDiff('aaa', 'aa')).toEqual([2, 1, '']);
    expect(textDiff('', 'x')).toEqual([0, 0, 'x']);
  });

  it('never splits a surrogate pair', () => {
    const [start, remove, insert] = textDiff('a😀b', 'a😃b');
    expect(start).toBe(1);
    expect(remove).toBe(2);
    expect(insert).toBe('😃');
  });

  it('reaches every target string, including random ones', () => {
    const text = new Y.Doc().getText('t');
    let seed = 7;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const alphabet = 'ab c😀é\n';
    for (let i = 0; i < 300; i++) {
      const chars = Array.from({ length: Math.floor(rand() * 12) }, () => [...alphabet][Math.floor(rand() * 7)]);
      const next = chars.join('');
      replaceText(text, next);
      expect(text.toString()).toBe(next);
    }
  });
});
