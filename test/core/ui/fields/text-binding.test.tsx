// The Y.Text ↔ textarea binding with two (or three) "people": each has a doc and a textarea,
// their docs exchange every update at once, and they type key by key in turns as fast
// concurrent typists would. Every person's words must stay whole and where they were typed.
// Each person has a window of their own, so each has their own focus and caret.
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffAtCaret, mapThroughDelta, TextBinding } from '../../../../core/ui/fields/text-binding.js';

interface Person {
  doc: Y.Doc;
  win: Window;
  el: HTMLTextAreaElement;
  binding: TextBinding;
  refused: string[];
}

const people: Person[] = [];
afterEach(() => {
  for (const p of people.splice(0)) {
    p.binding.destroy();
    void p.win.happyDOM.close();
  }
});

/** N people on one text; updates are delivered synchronously unless `hold` is set. */
function room(n: number, initial = '', maxLength = 1000) {
  const held: { from: number; update: Uint8Array }[] = [];
  let hold = false;
  const docs = Array.from({ length: n }, () => new Y.Doc());
  docs[0]!.getText('t').insert(0, initial);
  for (const d of docs.slice(1)) Y.applyUpdate(d, Y.encodeStateAsUpdate(docs[0]!));
  docs.forEach((doc, i) =>
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'net') return;
      if (hold) held.push({ from: i, update });
      else docs.forEach((other, j) => j !== i && Y.applyUpdate(other, update, 'net'));
    }),
  );
  const list = docs.map((doc) => {
    const win = new Window();
    const el = win.document.createElement('textarea') as unknown as HTMLTextAreaElement;
    win.document.body.append(el as never);
    const refused: string[] = [];
    const binding = new TextBinding(el, doc.getText('t'), {
      write: (origin, change) => doc.transact(change, origin),
      canWrite: () => true,
      maxLength,
      onRefused: (r) => refused.push(r),
    });
    const p = { doc, win, el, binding, refused };
    people.push(p);
    return p;
  });
  return {
    people: list,
    hold: () => (hold = true),
    release: () => {
      hold = false;
      for (const { from, update } of held.splice(0)) docs.forEach((other, j) => j !== from && Y.applyUpdate(other, update, 'net'));
    },
  };
}

/** An event made in the person's own window (happy-dom checks the realm). */
function ev(p: Person, kind: 'InputEvent' | 'CompositionEvent' | 'KeyboardEvent', type: string, init: Record<string, unknown> = {}): Event {
  const Ctor = (p.win as unknown as Record<string, new (type: string, init: object) => Event>)[kind]!;
  return new Ctor(type, { bubbles: true, ...init });
}

/** Types one character at the person's caret the way a browser does: value, caret, input event. */
function key(p: Person, ch: string) {
  p.el.focus();
  const s = p.el.selectionStart;
  const e = p.el.selectionEnd;
  p.el.value = p.el.value.slice(0, s) + ch + p.el.value.slice(e);
  p.el.setSelectionRange(s + ch.length, s + ch.length);
  p.el.dispatchEvent(ev(p, 'InputEvent', 'input', { inputType: 'insertText', data: ch }));
}
function backspace(p: Person) {
  p.el.focus();
  const s = p.el.selectionStart;
  const e = p.el.selectionEnd;
  const from = s === e ? Math.max(0, s - 1) : s;
  p.el.value = p.el.value.slice(0, from) + p.el.value.slice(e);
  p.el.setSelectionRange(from, from);
  p.el.dispatchEvent(ev(p, 'InputEvent', 'input', { inputType: 'deleteContentBackward' }));
}
function caret(p: Person, at: number, to = at) {
  p.el.focus();
  p.el.setSelectionRange(at, to);
}
/** Two people type their strings alternately, one key each in turn. */
function interleave(a: Person, aText: string, b: Person, bText: string) {
  for (let i = 0; i < Math.max(aText.length, bText.length); i++) {
    if (i < aText.length) key(a, aText[i]!);
    if (i < bText.length) key(b, bText[i]!);
  }
}
const texts = (ps: Person[]) => ps.map((p) => p.el.value);

