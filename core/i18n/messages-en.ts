// The English message catalogue, the second locale, assembled like messages-nl.ts.
import type { MessageKey } from './messages-nl.js';
import { adoptionEn } from './adoption-en.js';
import { documentEn } from './document-en.js';
import { uiAnnotatorEn } from './ui-annotator-en.js';
import { uiCoeditEn } from './ui-coedit-en.js';
import { uiFailuresEn } from './ui-failures-en.js';
import { uiLimitsEn } from './ui-limits-en.js';
import { uiDeviceEn } from './ui-device-en.js';
import { uiEn } from './ui-en.js';
import { uiErrorsEn } from './ui-errors-en.js';
import { uiInputEn } from './ui-input-en.js';
import { uiShareEn } from './ui-share-en.js';
import { uiConsentEn } from './ui-consent-en.js';
import { uiGuideEn } from './ui-guide-en.js';
import { uiMethodEn } from './ui-method-en.js';
import { wordEn } from './word-en.js';

export const en: Record<MessageKey, string> = { ...documentEn, ...adoptionEn, ...uiEn, ...uiCoeditEn, ...uiFailuresEn, ...uiLimitsEn, ...uiInputEn, ...uiShareEn, ...uiErrorsEn, ...uiAnnotatorEn, ...uiDeviceEn, ...uiConsentEn, ...uiGuideEn, ...uiMethodEn, ...wordEn };
