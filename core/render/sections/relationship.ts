// Section "Relatie": how often and where the partners meet, and how they handle disagreements.
import type { Section } from '../blocks.js';
import { labelled, section, type Ctx } from './context.js';

export function relationshipSection(ctx: Ctx): Section {
  const { relationship } = ctx.agreement;
  return section(ctx, 'relationship', [
    ...labelled(ctx, 'relationship.meetingRhythm', relationship.meetingRhythm),
    ...labelled(ctx, 'relationship.conflicts', relationship.conflicts),
  ]);
}
