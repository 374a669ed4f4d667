// The add-in only manifest (XML) of the Word add-in, written from office-addin/manifest-source.ts
// by the build: a TaskPaneApp for Word (Document) with WordApi 1.3, one ribbon button on the
// Home tab that shows the task pane. Elements in the schema's order.
import { ADDIN, type AddinSource, type Text, addinUrl, iconFile, supportUrl } from './manifest-source.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An element with the Dutch text as DefaultValue and the English one as its en-US override. */
function localized(indent: string, tag: string, attrs: string, text: Text, override: string, locale: string): string {
  return `${indent}<${tag}${attrs} DefaultValue="${esc(text.nl)}">\n${indent}  <${override} Locale="${locale}" Value="${esc(text.en)}"/>\n${indent}</${tag}>`;
}

export function manifestXml(source: AddinSource = ADDIN): string {
  const en = source.locale.en;
  const url = (page: string) => esc(addinUrl(page, source));
  const support = esc(supportUrl(source));
  const ribbonIcons = (indent: string) => source.icons.ribbon.map((size) => `${indent}<bt:Image size="${size}" resid="Icon.${size}x${size}"/>`).join('\n');
  const { ribbon, getStarted } = source;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Samenspel Word add-in (task pane), written by the build from office-addin/manifest-source.ts
     (do not edit). The server serves this file at /addin/manifest.xml and rewrites
     https://localhost:8787 to its public URL; sideload it as described in docs/word-addin.md. -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
           xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides"
           xsi:type="TaskPaneApp">
  <Id>${esc(source.id)}</Id>
  <Version>${esc(source.version)}.0</Version>
  <ProviderName>${esc(source.provider)}</ProviderName>
  <DefaultLocale>${source.locale.nl}</DefaultLocale>
${localized('  ', 'DisplayName', '', source.name, 'Override', en)}
${localized('  ', 'Description', '', source.description, 'Override', en)}
  <IconUrl DefaultValue="${url(iconFile(source.icons.icon))}"/>
  <HighResolutionIconUrl DefaultValue="${url(iconFile(source.icons.highResolution))}"/>
  <SupportUrl DefaultValue="${support}"/>
  <AppDomains>
    <AppDomain>${esc(source.origin)}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Document"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="${source.requirement.minVersion}">
      <Set Name="${source.requirement.name}" MinVersion="${source.requirement.minVersion}"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${url(source.taskpanePage)}"/>
  </DefaultSettings>
  <Permissions>${source.permission}</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Document">
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="GetStarted.Title"/>
            <Description resid="GetStarted.Description"/>
            <LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>
          </GetStarted>
          <FunctionFile resid="Commands.Url"/>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="${ribbon.builtInTab}">
              <Group id="${ribbon.groupId}">
                <Label resid="Group.Label"/>
                <Icon>
${ribbonIcons('                  ')}
                </Icon>
                <Control xsi:type="Button" id="${ribbon.buttonId}">
                  <Label resid="TaskpaneButton.Label"/>
                  <Supertip>
                    <Title resid="TaskpaneButton.Label"/>
                    <Description resid="TaskpaneButton.Tooltip"/>
                  </Supertip>
                  <Icon>
${ribbonIcons('                    ')}
                  </Icon>
                  <Action xsi:type="ShowTaskpane">
                    <TaskpaneId>${ribbon.taskpaneId}</TaskpaneId>
                    <SourceLocation resid="Taskpane.Url"/>
                  </Action>
                </Control>
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
${source.icons.ribbon.map((size) => `        <bt:Image id="Icon.${size}x${size}" DefaultValue="${url(iconFile(size))}"/>`).join('\n')}
      </bt:Images>
      <bt:Urls>
        <bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${support}"/>
        <bt:Url id="Commands.Url" DefaultValue="${url(source.commandsPage)}"/>
        <bt:Url id="Taskpane.Url" DefaultValue="${url(source.taskpanePage)}"/>
      </bt:Urls>
      <bt:ShortStrings>
${localized('        ', 'bt:String', ' id="GetStarted.Title"', getStarted.title, 'bt:Override', en)}
        <bt:String id="Group.Label" DefaultValue="${esc(ribbon.groupLabel)}"/>
${localized('        ', 'bt:String', ' id="TaskpaneButton.Label"', ribbon.label, 'bt:Override', en)}
      </bt:ShortStrings>
      <bt:LongStrings>
${localized('        ', 'bt:String', ' id="GetStarted.Description"', getStarted.description, 'bt:Override', en)}
${localized('        ', 'bt:String', ' id="TaskpaneButton.Tooltip"', ribbon.tooltip, 'bt:Override', en)}
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}
