// Anchoring on strings: selectors describe a range, and re-anchoring finds it again after
// the text changed — or reports it orphaned instead of picking a wrong place.
import { describe, expect, it } from 'vitest';
import {
  anchorAll,
  anchorSelectors,
  CONTEXT_LENGTH,
  describeTextRange,
  type Selector,
} from '../../../core/anchoring/index.js';

const TEXT =
  'De gemeente en de bibliotheek maken elk jaar prestatieafspraken. ' +
  'Wij willen leertijd buiten schooltijd organiseren: huiswerkbegeleiding, een leesclub en vakantieactiviteiten. ' +
  'Samen met de bibliotheek willen we dat ieder kind ontdekt dat lezen leuk is. ' +
  'De bibliotheek levert een leesconsulent die een dag per week op school is. ' +
  'Samen met de bibliotheek organiseren we de Kinderboekenweek en de Nationale Voorleesdagen. ' +
  'Ouders zijn welkom bij de koffieochtenden.';

const select = (text: string, quote: string, occurrence = 0): Selector[] => {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`not in text: ${quote}`);
  return describeTextRange(text, at, at + quote.length);
};

describe('describeTextRange', () => {
  it('gives a quote selector with 32 characters of context and a position selector', () => {
    const at = TEXT.indexOf('leertijd buiten schooltijd');
    const [quote, position] = describeTextRange(TEXT, at, at + 26);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'leertijd buiten schooltijd',
      prefix: TEXT.slice(at - CONTEXT_LENGTH, at),
      suffix: TEXT.slice(at + 26, at + 26 + CONTEXT_LENGTH),
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start: at, end: at + 26 });
  });

  it('keeps short context at the edges of the text', () => {
    const [quote] = describeTextRange(TEXT, 0, 11);
    expect(quote.prefix).toBe('');
    expect(quote.exact).toBe('De gemeente');
  });

  it('lengthens the context while the quote with its context is repeated on the page', () => {
    const block = 'In het kindcentrum werken we samen met de kinderopvang, de bibliotheek en het wijkteam. Lees meer over onze partners en de afspraken die we samen maakten met de gemeente. ';
    const text = `Eerste verhaal over lezen. ${block}Tweede verhaal over de school. ${block}`;
    const at = text.lastIndexOf('onze partners');
    const [quote] = describeTextRange(text, at, at + 13);
    expect(quote.prefix.length).toBeGreaterThan(CONTEXT_LENGTH);
    const needle = quote.prefix + quote.exact + quote.suffix;
    expect(text.indexOf(needle)).toBe(text.lastIndexOf(needle));
  });

  it('refuses empty and out-of-range ranges', () => {
    expect(() => describeTextRange(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => describeTextRange(TEXT, -1, 4)).toThrow(RangeError);
    expect(() => describeTextRange(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
    expect(() => describeTextRange(TEXT, 1.5, 4)).toThrow(RangeError);
  });
});

describe('anchorSelectors', () => {
  it('finds an unchanged passage at its position with full confidence', () => {
    const sel = select(TEXT, 'leertijd buiten schooltijd organiseren');
    const at = TEXT.indexOf('leertijd buiten');
    expect(anchorSelectors(TEXT, sel)).toEqual({ start: at, end: at + 38, score: 1 });
  });

  it('follows a passage that moved when text was inserted before it', () => {
    const sel = select(TEXT, 'leertijd buiten schooltijd organiseren');
    const changed = 'Nieuw: de bibliotheek is op zaterdag langer open. '.repeat(20) + TEXT;
    const r = anchorSelectors(changed, sel)!;
    expect(changed.slice(r.start, r.end)).toBe('leertijd buiten schooltijd organiseren');
    expect(r.score).toBeGreaterThan(0.95);
  });

  it('finds a passage in which a word was changed, covering the new wording', () => {
    const sel = select(TEXT, 'leertijd buiten schooltijd organiseren: huiswerkbegeleiding');
    const changed = TEXT.replace('buiten schooltijd', 'na schooltijd');
    const r = anchorSelectors(changed, sel)!;
    expect(changed.slice(r.start, r.end)).toBe('leertijd na schooltijd organiseren: huiswerkbegeleiding');
    expect(r.score).toBeLessThan(1);
    expect(r.score).toBeGreaterThan(0.8);
  });

  it('orphans a passage that was deleted (null, not a guess)', () => {
    const sel = select(TEXT, 'Wij willen leertijd buiten schooltijd organiseren: huiswerkbegeleiding, een leesclub en vakantieactiviteiten.');
    const changed = TEXT.replace(/Wij willen leertijd[^.]*\. /, '');
    expect(anchorSelectors(changed, sel)).toBeNull();
  });

  it('orphans a short quote whose only remaining copies sit in other context', () => {
    const sel = select(TEXT, 'Samen met de bibliotheek', 1);
    const changed = TEXT.replace('Samen met de bibliotheek organiseren we de Kinderboekenweek en de Nationale Voorleesdagen. ', '');
    expect(anchorSelectors(changed, sel)).toBeNull();
  });

  it('picks the right one of repeated quotes by its context, even after the page shifted', () => {
    for (const occurrence of [0, 1]) {
      const sel = select(TEXT, 'Samen met de bibliotheek', occurrence);
      const changed = 'Samen met de bibliotheek. '.repeat(3) + TEXT;
      const r = anchorSelectors(changed, sel)!;
      let expected = -1;
      for (let i = 0; i <= occurrence; i++) expected = TEXT.indexOf('Samen met de bibliotheek', expected + 1);
      expect(r.start).toBe(expected + 'Samen met de bibliotheek. '.length * 3);
    }
  });

  it('works without a position selector and ignores a position that points at other text', () => {
    const quote = select(TEXT, 'een leesconsulent')[0]!;
    const at = TEXT.indexOf('een leesconsulent');
    expect(anchorSelectors(TEXT, [quote])?.start).toBe(at);
    expect(anchorSelectors(TEXT, [quote, { type: 'TextPositionSelector', start: 3, end: 20 }])?.start).toBe(at);
  });

  it('returns null without a quote, for an empty quote and in an empty text', () => {
    expect(anchorSelectors(TEXT, [{ type: 'TextPositionSelector', start: 0, end: 5 }])).toBeNull();
    expect(anchorSelectors(TEXT, [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }])).toBeNull();
    expect(anchorSelectors('', select(TEXT, 'leesclub'))).toBeNull();
  });

  it('prefers the edited passage in place over an intact copy far away', () => {
    const para = 'De leesconsulent helpt bij het kiezen van boeken en organiseert samen met de leescoördinator de Kinderboekenweek. ';
    const filler = (n: number) => `Alinea ${n} over iets heel anders, zoals de openingstijden en de contributie. `.repeat(80);
    const original = filler(1) + 'Op school: ' + para + filler(2) + 'Op de website: ' + para + filler(3);
    const at = original.indexOf('helpt bij het kiezen');
    const sel = describeTextRange(original, at, at + 'helpt bij het kiezen van boeken'.length);
    const changed = original.slice(0, at) + 'helpt bij het uitkiezen van boeken' + original.slice(at + 31);
    const r = anchorSelectors(changed, sel)!;
    expect(r.start).toBe(at);
    expect(changed.slice(r.start, r.end)).toBe('helpt bij het uitkiezen van boeken');
  });

  it('stays fast on 1 MB of text when the quote is gone (bounded search)', () => {
    const words = ['lezen', 'bibliotheek', 'school', 'gemeente', 'kinderen', 'samen', 'ouders', 'taal', 'wijk', 'boeken'];
    let seed = 1;
    const parts: string[] = [];
    for (let n = 0; n < 1_000_000; ) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const w = words[seed % words.length]!;
      parts.push(w);
      n += w.length + 1;
    }
    const text = parts.join(' ');
    const sel: Selector[] = [
      { type: 'TextQuoteSelector', exact: 'Dit citaat komt nergens op de pagina voor, ook niet ongeveer.', prefix: 'Een voorvoegsel van tweeëndertig ', suffix: ' en een achtervoegsel dat er ook niet is.' },
      { type: 'TextPositionSelector', start: 500_000, end: 500_061 },
    ];
    const t = performance.now();
    expect(anchorSelectors(text, sel)).toBeNull();
    expect(performance.now() - t).toBeLessThan(3_000);
  });
});

