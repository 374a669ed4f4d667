// The earlier anchoring corpus: pages of sentences from the Dutch fixture pages (a quarter
// quoted verbatim, so text repeats; the rest bigram chains of the same words), random
// annotation ranges on word boundaries, and random character-level edits (typos, words
// replaced, spans deleted, sentences inserted) with a map from old to new offsets. Kept so
// its figures can be compared with earlier runs; bench/corpus/pages.ts is the realistic one.
import { readFileSync } from 'node:fs';
import { applyOps, type Edited, type Op } from './pages.js';
import type { Rng } from './random.js';

/** Sentences and words of the Dutch fixture pages (tags, scripts and styles stripped). */
export function language() {
  const dir = new URL('../../test/fixtures/pages/', import.meta.url);
  const raw = ['schoolplan.html', 'gemeente-bibliotheekbeleid.html', 'jaarverslag-bibliotheek.html']
    .map((f) => readFileSync(new URL(f, dir), 'utf8'))
    .join('\n')
    .replace(/<(script|style|template|noscript)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;/g, ' ')
    .replace(/\s+/g, ' ');
  const sentences = raw.split(/(?<=[.!?:])\s+/).filter((s) => s.length > 30);
  const words = raw.split(' ').filter((w) => /^[\p{L}-]{2,}$/u.test(w));
  // Bigram chains make new, plausible sentences from the same vocabulary.
  const next = new Map<string, string[]>();
  for (let i = 0; i + 1 < words.length; i++) {
    const list = next.get(words[i]!) ?? [];
    list.push(words[i + 1]!);
    next.set(words[i]!, list);
  }
  return { sentences, words, next };
}
export type Language = ReturnType<typeof language>;

function sentence(lang: Language, r: Rng): string {
  if (r.next() < 0.25) return r.pick(lang.sentences); // quoted boilerplate: repeated text
  let w = r.pick(lang.words);
  const out = [w[0]!.toUpperCase() + w.slice(1)];
  for (let n = r.int(6, 22); out.length < n; ) {
    w = r.pick(lang.next.get(w) ?? lang.words);
    out.push(w);
  }
  return out.join(' ') + r.pick(['.', '.', '.', '?', ':']);
}

export function sentencePage(lang: Language, r: Rng, chars: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    const p: string[] = [];
    if (r.next() < 0.15) p.push(r.pick(['Lees meer', 'Contact', 'Terug naar boven', 'Meer informatie']) + '\n');
    for (let k = r.int(2, 7); k > 0; k--) p.push(sentence(lang, r));
    const para = p.join(' ') + '\n\n';
    parts.push(para);
    n += para.length;
  }
  return parts.join('');
}

/** A random annotation range on word boundaries: short (2-5 words), sentence or longer. */
export function randomRange(text: string, r: Rng): [number, number] {
  const kind = r.next();
  const len = kind < 0.3 ? r.int(12, 40) : kind < 0.8 ? r.int(40, 150) : r.int(150, 300);
  let start = r.int(0, text.length - len - 1);
  while (start > 0 && text[start - 1] !== ' ') start--;
  let end = Math.min(text.length, start + len);
  while (end < text.length && text[end] !== ' ' && text[end] !== '\n') end++;
  return [start, end];
}

/** Random edits touching about `rate` of the characters: typos, words replaced, spans deleted, text inserted. */
export function editChars(text: string, rate: number, lang: Language, r: Rng): Edited {
  const budget = Math.round(text.length * rate);
  const ops: Op[] = [];
  let spent = 0;
  while (spent < budget) {
    const at = r.int(0, text.length - 1);
    const kind = r.next();
    let op: Op;
    if (kind < 0.25) op = { at, del: r.int(0, 1), ins: r.next() < 0.7 ? String.fromCharCode(97 + r.int(0, 25)) : '' };
    else if (kind < 0.6) {
      let s = at;
      while (s > 0 && text[s - 1] !== ' ') s--;
      let e = s;
      while (e < text.length && text[e] !== ' ') e++;
      op = { at: s, del: e - s, ins: r.pick(lang.words) };
    } else if (kind < 0.8) op = { at, del: r.int(20, 300), ins: '' };
    else op = { at, del: 0, ins: ' ' + sentence(lang, r) + (r.next() < 0.5 ? ' ' + sentence(lang, r) : '') + ' ' };
    ops.push(op);
    spent += Math.max(op.del, op.ins.length);
  }
  return applyOps(text, ops);
}
