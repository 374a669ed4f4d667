// Minimal text edits: what makes concurrent typing in one field merge per character.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { replaceText } from '../../../core/agreement/index.js';

/** The Y.Text delta replaceText makes to turn `before` into `after` (undefined: no edit at all). */
function edit(before: string, after: string): unknown {
  const text = new Y.Doc().getText('t');
  text.insert(0, before);
  let delta: unknown;
  text.observe((e) => (delta = e.delta));
  text.doc!.transact(() => replaceText(text, after));
  expect(text.toString()).toBe(after);
  return delta;
}

describe('replaceText', () => {
  it('keeps the common prefix and suffix', () => {
    expect(edit('samen werken', 'samen verder werken')).toEqual([{ retain: 6 }, { insert: 'verder ' }]);
    expect(edit('abc', 'abc')).toBeUndefined();
    expect(edit('aaa', 'aa')).toEqual([{ retain: 2 }, { delete: 1 }]);
    expect(edit('', 'x')).toEqual([{ insert: 'x' }]);
  });

  it('never splits a surrogate pair', () => {
    expect(edit('a😀b', 'a😃b')).toEqual([{ retain: 1 }, { delete: 2 }, { insert: '😃' }]);
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
