// Who changed a part, as the comparison says it: the members from the server's per-update
// records (name and organisation), the members of updates compacted away in the period
// ("ook eerdere, samengevoegde wijzigingen van …"), and changes through a link per role.
import type { ChangeAuthor, PartAuthors } from '../../consent/contract.js';
import { formatList, type Lang, type Translate } from '../../i18n/index.js';

type T = Translate;

/** "Anna de Vries (Bibliotheek Rivierenland)", or just the name when the partner is unknown. */
export function personText(a: ChangeAuthor, partnerName: (id: string) => string, t: T): string {
  const org = a.partnerId ? partnerName(a.partnerId) : '';
  return org ? t('ui.consent.changes.person', { name: a.name, organisation: org }) : a.name;
}

/** The sentences under one changed part; empty when the server knows of no change to it. */
export function partAuthorLines(p: PartAuthors | undefined, partnerName: (id: string) => string, t: T, lang: Lang): string[] {
  if (!p) return [];
  const list = (xs: ChangeAuthor[]) => formatList(xs.map((a) => personText(a, partnerName, t)), lang);
  const lines: string[] = [];
  if (p.members.length > 0) lines.push(t('ui.consent.changes.by', { names: list(p.members) }));
  if (p.earlier.length > 0) lines.push(t(p.members.length > 0 ? 'ui.consent.changes.alsoEarlier' : 'ui.consent.changes.earlier', { names: list(p.earlier) }));
  if (p.anonymous) lines.push(t('ui.consent.changes.anonymous'));
  return lines;
}

/** Everyone who changed one of `parts`, each once, in the order first met. */
export function everyAuthor(parts: Record<string, PartAuthors>, ids: string[]): ChangeAuthor[] {
  const out = new Map<string, ChangeAuthor>();
  for (const id of ids) for (const a of [...(parts[id]?.members ?? []), ...(parts[id]?.earlier ?? [])]) if (!out.has(a.memberId)) out.set(a.memberId, a);
  return [...out.values()];
}