describe('anchorAll', () => {
  // A page that repeats itself, as web pages do: similar paragraphs that differ in a number.
  const page =
    Array.from({ length: 60 }, (_, i) => `Alinea ${i}: de bibliotheek en school ${i % 7} werken samen aan taal en lezen in wijk ${i}. `).join('') +
    'Tot slot: de gemeente betaalt de leesconsulent uit de regeling voor lokale bibliotheekvoorzieningen. ' +
    Array.from({ length: 20 }, (_, i) => `Bijlage ${i}: verslag van overleg ${i} met de partners over het leesplan. `).join('');
  const quotes = ['school 3 werken samen', 'aan taal en lezen in wijk 17', 'betaalt de leesconsulent', 'overleg 12 met de partners'];
  const items = quotes.map((q) => select(page, q));

  it('anchors every annotation of a page, in order, like one-by-one anchoring on an unchanged page', () => {
    const all = anchorAll(page, items);
    expect(all).toEqual(items.map((s) => anchorSelectors(page, s)));
    all.forEach((r, i) => expect(page.slice(r!.start, r!.end)).toBe(quotes[i]));
  });

  it('after edits: moved ones follow, edited ones are found in place among look-alikes, deleted ones are orphaned', () => {
    const changed = ('Nieuwe inleiding over het leesplan. '.repeat(30) + page)
      .replace('aan taal en lezen in wijk 17', 'aan taal en voorlezen in wijk 17')
      .replace(/Tot slot:[^.]*\. /, '');
    const all = anchorAll(changed, items);
    expect(changed.slice(all[0]!.start, all[0]!.end)).toBe('school 3 werken samen');
    expect(changed.slice(all[1]!.start, all[1]!.end)).toBe('aan taal en voorlezen in wijk 17');
    expect(all[2]).toBeNull();
    expect(changed.slice(all[3]!.start, all[3]!.end)).toBe('overleg 12 met de partners');
  });
});
