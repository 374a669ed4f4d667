// What every section builder shares: the agreement, the language, the translator and a few
// block helpers (a paragraph, a prompt for an empty part, a labelled text).
import { partnerLabel, type Agreement } from '../../agreement/index.js';
import { formatDate, translator, type Lang, type MessageKey, type Translate } from '../../i18n/index.js';
import type { Block, Run, Section, SectionId } from '../blocks.js';

export interface Ctx {
  agreement: Agreement;
  lang: Lang;
  t: Translate;
  partnerName: (id: string | null) => string;
  date: (iso: string | null) => string;
}

export function context(agreement: Agreement, lang: Lang): Ctx {
  const t = translator(lang);
  return {
    agreement,
    lang,
    t,
    partnerName: (id) => (id === null ? t('value.none') : partnerLabel(agreement, id, lang)),
    date: (iso) => (iso ? formatDate(iso, lang) : t('value.none')),
  };
}

export const filled = (text: string) => text.trim().length > 0;
export const paragraph = (text: string | Run[]): Block => ({ type: 'paragraph', text });
export const heading = (text: string, level: 1 | 2 | 3 = 3): Block => ({ type: 'heading', level, text });
export const warning = (text: string): Block => ({ type: 'paragraph', text, tone: 'warning' });
export const prompt = (ctx: Ctx, key: MessageKey): Block => ({ type: 'paragraph', text: ctx.t(key), tone: 'prompt' });

/** A sub-heading and its text, or nothing when the text is empty. */
export function labelled(ctx: Ctx, label: MessageKey, text: string): Block[] {
  return filled(text) ? [heading(ctx.t(label)), paragraph(text.trim())] : [];
}

/** "Label: text" with the label in bold, for compact lists; null when the text is empty. */
export function labelledRuns(label: string, text: string): Run[] | null {
  return filled(text) ? [{ text: `${label}: `, bold: true }, { text: text.trim() }] : null;
}

/** A section with its translated title; an empty body becomes the section's helpful prompt. */
export function section(ctx: Ctx, id: SectionId, blocks: Block[]): Section {
  return { id, title: ctx.t(`section.${id}`), blocks: blocks.length ? blocks : [prompt(ctx, `prompt.${id}`)] };
}
