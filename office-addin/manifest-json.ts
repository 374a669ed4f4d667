// The unified manifest for Microsoft 365 (JSON) of the Word add-in, written from
// office-addin/manifest-source.ts by the build, with its English strings in a localization file
// (manifest.en-us.json) next to it. The same add-in as manifest.xml: same id, task pane URL,
// icons, permission and requirement set; one ribbon button on the Home tab that opens the task
// pane. Schema: the Microsoft 365 app manifest of MANIFEST_VERSION (the "extensions" property
// holds the Office add-in). Office accepts it in Word for the web and in Word on Windows with
// a Microsoft 365 subscription (2304 or later); everything else needs manifest.xml.
import { ADDIN, type AddinSource, UNIFIED_PERMISSION, addinUrl, iconFile, supportUrl } from './manifest-source.js';

export const MANIFEST_VERSION = '1.24';
export const LOCALIZATION_FILE = 'manifest.en-us.json';
const ACTION_ID = 'ShowTaskpane';

const icons = (source: AddinSource, sizes: readonly number[]) => sizes.map((size) => ({ size, url: addinUrl(iconFile(size), source) }));

export function manifestJson(source: AddinSource = ADDIN) {
  const support = supportUrl(source);
  const { ribbon, getStarted } = source;
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    id: source.id,
    version: source.version,
    name: { short: source.name.nl, full: source.name.nl },
    description: { short: source.summary.nl, full: source.description.nl },
    developer: { name: source.provider, websiteUrl: support, privacyUrl: support, termsOfUseUrl: support },
    // Relative paths: files in the app package, next to manifest.json.
    icons: { color: iconFile(source.icons.color), outline: iconFile(source.icons.outline, 'outline') },
    accentColor: source.accentColor,
    localizationInfo: {
      defaultLanguageTag: source.locale.nl.toLowerCase(),
      additionalLanguages: [{ languageTag: source.locale.en.toLowerCase(), file: LOCALIZATION_FILE }],
    },
    authorization: { permissions: { resourceSpecific: [{ name: UNIFIED_PERMISSION[source.permission], type: 'Delegated' }] } },
    extensions: [
      {
        requirements: { scopes: ['document'], capabilities: [{ name: source.requirement.name, minVersion: source.requirement.minVersion }] },
        runtimes: [
          {
            id: 'TaskpaneRuntime',
            type: 'general',
            code: { page: addinUrl(source.taskpanePage, source) },
            lifetime: 'short',
            actions: [{ id: ACTION_ID, type: 'openPage', view: 'dashboard', pinnable: false }],
          },
        ],
        ribbons: [
          {
            contexts: ['default'],
            tabs: [
              {
                builtInTabId: ribbon.builtInTab,
                groups: [
                  {
                    id: ribbon.groupId,
                    label: ribbon.groupLabel,
                    icons: icons(source, source.icons.ribbon),
                    controls: [
                      {
                        id: ribbon.buttonId,
                        type: 'button',
                        label: ribbon.label.nl,
                        icons: icons(source, source.icons.ribbon),
                        supertip: { title: ribbon.label.nl, description: ribbon.tooltip.nl },
                        actionId: ACTION_ID,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        getStartedMessages: [{ title: getStarted.title.nl, description: getStarted.description.nl, learnMoreUrl: support }],
        // The icons of Office's add-in lists (XML IconUrl / HighResolutionIconUrl); with them the
        // Microsoft 365 admin center can derive an XML manifest for Office without unified support.
        alternates: [
          {
            alternateIcons: {
              icon: { size: source.icons.icon, url: addinUrl(iconFile(source.icons.icon), source) },
              highResolutionIcon: { size: source.icons.highResolution, url: addinUrl(iconFile(source.icons.highResolution), source) },
            },
          },
        ],
      },
    ],
  };
}

/** The English strings of the unified manifest (en-us), keyed by their path in manifest.json. */
export function manifestLocalization(source: AddinSource = ADDIN) {
  const control = 'extensions[0].ribbons[0].tabs[0].groups[0].controls[0]';
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`,
    'name.short': source.name.en,
    'name.full': source.name.en,
    'description.short': source.summary.en,
    'description.full': source.description.en,
    [`${control}.label`]: source.ribbon.label.en,
    [`${control}.supertip.title`]: source.ribbon.label.en,
    [`${control}.supertip.description`]: source.ribbon.tooltip.en,
    'extensions[0].getStartedMessages[0].title': source.getStarted.title.en,
    'extensions[0].getStartedMessages[0].description': source.getStarted.description.en,
  };
}
