// The vaststelling (adoption) page of an agreed version: each partner, its representative, the
// date and kind of consent, and the version's id and hash. A Section like any other; the .docx
// renderer starts it on a new page (ADOPTION_SECTION_ID).
import type { ConsentKind } from '../consent/contract.js';
import { formatDate, t, type Lang, type MessageKey } from '../i18n/index.js';
import type { Block, Section } from './blocks.js';

export const ADOPTION_SECTION_ID = 'adoption';

export interface AdoptionPartner {
  name: string;
  /** Who recorded the partner's consent (or the representative invited for it); '' when nobody. */
  representative: string;
  kind: ConsentKind | null;
  text: string;
  at: string | null;
}

export interface Adoption {
  versionId: string;
  versionN: number;
  versionName: string;
  hash: string;
  /** null: the version was never proposed. */
  status: 'open' | 'agreed' | 'objected' | null;
  agreedAt: string | null;
  partners: AdoptionPartner[];
}

const say = (lang: Lang, key: MessageKey, params?: Record<string, string | number>): string => t(lang, key, params);

export function adoptionSection(a: Adoption, lang: Lang): Section {
  const date = (iso: string | null) => (iso ? formatDate(iso, lang) : '');
  const status =
    a.status === 'agreed' ? say(lang, 'adoption.agreed', { date: date(a.agreedAt) }) : a.status === 'objected' ? say(lang, 'adoption.objected') : a.status === 'open' ? say(lang, 'adoption.open') : say(lang, 'adoption.notProposed');
  const kind = (p: AdoptionPartner) => (p.kind ? say(lang, `adoption.kind.${p.kind}`, { text: p.text }) : say(lang, 'adoption.kind.none'));
  const blocks: Block[] = [
    { type: 'paragraph', text: say(lang, 'adoption.version', { n: a.versionN, name: a.versionName }) },
    { type: 'paragraph', text: say(lang, 'adoption.intro') },
    { type: 'paragraph', text: [{ text: status, bold: true }] },
    {
      type: 'table',
      header: [say(lang, 'adoption.col.partner'), say(lang, 'adoption.col.representative'), say(lang, 'adoption.col.date'), say(lang, 'adoption.col.consent')],
      rows: a.partners.map((p) => [p.name, p.representative, date(p.at), kind(p)]),
    },
    { type: 'paragraph', text: say(lang, 'adoption.versionId', { id: a.versionId }) },
    { type: 'paragraph', text: say(lang, 'adoption.hash', { hash: a.hash }) },
  ];
  return { id: ADOPTION_SECTION_ID, title: say(lang, 'adoption.title'), blocks };
}
