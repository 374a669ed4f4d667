// The pages the annotator e2e test serves: a school plan whose content the test changes
// between loads (a paragraph inserted before, a word changed inside the quote, the passage
// removed), and a hostile script that fakes messages and events and records what it sees.
export const PARTNER = 'Openbare Basisschool De Regenboog';
export const SECRET = 'GEHEIM-privenotitie-7731';
export const QUOTE = 'Wij willen dat alle leerlingen in groep 5 samen met de openbare bibliotheek elke week een uur vrij lezen.';

export interface PageOptions {
  title?: string;
  insertBefore?: boolean;
  changeWord?: boolean;
  removePassage?: boolean;
  script?: string;
}

export function pageHtml(o: PageOptions): string {
  const quote = o.changeWord ? QUOTE.replace('elke week', 'iedere week') : QUOTE;
  const filler = Array.from({ length: 40 }, (_, i) => `<p>Toelichting ${i + 1}: de school werkt met een jaarplanning, teamoverleg en een leescoördinator die de voortgang bespreekt.</p>`).join('\n');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${o.title ?? 'Schoolplan De Regenboog'}</title>
${o.script ? `<script>${o.script}</script>` : ''}</head>
<body><main>
<h1>Schoolplan 2025-2029</h1>
${o.insertBefore ? '<p id="new">Nieuw: dit plan is in maart bijgewerkt na de studiedag van het team.</p>' : ''}
<p id="p1">Onze school staat midden in de wijk en werkt samen met ouders en partners.</p>
${filler}
${o.removePassage ? '' : `<p id="p2">${quote}</p>`}
<p id="p3">Daarnaast investeren we in de taalontwikkeling van jonge kinderen.</p>
</main></body></html>`;
}

/** Runs in the page's own world: everything a hostile page could try. */
export const HOSTILE_SCRIPT = `
window.__seen = []; window.__fakes = 0; window.__shadow = 'no-host';
const origAttach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) { const r = origAttach.call(this, init); window.__captured = r; return r; };
new MutationObserver((ms) => {
  for (const m of ms) {
    for (const n of m.addedNodes) window.__seen.push(n.textContent || '');
    if (m.target && m.target.textContent) window.__seen.push(m.target.textContent);
  }
}).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
const fake = { type: 'annotator/create', draft: { url: location.href, title: 'NEP', selectors: [{ type: 'TextQuoteSelector', exact: 'NEP', prefix: '', suffix: '' }], partnerId: 'nep', level: 'collective', conditionId: null, note: 'NEP', visibility: 'shared' } };
setInterval(() => {
  window.__fakes++;
  window.postMessage(fake, '*');
  window.postMessage({ type: 'annotator/load', url: location.href, annotations: [], partners: [{ id: 'nep', name: 'NEP' }] }, '*');
  document.dispatchEvent(new CustomEvent('annotator/create', { detail: fake }));
  document.dispatchEvent(new CustomEvent('wxt:content-script-started', { detail: { contentScriptName: 'annotator', messageId: 'nep' } }));
  document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  const host = document.querySelector('samenspel-toolbar');
  if (host) { window.__shadow = host.shadowRoot; window.__seen.push(host.innerHTML, host.textContent || ''); }
  if (window.__captured) window.__seen.push(window.__captured.innerHTML);
}, 100);
`;
