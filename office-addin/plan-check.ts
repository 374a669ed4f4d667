// Plancheck (pure): a document outline in — headings, short paragraphs and our anchored
// sections (content controls or bookmarks) as the Word adapter reads them — and coverage out: which sections and which of
// the five conditions the plan covers, what is missing and the question that would fill it.
import type { Agreement, ConditionId } from '../core/agreement/index.js';
import { CONDITION_IDS } from '../core/agreement/index.js';
import { completeness } from '../core/health/index.js';
import { t, type MessageKey } from '../core/i18n/index.js';
import { SECTION_IDS, type SectionId } from '../core/render/blocks.js';
import { parseKeptTag, parseTag } from './control-tag.js';
import { HEADING_SYNONYMS, PLAN_PART_SECTIONS } from './heading-synonyms.js';

export interface OutlineParagraph {
  text: string;
  /** Heading level 1–9 (0 for Title), null for body text. */
  level: number | null;
  inTable: boolean;
}

/** Where to jump: one of our controls or bookmarks, or a heading found by its text. */
export type GoToTarget = { kind: 'control'; id: number } | { kind: 'bookmark'; name: string } | { kind: 'heading'; text: string };

/** An anchored section in the document: a content control, or a bookmark with its custom XML part. */
export interface OutlineAnchor {
  /** The control's tag, or the same form built from the custom XML part. */
  tag: string;
  title: string;
  target: Extract<GoToTarget, { kind: 'control' | 'bookmark' }>;
}

export interface DocumentOutline {
  paragraphs: OutlineParagraph[];
  anchors: OutlineAnchor[];
}

export interface SectionCoverage {
  sectionId: SectionId;
  covered: boolean;
  /** How the plan covers it: an inserted section (control or bookmark), or a heading of its own. */
  by: 'control' | 'heading' | null;
  target: GoToTarget | null;
  /** Catalogue keys of the questions for what the draft still lacks in this section. */
  questions: MessageKey[];
}

export interface ConditionCoverage {
  conditionId: ConditionId;
  sections: SectionId[];
  covered: number;
  status: 'covered' | 'partial' | 'missing';
}

export interface PlanCoverage {
  sections: SectionCoverage[];
  conditions: ConditionCoverage[];
  /** Our inserted sections that belong to another draft. */
  otherDrafts: number;
}

/** Lower case, no accents, no leading numbering ("2.1", "a)", "§ 3"), words separated by single spaces. */
export function normalizeHeading(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^\s*(?:§\s*)?(?:\d+(?:\.\d+)*\.?|[a-z]\)|[ivx]+\.)\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

let synonyms: Map<SectionId, string[]> | undefined;
function synonymTable(): Map<SectionId, string[]> {
  synonyms ??= new Map(
    SECTION_IDS.map((id) => {
      const own = [t('nl', `section.${id}`), t('en', `section.${id}`)];
      return [id, [...new Set([...own, ...HEADING_SYNONYMS[id]].map(normalizeHeading).filter(Boolean))]];
    }),
  );
  return synonyms;
}

/** The sections a heading text names (whole-word match of any synonym). */
export function sectionsForHeading(text: string): SectionId[] {
  const heading = ` ${normalizeHeading(text)} `;
  if (heading.trim() === '') return [];
  return SECTION_IDS.filter((id) => synonymTable().get(id)!.some((s) => heading.includes(` ${s} `)));
}

/** A body paragraph short enough to be a heading written as plain (often bold) text. */
const looksLikeHeading = (p: OutlineParagraph): boolean =>
  !p.inTable && p.text.trim().length > 0 && p.text.trim().length <= 60 && p.text.trim().split(/\s+/).length <= 6 && !/[.;:?!]$/.test(p.text.trim());

/** Coverage of the plan for this draft. */
export function planCoverage(outline: DocumentOutline, agreement: Agreement, draftId: string): PlanCoverage {
  const found = new Map<SectionId, { by: 'control' | 'heading'; target: GoToTarget }>();
  let otherDrafts = 0;
  for (const anchor of outline.anchors) {
    const tag = parseTag(anchor.tag) ?? parseKeptTag(anchor.tag);
    if (!tag) continue;
    if (tag.draftId !== draftId) {
      otherDrafts++;
      continue;
    }
    const ids = (SECTION_IDS as readonly string[]).includes(tag.sectionId) ? [tag.sectionId as SectionId] : (PLAN_PART_SECTIONS[tag.sectionId] ?? []);
    for (const id of ids) if (!found.has(id)) found.set(id, { by: 'control', target: anchor.target });
  }
  for (const p of outline.paragraphs) {
    if (p.level === null && !looksLikeHeading(p)) continue;
    for (const id of sectionsForHeading(p.text)) {
      if (!found.has(id)) found.set(id, { by: 'heading', target: { kind: 'heading', text: p.text.trim() } });
    }
  }
  const health = completeness(agreement);
  const sections: SectionCoverage[] = SECTION_IDS.map((id) => {
    const hit = found.get(id);
    return {
      sectionId: id,
      covered: Boolean(hit),
      by: hit?.by ?? null,
      target: hit?.target ?? null,
      questions: health.bySection[id].missing.map((m) => m.question),
    };
  });
  const conditions: ConditionCoverage[] = CONDITION_IDS.map((conditionId) => {
    const ids = [...new Set(health.items.filter((i) => i.conditionId === conditionId).map((i) => i.sectionId))];
    const covered = ids.filter((id) => found.has(id)).length;
    return { conditionId, sections: ids, covered, status: covered === 0 ? 'missing' : covered === ids.length ? 'covered' : 'partial' };
  });
  return { sections, conditions, otherDrafts };
}
