// The Dutch message catalogue, the source language: one catalogue assembled from the parts
// of each area (generated documents, workspace, Word). English must mirror it key for key.
import { documentNl } from './document-nl.ts';
import { uiNl } from './ui-nl.ts';
import { wordNl } from './word-nl.ts';

export const nl = { ...documentNl, ...uiNl, ...wordNl } as const;

export type MessageKey = keyof typeof nl;
