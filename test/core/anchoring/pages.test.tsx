// Anchoring on real-looking Dutch pages (test/fixtures/pages): the page text is extracted
// from the DOM as the annotator does, the page is changed the way sites change, and the
// annotation must land on the same passage — or be orphaned, never land elsewhere.
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorAll, anchorSelectors, describeTextRange, type Selector } from '../../../core/anchoring/index.js';
import { buildPageText, rangeFromOffsets } from '../../../extension/annotator/page-text.js';
import { loadPage } from '../../extension/annotator/fixtures.js';

const pageText = () => buildPageText(document.body, window);

/** Selectors for the n-th occurrence of `quote` in the current page. */
function annotate(quote: string, occurrence = 0): Selector[] {
  const { text } = pageText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`not on the page: ${quote}`);
  return describeTextRange(text, at, at + quote.length);
}

/** The text of the DOM range the selectors anchor to now, and the element it starts in. */
function anchored(selectors: Selector[]): { text: string; element: Element } | null {
  const index = pageText();
  const r = anchorSelectors(index.text, selectors);
  if (!r) return null;
  const range = rangeFromOffsets(index, r.start, r.end)!;
  return { text: range.toString(), element: range.startContainer.parentElement! };
}

const paragraphWith = (words: string) => [...document.querySelectorAll('p, li')].find((p) => p.textContent!.includes(words))!;

function insertParagraphAtTop(): void {
  const p = document.createElement('p');
  p.textContent =
    'Nieuw! Vanaf 1 september is de school op woensdagmiddag open voor de leesclub. Ouders die willen helpen kunnen zich melden bij de leescoördinator. '.repeat(4);
  document.querySelector('main')!.prepend(p);
}

function replaceInDom(from: string, to: string): void {
  const walker = document.createTreeWalker(document.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t.data.includes(from)) {
      t.data = t.data.replace(from, to);
      return;
    }
  }
  throw new Error(`not in a single text node: ${from}`);
}

const CASES = [
  {
    page: 'schoolplan.html',
    quote: 'leertijd buiten schooltijd organiseren: huiswerkbegeleiding, een leesclub op woensdagmiddag',
    word: ['buiten', 'na'],
    gone: 'Niet alle kinderen krijgen thuis dezelfde kansen',
  },
  {
    page: 'gemeente-bibliotheekbeleid.html',
    quote: 'Het Taalhuis in de bibliotheek wordt het centrale loket voor taalvragen',
    word: ['centrale', 'belangrijkste'],
    gone: 'De gemeente investeert in de aanpak van laaggeletterdheid',
  },
  {
    page: 'jaarverslag-bibliotheek.html',
    quote: 'We hebben geleerd dat een gedeelde ambitie alleen werkt als iedere partner er ook echt tijd en mensen voor vrijmaakt',
    word: ['echt', 'werkelijk'],
    gone: 'We hebben geleerd dat een gedeelde ambitie',
  },
] as const;

describe.each(CASES)('$page', ({ page, quote, word, gone }) => {
  beforeEach(() => {
    loadPage(page);
  });

  it('the page text has several KB of visible text', () => {
    expect(pageText().text.length).toBeGreaterThan(2_500);
  });

  it('exact: an unchanged page anchors with full confidence', () => {
    const sel = annotate(quote);
    const index = pageText();
    expect(anchorSelectors(index.text, sel)?.score).toBe(1);
    expect(anchored(sel)?.text).toBe(quote);
  });

  it('moved: a paragraph inserted before the passage', () => {
    const sel = annotate(quote);
    insertParagraphAtTop();
    expect(anchored(sel)?.text).toBe(quote);
  });

  it('edited inside: a word of the quote changed', () => {
    const sel = annotate(quote);
    replaceInDom(quote, quote.replace(word[0], word[1]));
    const result = anchored(sel)!;
    expect(result.text).toBe(quote.replace(word[0], word[1]));
  });

  it('moved and edited at once', () => {
    const sel = annotate(quote);
    insertParagraphAtTop();
    replaceInDom(quote, quote.replace(word[0], word[1]));
    expect(anchored(sel)?.text).toBe(quote.replace(word[0], word[1]));
  });

  it('deleted: the paragraph is gone, the annotation is orphaned', () => {
    const sel = annotate(quote);
    paragraphWith(gone).remove();
    expect(anchored(sel)).toBeNull();
  });
});

describe('repeated quotes', () => {
  it('each occurrence of a repeated phrase keeps its own place, by its context', () => {
    loadPage('schoolplan.html');
    const phrase = 'samen met de bibliotheek';
    const { text } = pageText();
    const count = text.split(phrase).length - 1;
    expect(count).toBeGreaterThanOrEqual(3);
    const owners = Array.from({ length: count }, (_, i) => {
      const sel = annotate(phrase, i);
      return { sel, owner: anchored(sel)!.element.closest('p, li')! };
    });
    insertParagraphAtTop();
    replaceInDom('huiswerkbegeleiding', 'huiswerkhulp'); // an edit between the occurrences
    for (const { sel, owner } of owners) {
      const now = anchored(sel)!;
      expect(now.text).toBe(phrase);
      expect(now.element.closest('p, li')).toBe(owner);
    }
  });

  it('a deleted occurrence is orphaned, not moved onto a sibling', () => {
    loadPage('gemeente-bibliotheekbeleid.html');
    const phrase = 'samen met de bibliotheek';
    const sel = annotate(phrase, 0);
    paragraphWith('alle basisscholen in Lindendaal een leesplan').remove();
    expect(pageText().text).toContain('Samen met de bibliotheek');
    expect(anchored(sel)).toBeNull();
  });

  it('anchorAll finds every annotation of a changed page at once', () => {
    loadPage('jaarverslag-bibliotheek.html');
    const quotes = ['Leesconsulenten ondersteunen de leerkrachten', 'digitale inclusie voor volwassenen en ouderen', 'Lees meer', '1,24 miljoen euro subsidie'];
    const sels = quotes.map((q) => annotate(q));
    insertParagraphAtTop();
    replaceInDom('ouderen', 'senioren');
    paragraphWith('De totale baten').remove();
    const index = pageText();
    const results = anchorAll(index.text, sels);
    const texts = results.map((r) => (r ? rangeFromOffsets(index, r.start, r.end)!.toString() : null));
    expect(texts).toEqual(['Leesconsulenten ondersteunen de leerkrachten', 'digitale inclusie voor volwassenen en senioren', 'Lees meer', null]);
  });
});
