// English messages: the toolbar the annotator shows on a partner's page. Mirrors ui-annotator-nl.ts key for key.
import type { uiAnnotatorNl } from './ui-annotator-nl.js';

export const uiAnnotatorEn: Record<keyof typeof uiAnnotatorNl, string> = {
  'annotator.title': 'Mark as an interest of …',
  'annotator.partner': 'Partner',
  'annotator.level': 'Level',
  'annotator.level.collective': 'Collective interest',
  'annotator.level.organisational': 'Organisational interest',
  'annotator.level.personal': 'Personal interest',
  'annotator.condition': 'Condition',
  'annotator.noCondition': '(none)',
  'annotator.condition.ambition': 'Shared ambition',
  'annotator.condition.interests': 'Interests',
  'annotator.condition.relationship': 'Relationship',
  'annotator.condition.organisation': 'Organisation',
  'annotator.condition.process': 'Process',
  'annotator.note': 'Note',
  'annotator.private': 'Only for me (do not share)',
  'annotator.save': 'Mark',
  'annotator.cancel': 'Cancel',
  'annotator.noPartners': 'Add a partner in the side panel first.',
};
