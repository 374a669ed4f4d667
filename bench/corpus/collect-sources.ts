// Writes bench/corpus/sources.json, the source texts of the realistic anchoring corpus:
// every Dutch text of the knowledge base (core/knowledge, the method in the project's own
// words) and the paragraphs and headings of the saved fixture pages. Run it (npx tsx
// bench/corpus/collect-sources.ts) only to refresh the corpus on purpose: the bench's and
// the accuracy tests' figures change with it.
import { readFileSync, writeFileSync } from 'node:fs';
import * as knowledge from '../../core/knowledge/index.js';

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ')
    .replace(/&[a-z]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function collect(): { paragraphs: string[]; headings: string[] } {
  const paragraphs: string[] = [];
  const headings: string[] = [];
  for (const text of dutchTexts(knowledge)) {
    if (text.length >= 40) paragraphs.push(text.replace(/\s+/g, ' ').trim());
    else if (text.length >= 8 && !text.includes('{')) headings.push(text);
  }
  const dir = new URL('../../test/fixtures/pages/', import.meta.url);
  for (const f of ['schoolplan.html', 'gemeente-bibliotheekbeleid.html', 'jaarverslag-bibliotheek.html']) {
    const html = readFileSync(new URL(f, dir), 'utf8').replace(/<(script|style|template|noscript)[\s\S]*?<\/\1>/g, ' ');
    for (const m of html.matchAll(/<(p|li|h[1-3])[^>]*>([\s\S]*?)<\/\1>/g)) {
      const text = decode(m[2]!);
      if (m[1]!.startsWith('h')) headings.push(text);
      else if (text.length >= 40) paragraphs.push(text);
    }
  }
  return { paragraphs, headings };
}

/** Every Dutch text (`{ nl, en }` values) in a tree of data, in document order, each once. */
function dutchTexts(value: unknown, seen = new Set<unknown>(), out: string[] = []): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  const { nl } = value as { nl?: unknown };
  if (typeof nl === 'string' && typeof (value as { en?: unknown }).en === 'string') {
    if (!out.includes(nl)) out.push(nl);
    return out;
  }
  for (const child of Object.values(value)) dutchTexts(child, seen, out);
  return out;
}

const file = new URL('./sources.json', import.meta.url);
writeFileSync(file, JSON.stringify(collect(), null, 1) + '\n');
console.log(`wrote ${file.pathname}`);
