// Parses renderer HTML with happy-dom (scripts never run) and checks that only the
// elements and attributes a renderer means to write are there.
import { Window } from 'happy-dom';

export const ALLOWED_TAGS = new Set([
  'HTML', 'HEAD', 'META', 'TITLE', 'STYLE', 'BODY', 'MAIN', 'HEADER', 'SECTION',
  'H1', 'H2', 'H3', 'H4', 'H5', 'P', 'BR', 'STRONG', 'EM', 'A', 'UL', 'OL', 'LI',
  'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TR', 'TH', 'TD',
]);

const ALLOWED_ATTRS: Record<string, string[]> = {
  HTML: ['lang'],
  META: ['charset', 'name', 'content'],
  SECTION: ['data-section'],
  A: ['href', 'rel'],
  P: ['class', 'style'],
  TH: ['scope', 'style'],
  TD: ['style'],
  TABLE: ['style'],
};

const window = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
});

export function parseHtml(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Problems found: unexpected elements, unexpected or event-handler attributes, non-http(s) links. */
export function unexpectedMarkup(root: Document | Element, extraTags: string[] = []): string[] {
  const problems: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.tagName.toUpperCase();
    if (!ALLOWED_TAGS.has(tag) && !extraTags.includes(tag)) problems.push(`element <${tag.toLowerCase()}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`event handler ${name} on <${tag.toLowerCase()}>`);
      else if (!(ALLOWED_ATTRS[tag] ?? []).includes(name)) problems.push(`attribute ${name} on <${tag.toLowerCase()}>`);
    }
    if (tag === 'A') {
      const href = el.getAttribute('href') ?? '';
      if (!/^https?:\/\//i.test(href)) problems.push(`link to ${href}`);
    }
  }
  return problems;
}
