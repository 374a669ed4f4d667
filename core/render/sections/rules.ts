// Section "Spelregels": the rules of play the partners agreed on, as a numbered list.
import type { Section } from '../blocks.js';
import { filled, section, type Ctx } from './context.js';

export function rulesSection(ctx: Ctx): Section {
  const rules = ctx.agreement.rules.filter((r) => filled(r.text));
  return section(ctx, 'rules', rules.length ? [{ type: 'list', ordered: true, items: rules.map((r) => r.text.trim()) }] : []);
}
