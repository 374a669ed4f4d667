// A corpus text as a web page whose visible text is exactly that text: each saved page an
// <article>, each block a <p> (the menu a <nav>), every few words inside a link or <b>, and
// around them what a reader does not see (scripts, styles, hidden banners) — so the page
// annotator's text walk meets a realistic number and mix of nodes, and offsets in the corpus
// are offsets in the page text.
import type { Rng } from './random.js';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Words of a block with some wrapped in inline elements (the text stays the same). */
function inline(block: string, r: Rng): string {
  return block
    .split(/( )/)
    .map((w) => {
      if (w === ' ' || w === '') return w;
      const k = r.next();
      return k < 0.06 ? `<a href="#l${r.int(0, 999)}">${escape(w)}</a>` : k < 0.1 ? `<b>${escape(w)}</b>` : escape(w);
    })
    .join('');
}

export function pageHtml(text: string, r: Rng, title = 'Anchoring bench'): string {
  const articles = text.split('\n\n').map((page) => {
    const blocks = page.split('\n  ');
    const body = blocks.map((b, i) => (i === 0 ? `<nav>${escape(b)}</nav>` : `<p>${inline(b, r)}</p>`)).join('\n  ');
    return (
      `<article><script>window.dataLayer = window.dataLayer || [];</script>` +
      `<div hidden>Deze website gebruikt cookies.</div><style>.x{color:red}</style>${body}</article>`
    );
  });
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>${articles.join('\n\n')}</body></html>`;
}
