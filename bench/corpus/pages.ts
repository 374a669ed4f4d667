// The realistic anchoring corpus: page text the way the annotator sees it on real sites,
// built deterministically from real Dutch text — the knowledge base's explanations of the
// method (core/knowledge, in the project's own words) and the saved pages of test/fixtures/pages,
// as snapshotted in sources.json.
// Sites have their own menus, footers and teasers (boilerplate repeated on every page);
// pages mix real paragraphs (so passages recur verbatim across pages), near-copies of them
// (a few words changed) and new paragraphs chained from the same vocabulary (so the text
// varies). Edits are word-level (words replaced, deleted, inserted, typos) plus paragraphs
// added and removed, with a map from old to new offsets to judge where a passage went.
import { readFileSync } from 'node:fs';
import type { Rng } from './random.js';

export interface Sources {
  paragraphs: string[];
  headings: string[];
  words: string[];
  /** Word trigram chain: "w1 w2" → the words that followed. */
  chain: Map<string, string[]>;
}

/**
 * The source texts, from the snapshot in sources.json (written by collect-sources.ts from
 * the knowledge base and the fixture pages): a snapshot, so the corpus stays the same while
 * those texts change.
 */
export function loadSources(): Sources {
  const { paragraphs, headings } = JSON.parse(readFileSync(new URL('./sources.json', import.meta.url), 'utf8')) as {
    paragraphs: string[];
    headings: string[];
  };
  const words: string[] = [];
  const chain = new Map<string, string[]>();
  for (const p of paragraphs) {
    const ws = p.split(' ');
    for (let i = 0; i < ws.length; i++) {
      if (/^[\p{L}-]{2,}$/u.test(ws[i]!)) words.push(ws[i]!);
      if (i + 2 < ws.length) {
        const key = `${ws[i]} ${ws[i + 1]}`;
        const list = chain.get(key) ?? [];
        list.push(ws[i + 2]!);
        chain.set(key, list);
      }
    }
  }
  return { paragraphs, headings, words, chain };
}

/** A new paragraph in the sources' words: a trigram walk from a real paragraph's opening. */
export function chainedParagraph(src: Sources, r: Rng): string {
  const start = r.pick(src.paragraphs).split(' ');
  const out = start.slice(0, 2);
  const length = r.int(25, 110);
  while (out.length < length) {
    const options = src.chain.get(`${out[out.length - 2]} ${out[out.length - 1]}`);
    if (options) out.push(r.pick(options));
    else {
      // A dead end: start a new sentence from another paragraph.
      if (!/[.!?:]$/.test(out[out.length - 1]!)) out[out.length - 1] += '.';
      out.push(...r.pick(src.paragraphs).split(' ').slice(0, 2));
    }
  }
  const text = out.join(' ');
  return /[.!?]$/.test(text) ? text : text.replace(/[,;:]?$/, '.');
}

/** A near-copy: a real paragraph with a few of its words changed. */
function nearCopy(src: Sources, r: Rng): string {
  return r
    .pick(src.paragraphs)
    .split(' ')
    .map((w) => (r.next() < 0.06 ? r.pick(src.words) : w))
    .join(' ');
}

interface Site {
  menu: string;
  footer: string;
}

const SITES = [
  { name: 'Bibliotheek Lindendaal', menu: ['Home', 'Zoeken in de collectie', 'Agenda', 'Lid worden', 'Onze vestigingen', 'Contact'] },
  { name: 'Gemeente Lindendaal', menu: ['Home', 'Inwoners', 'Ondernemers', 'Bestuur en organisatie', 'Nieuws', 'Contact'] },
  { name: 'OBS De Regenboog', menu: ['Home', 'Onze school', 'Schoolplan', 'Ouders', 'Nieuws', 'Contact'] },
  { name: 'Welzijn Lindendaal', menu: ['Home', 'Hulp en advies', 'Vrijwilligers', 'Activiteiten', 'Over ons', 'Contact'] },
  { name: 'Kinderopvang Het Nest', menu: ['Home', 'Locaties', 'Peuteropvang', 'Tarieven', 'Werken bij', 'Contact'] },
  { name: 'Cultuurhuis De Schakel', menu: ['Home', 'Programma', 'Cursussen', 'Educatie', 'Steun ons', 'Contact'] },
];

function sites(): Site[] {
  return SITES.map((s) => ({
    menu: s.menu.join('\n  '),
    footer:
      `${s.name}\n  Marktplein 12, 5611 AB Lindendaal\n  Telefoon 040 123 45 67\n  ` +
      `Wij gebruiken alleen functionele cookies. Lees onze privacyverklaring.\n  © 2025 ${s.name}`,
  }));
}

