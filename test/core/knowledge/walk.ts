// Test helper: walks every exported value of the knowledge base and collects each
// Localized text with the path where it was found.

import * as knowledge from '../../../core/knowledge/index.js';
import type { Localized } from '../../../core/knowledge/index.js';

export interface FoundText {
  path: string;
  value: Localized;
}

function isLocalized(value: unknown): value is Localized {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && keys.includes('nl') && keys.includes('en');
}

export function collectLocalized(): FoundText[] {
  const found: FoundText[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object') return;
    if (isLocalized(value)) {
      found.push({ path, value });
      return;
    }
    if (seen.has(value)) return;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
  };
  for (const [name, value] of Object.entries(knowledge)) {
    if (typeof value !== 'function') visit(value, name);
  }
  return found;
}

/** Every Dutch string of the knowledge base. */
export function dutchTexts(): string[] {
  return collectLocalized().map((t) => t.value.nl);
}
