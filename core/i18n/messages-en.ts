// The English message catalogue, the second locale, assembled like messages-nl.ts.
import type { MessageKey } from './messages-nl.ts';
import { documentEn } from './document-en.ts';
import { uiEn } from './ui-en.ts';
import { wordEn } from './word-en.ts';

export const en: Record<MessageKey, string> = { ...documentEn, ...uiEn, ...wordEn };