describe('diffAtCaret', () => {
  it('puts a typed character where the caret is, even among equal characters', () => {
    expect(diffAtCaret('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
    expect(diffAtCaret('aa', 'aaa', 2)).toEqual({ index: 1, remove: 0, insert: 'a' });
    expect(diffAtCaret('aab', 'ab', 1)).toEqual({ index: 1, remove: 1, insert: '' });
    expect(diffAtCaret('hallo wereld', 'hallo mooie wereld', 12)).toEqual({ index: 6, remove: 0, insert: 'mooie ' });
    expect(diffAtCaret('ab', 'aXYb', 3)).toEqual({ index: 1, remove: 0, insert: 'XY' });
  });
  it('never splits a surrogate pair', () => {
    const r = diffAtCaret('a😀', 'a😃', 3);
    expect(r.insert).toBe('😃');
    expect(r.remove).toBe(2);
  });
});

describe('mapThroughDelta', () => {
  it('moves a position past insertions before it and keeps it behind one at it when sticking left', () => {
    expect(mapThroughDelta([{ insert: 'xx' }], 0, true)).toBe(0);
    expect(mapThroughDelta([{ insert: 'xx' }], 0, false)).toBe(2);
    expect(mapThroughDelta([{ retain: 1 }, { delete: 3 }], 3, true)).toBe(1);
    expect(mapThroughDelta([{ retain: 5 }, { insert: 'q' }], 2, true)).toBe(2);
  });
});

describe('TextBinding with concurrent typists', () => {
  it('keeps both runs whole when two people type at the same end', () => {
    const { people: [a, b] } = room(2, 'Wij willen: ');
    caret(a!, 12);
    caret(b!, 12);
    interleave(a!, 'Alle kinderen lezen.', b!, 'Ook ouders doen mee.');
    const [va, vb] = texts([a!, b!]);
    expect(va).toBe(vb);
    expect(va).toContain('Alle kinderen lezen.');
    expect(va).toContain('Ook ouders doen mee.');
    expect(va!.startsWith('Wij willen: ')).toBe(true);
  });

  it('keeps start and end apart: one at the start, one at the end', () => {
    const { people: [a, b] } = room(2, 'Basis.');
    caret(a!, 0);
    caret(b!, 6);
    interleave(a!, 'Eerst ', b!, ' Tot slot.');
    expect(a!.el.value).toBe('Eerst Basis. Tot slot.');
    expect(b!.el.value).toBe(a!.el.value);
  });

  it('keeps three people in the middle of one sentence in their own places', () => {
    const { people: [a, b, c] } = room(3, 'De bibliotheek en de school werken samen.');
    caret(a!, 3); // after "De "
    caret(b!, 18); // after "en "
    caret(c!, 40); // before "."
    const runs = ['openbare ', 'ook ', ' graag'];
    for (let i = 0; i < 9; i++) [a!, b!, c!].forEach((p, k) => runs[k]![i] && key(p, runs[k]![i]!));
    expect(new Set(texts([a!, b!, c!])).size).toBe(1);
    expect(a!.el.value).toBe('De openbare bibliotheek en ook de school werken samen graag.');
  });

  it('lets one delete a word while the other types next to it', () => {
    const { people: [a, b] } = room(2, 'Wij doen heel veel samen.');
    caret(a!, 9, 14); // "heel " selected
    caret(b!, 19); // after "veel "
    backspace(a!);
    for (const ch of 'en graag ') key(b!, ch);
    expect(a!.el.value).toBe('Wij doen veel en graag samen.');
    expect(b!.el.value).toBe(a!.el.value);
    expect(b!.el.selectionStart).toBe('Wij doen veel en graag '.length);
  });

  it('applies a composition once it ends, mapped past what a partner typed meanwhile', () => {
    const { people: [a, b] } = room(2, 'Lezen is fijn.');
    caret(a!, 14);
    caret(b!, 0);
    a!.el.dispatchEvent(ev(a!, 'CompositionEvent', 'compositionstart'));
    // The IME shows its text in A's field; B types at the start meanwhile.
    a!.el.value = 'Lezen is fijn.ë';
    a!.el.setSelectionRange(15, 15);
    a!.el.dispatchEvent(ev(a!, 'InputEvent', 'input', { inputType: 'insertCompositionText', data: 'ë', isComposing: true }));
    for (const ch of 'Ja! ') key(b!, ch);
    expect(a!.el.value).toBe('Lezen is fijn.ë');
    a!.el.focus();
    a!.el.dispatchEvent(ev(a!, 'CompositionEvent', 'compositionend', { data: 'ë' }));
    expect(a!.el.value).toBe('Ja! Lezen is fijn.ë');
    expect(b!.el.value).toBe(a!.el.value);
    expect(a!.el.selectionStart).toBe(a!.el.value.length);
  });

  it('undoes my own typing only, never the partner’s', () => {
    const { people: [a, b] } = room(2, '');
    caret(a!, 0);
    for (const ch of 'Mijn zin.') key(a!, ch);
    caret(b!, 9);
    for (const ch of ' Jouw zin.') key(b!, ch);
    a!.binding.undoManager.stopCapturing();
    a!.el.focus();
    a!.el.dispatchEvent(ev(a!, 'KeyboardEvent', 'keydown', { key: 'z', ctrlKey: true, cancelable: true }));
    expect(a!.el.value).toBe(' Jouw zin.');
    expect(b!.el.value).toBe(' Jouw zin.');
    a!.el.dispatchEvent(ev(a!, 'KeyboardEvent', 'keydown', { key: 'y', ctrlKey: true, cancelable: true }));
    expect(b!.el.value).toBe('Mijn zin. Jouw zin.');
  });

  it('merges what two people typed while apart and keeps each caret in its text', () => {
    const r = room(2, 'Samen.');
    const [a, b] = r.people;
    r.hold();
    caret(a!, 0);
    caret(b!, 6);
    for (const ch of 'Wij ') key(a!, ch);
    for (const ch of ' Altijd.') key(b!, ch);
    r.release();
    expect(a!.el.value).toBe('Wij Samen. Altijd.');
    expect(b!.el.value).toBe(a!.el.value);
    expect(a!.el.selectionStart).toBe(4);
    expect(b!.el.selectionStart).toBe(a!.el.value.length);
  });

  it('counts an embed as one character, as Yjs does', () => {
    const { people: [a, b] } = room(2, 'Alle kinderen lezen');
    a!.doc.getText('t').insertEmbed(5, { image: 'x' });
    expect(b!.el.value).toBe('Alle \uFFFCkinderen lezen');
    caret(b!, b!.el.value.length);
    for (const ch of ' XYZ') key(b!, ch);
    expect(a!.doc.getText('t').toString()).toBe('Alle kinderen lezen XYZ');
  });

  it('refuses a paste that would make the field too long, changing nothing', () => {
    const { people: [a, b] } = room(2, 'kort', 50);
    caret(a!, 4);
    const paste = ev(a!, 'InputEvent', 'beforeinput', { inputType: 'insertFromPaste', data: 'x'.repeat(60), cancelable: true });
    a!.el.dispatchEvent(paste);
    expect(paste.defaultPrevented).toBe(true);
    expect(a!.refused).toEqual(['too-long']);
    // Without beforeinput (an old browser), the input itself is refused and undone in the field.
    a!.el.value = 'kort' + 'x'.repeat(60);
    a!.el.dispatchEvent(ev(a!, 'InputEvent', 'input', { inputType: 'insertFromPaste' }));
    expect(a!.el.value).toBe('kort');
    expect(b!.el.value).toBe('kort');
    expect(a!.refused).toEqual(['too-long', 'too-long']);
  });

  it('shows a large paste at once and writes it after a frame, mapped past what a partner typed meanwhile, undone in one step', async () => {
    const { people: [a, b] } = room(2, 'Begin.', 100_000);
    caret(a!, 6);
    a!.el.focus();
    const text = ' Samen lezen is samen leven.'.repeat(200);
    const paste = ev(a!, 'InputEvent', 'beforeinput', { inputType: 'insertFromPaste', data: text, cancelable: true });
    a!.el.dispatchEvent(paste);
    // In the field at once, caret after it; not yet in the doc (so not yet at the partner).
    expect(paste.defaultPrevented).toBe(true);
    expect(a!.el.value).toBe('Begin.' + text);
    expect(a!.el.selectionStart).toBe(6 + text.length);
    expect(a!.doc.getText('t').toString()).toBe('Begin.');
    // The partner types at the start meanwhile: the field keeps the paste.
    caret(b!, 0);
    for (const ch of 'Ja. ') key(b!, ch);
    expect(a!.el.value).toBe('Begin.' + text);
    await new Promise((r) => setTimeout(r, 100));
    expect(a!.doc.getText('t').toString()).toBe('Ja. Begin.' + text);
    expect(a!.el.value).toBe('Ja. Begin.' + text);
    expect(b!.el.value).toBe(a!.el.value);
    expect(a!.el.selectionStart).toBe(a!.el.value.length);
    a!.binding.undo();
    expect(a!.el.value).toBe('Ja. Begin.');
    expect(b!.el.value).toBe('Ja. Begin.');
  });

  it('takes a large paste and a key typed right after it as one change, in order', () => {
    const { people: [a, b] } = room(2, 'Begin.', 100_000);
    caret(a!, 6);
    a!.el.focus();
    const text = ' Samen lezen.'.repeat(400);
    a!.el.dispatchEvent(ev(a!, 'InputEvent', 'beforeinput', { inputType: 'insertFromPaste', data: text, cancelable: true }));
    key(a!, '!');
    expect(a!.doc.getText('t').toString()).toBe('Begin.' + text + '!');
    expect(b!.el.value).toBe('Begin.' + text + '!');
  });
});
