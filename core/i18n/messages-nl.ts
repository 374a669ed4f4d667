// The Dutch message catalogue, the source language: one catalogue assembled from the parts
// of each area (generated documents, workspace, Word). English must mirror it key for key.
import { adoptionNl } from './adoption-nl.js';
import { documentNl } from './document-nl.js';
import { uiAnnotatorNl } from './ui-annotator-nl.js';
import { uiCoeditNl } from './ui-coedit-nl.js';
import { uiFailuresNl } from './ui-failures-nl.js';
import { uiLimitsNl } from './ui-limits-nl.js';
import { uiDeviceNl } from './ui-device-nl.js';
import { uiErrorsNl } from './ui-errors-nl.js';
import { uiInputNl } from './ui-input-nl.js';
import { uiNl } from './ui-nl.js';
import { uiShareNl } from './ui-share-nl.js';
import { uiConsentNl } from './ui-consent-nl.js';
import { uiGuideNl } from './ui-guide-nl.js';
import { uiMethodNl } from './ui-method-nl.js';
import { wordNl } from './word-nl.js';

export const nl = { ...documentNl, ...adoptionNl, ...uiNl, ...uiCoeditNl, ...uiFailuresNl, ...uiLimitsNl, ...uiInputNl, ...uiShareNl, ...uiErrorsNl, ...uiAnnotatorNl, ...uiDeviceNl, ...uiConsentNl, ...uiGuideNl, ...uiMethodNl, ...wordNl } as const;

export type MessageKey = keyof typeof nl;
