// Section "Belangen": collective and organisational interests per partner, with the web page
// an interest was taken from. Personal interests are never part of the shared agreement.
import { SHARED_INTEREST_LEVELS } from '../../agreement/index.js';
import type { Block, Rich, Section } from '../blocks.js';
import { filled, heading, section, type Ctx } from './context.js';

export function interestsSection(ctx: Ctx): Section {
  const blocks: Block[] = [];
  for (const level of SHARED_INTEREST_LEVELS) {
    const interests = ctx.agreement.interests.filter((i) => i.level === level && filled(i.text));
    if (interests.length === 0) continue;
    blocks.push(heading(ctx.t(`level.${level}`)), {
      type: 'list',
      items: interests.map((i): Rich => {
        const runs = [{ text: `${ctx.partnerName(i.partnerId)}: `, bold: true }, { text: i.text.trim() }];
        if (!i.source) return runs;
        return [...runs, { text: ' (' }, { text: ctx.t('interests.source', { title: i.source.title || i.source.url }), href: i.source.url }, { text: ')' }];
      }),
    });
  }
  if (blocks.length > 0) blocks.push({ type: 'paragraph', text: ctx.t('interests.personalNote') });
  return section(ctx, 'interests', blocks);
}
