// The comment threads by part, and the open points (unresolved threads) as a Markdown list
// to download: per part, each point with its author, date, mentioned partners and replies.
import type { CommentThread } from '../../consent/contract.js';
import type { Agreement } from '../../agreement/index.js';
import { partnerLabel } from '../../agreement/index.js';
import { isMessageKey, type Lang, type Translate } from '../../i18n/index.js';
import { LOCALES } from '../../i18n/locales.js';
import { escapeMarkdown } from '../../render/markdown.js';

export const threadsOf = (threads: CommentThread[], part: string): CommentThread[] => threads.filter((c) => c.target.part === part);
export const openOf = (threads: CommentThread[]): CommentThread[] => threads.filter((c) => !c.resolvedAt);

/** The name of a part for people: the catalogue's, or the id itself for a part this version does not know. */
export function partTitle(part: string, t: Translate): string {
  const key = `ui.part.${part}`;
  return isMessageKey(key) ? t(key) : part;
}

/** A moment as people read it: 2 december 2026 14:05. */
export function formatMoment(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short' }).format(d);
}

/** The parts that have threads: those in `order` (the workspace's parts) first, then any others. */
export function partsInOrder(threads: CommentThread[], order: readonly string[]): string[] {
  const used = new Set(threads.map((c) => c.target.part));
  return [...order.filter((p) => used.has(p)), ...[...used].filter((p) => !order.includes(p)).sort()];
}

/** The open points as Markdown, one heading per part in `order`. */
export function openPointsMarkdown(threads: CommentThread[], order: readonly string[], agreement: Agreement, lang: Lang, t: Translate): string {
  const open = openOf(threads);
  const title = agreement.meta.title.trim() || t('doc.untitled');
  const lines = [`# ${escapeMarkdown(t('ui.consent.points.fileTitle', { title }))}`, ''];
  if (open.length === 0) return [...lines, t('ui.consent.points.none'), ''].join('\n');
  for (const part of partsInOrder(open, order)) {
    lines.push(`## ${escapeMarkdown(partTitle(part, t))}`, '');
    for (const c of threadsOf(open, part)) {
      const mentions = c.mentions.map((id) => '@' + partnerLabel(agreement, id, lang));
      const head = t('ui.consent.points.by', { name: c.authorName, at: formatMoment(c.at, lang) });
      const at = c.target.field ? `${escapeMarkdown(t('ui.consent.comments.atField', { field: c.target.label || c.target.field }))}: ` : '';
      lines.push(`- ${at}${escapeMarkdown(c.body, true)} (${escapeMarkdown(head)}${mentions.length ? '; ' + escapeMarkdown(mentions.join(', ')) : ''})`);
      for (const r of c.replies) lines.push(`  - ${escapeMarkdown(r.body, true)} (${escapeMarkdown(t('ui.consent.points.by', { name: r.authorName, at: formatMoment(r.at, lang) }))})`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
