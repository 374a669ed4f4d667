// English text of the vaststelling (adoption) page of an agreed version's .docx (core/render/adoption.ts).
import type { adoptionNl } from './adoption-nl.js';

export const adoptionEn: Record<keyof typeof adoptionNl, string> = {
  'adoption.title': 'Adoption',
  'adoption.intro': 'This version of the collaboration agreement was put to the representatives of all partners.',
  'adoption.agreed': 'Adopted on {date}: every partner consented.',
  'adoption.open': 'Not adopted yet: not every partner has consented.',
  'adoption.objected': 'Not adopted: a reasoned objection was made.',
  'adoption.notProposed': 'This version was not put to the partners for consent.',
  'adoption.col.partner': 'Partner',
  'adoption.col.representative': 'Representative',
  'adoption.col.date': 'Date',
  'adoption.col.consent': 'Consent',
  'adoption.kind.consent': 'Consented',
  'adoption.kind.consent-with-remark': 'Consented with a remark: {text}',
  'adoption.kind.objection': 'Reasoned objection: {text}',
  'adoption.kind.none': 'Not yet',
  'adoption.version': 'Version {n}: {name}',
  'adoption.versionId': 'Version id: {id}',
  'adoption.hash': 'SHA-256 of the version: {hash}',
};