/** One saved page as the annotator reads it: menu, heading, body, teasers, footer. */
function sitePage(src: Sources, site: Site, r: Rng): string {
  const parts = [site.menu, r.pick(src.headings)];
  for (let n = r.int(5, 14); n > 0; n--) {
    const kind = r.next();
    if (kind < 0.12) parts.push(r.pick(src.headings));
    parts.push(kind < 0.35 ? r.pick(src.paragraphs) : kind < 0.5 ? nearCopy(src, r) : chainedParagraph(src, r));
  }
  for (let n = r.int(0, 3); n > 0; n--) {
    parts.push(`${r.pick(src.headings)}\n  ${r.pick(src.paragraphs).split(/(?<=[.!?])\s/)[0]}\n  Lees meer`);
  }
  parts.push(site.footer);
  return parts.join('\n  ');
}

/** Saved pages of the six sites one after another, until `chars` characters of text. */
export function realisticText(src: Sources, r: Rng, chars: number): string {
  const all = sites();
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    const p = sitePage(src, r.pick(all), r);
    parts.push(p);
    n += p.length + 2;
  }
  return parts.join('\n\n');
}

/** A passage a person would mark: a few words, a sentence or two, within running text. */
export function passage(text: string, r: Rng): [number, number] {
  for (;;) {
    const kind = r.next();
    const len = kind < 0.3 ? r.int(15, 40) : kind < 0.8 ? r.int(40, 150) : r.int(150, 320);
    let start = r.int(0, text.length - len - 1);
    while (start > 0 && text[start - 1] !== ' ') start--;
    let end = Math.min(text.length, start + len);
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    // Within one block of text (not across a menu or a page break).
    if (!text.slice(start, end).includes('\n')) return [start, end];
  }
}

export interface Op {
  at: number;
  del: number;
  ins: string;
}

export interface Edited {
  text: string;
  /** New offset of each old character, -1 where it was deleted or replaced. */
  map: Int32Array;
}

/** Apply edits (sorted by offset; one overlapping an earlier one is skipped). */
export function applyOps(text: string, ops: Op[]): Edited {
  ops.sort((a, b) => a.at - b.at);
  const map = new Int32Array(text.length).fill(-1);
  const out: string[] = [];
  let outLen = 0;
  let i = 0;
  for (const op of ops) {
    if (op.at < i) continue;
    out.push(text.slice(i, op.at));
    for (let k = i; k < op.at; k++) map[k] = outLen + (k - i);
    outLen += op.at - i;
    out.push(op.ins);
    outLen += op.ins.length;
    i = Math.min(text.length, op.at + op.del);
  }
  out.push(text.slice(i));
  for (let k = i; k < text.length; k++) map[k] = outLen + (k - i);
  return { text: out.join(''), map };
}

/**
 * Word-level edits: each word is edited with probability `rateAt(offset)` — replaced by
 * another word, deleted, followed by an inserted word, or given a typo — and `blocks`
 * paragraphs are added or removed (sites add news, drop items).
 */
export function editWords(text: string, rateAt: (offset: number) => number, src: Sources, r: Rng, blocks = 0): Edited {
  const ops: Op[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const at = m.index;
    const word = m[0];
    if (r.next() >= rateAt(at)) continue;
    const kind = r.next();
    if (kind < 0.4) ops.push({ at, del: word.length, ins: r.pick(src.words) });
    else if (kind < 0.6) ops.push({ at, del: word.length + (text[at + word.length] === ' ' ? 1 : 0), ins: '' });
    else if (kind < 0.8) ops.push({ at: at + word.length, del: 0, ins: ' ' + r.pick(src.words) });
    else {
      const k = at + r.int(0, word.length - 1);
      ops.push({ at: k, del: r.int(0, 1), ins: r.next() < 0.8 ? String.fromCharCode(97 + r.int(0, 25)) : '' });
    }
  }
  const breaks = [...text.matchAll(/\n {2}/g)].map((m) => m.index);
  for (let b = 0; b < blocks && breaks.length > 1; b++) {
    const k = r.int(0, breaks.length - 2);
    const at = breaks[k]!;
    if (r.next() < 0.6) ops.push({ at, del: 0, ins: '\n  ' + chainedParagraph(src, r) });
    else ops.push({ at, del: breaks[k + 1]! - at, ins: '' });
  }
  return applyOps(text, ops);
}
