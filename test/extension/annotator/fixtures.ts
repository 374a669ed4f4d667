// Loads the saved Dutch pages of test/fixtures/pages into the test document. Markup set
// through innerHTML never runs its scripts, so the pages' own scripts stay inert.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGES = ['schoolplan.html', 'gemeente-bibliotheekbeleid.html', 'jaarverslag-bibliotheek.html'] as const;

export function pageHtml(name: string): string {
  return readFileSync(join(process.cwd(), 'test/fixtures/pages', name), 'utf8');
}

/** Replace the test document's head and body with those of the saved page. */
export function loadPage(name: string): Document {
  const parsed = new DOMParser().parseFromString(pageHtml(name), 'text/html');
  for (const script of parsed.querySelectorAll('script[src]')) script.removeAttribute('src');
  document.title = parsed.title;
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  return document;
}
