import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  ON_RECIPIENTS_CHANGED_ACTION_ID,
  ON_SEND_ACTION_ID,
  TASK_PANE_ACTION_ID,
  TASK_PANE_COMMAND_ID,
} from "../src/outlook/ids";
import { type AppConfig, appConfig, hostDomain, hostUrls, type SendMode } from "./config";
import { ACCENT, iconFiles } from "./icons";

/**
 * SafeShare's manifests, generated from the typed configuration in manifest/config.ts:
 *
 * - `manifest.json`: the unified app manifest for Microsoft 365 (schema 1.30, the newest generally
 *   available schema that @microsoft/app-manifest bundles for offline validation). One app: the Outlook
 *   add-in (task pane; event runtime with `messageSending` under Smart Alerts and
 *   `messageRecipientsChanged` for the early look) and the Teams tabs (a personal "Review" tab and a
 *   configurable "Share" tab for chats and channels; no personal Share tab: it would have no conversation).
 * - `manifest.xml`: the add-in only (XML) manifest for deployments that must upload XML (Exchange
 *   on-premises), with the same URLs and send mode but its own id (`xmlAddinId`): Microsoft requires the
 *   two to be different add-ins, the unified one hiding the XML one (`alternates[].hide.customOfficeAddin`),
 *   so that a mailbox given both shows one.
 *
 * Run `tsx manifest/build-manifest.ts` to write both to dist/manifest/.
 */

export const MANIFEST_VERSION = "1.30";
export const MANIFEST_SCHEMA = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;

/** Smart Alerts (OnMessageSend) arrived in Mailbox 1.12; the recipients-changed event in 1.11. */
const SMART_ALERTS_MIN = "1.12";

const NAME = "SafeShare";
const FULL_NAME = "SafeShare: check before sharing safeguarding information";
const SHORT_DESCRIPTION = "Checks safeguarding emails before they go to other agencies.";
const FULL_DESCRIPTION =
  "SafeShare checks an email to another agency when you press Send: who it goes to (secure, personal or " +
  "look-alike addresses) and what it says (identifiers, special category information, opinion written as " +
  "fact). When it needs a decision it opens a pane that walks you through the information-sharing " +
  "checklist and records your decision. The check runs on your device; the message is not sent anywhere " +
  "for analysis.";
const BUTTON_LABEL = "Review in SafeShare";
const BUTTON_TIP = "Check this email and record your information-sharing decision.";
const GROUP_LABEL = "SafeShare";

type Json = Record<string, unknown>;

function icons(config: AppConfig, sizes: readonly number[]): Json[] {
  const urls = hostUrls(config);
  return sizes.map((size) => ({ size, url: urls.icon(size) }));
}

/** The unified app manifest for Microsoft 365. */
export function unifiedManifest(config: AppConfig): Json {
  const urls = hostUrls(config);
  const mailbox = (minVersion: string) => ({ capabilities: [{ name: "Mailbox", minVersion }] });
  // Review only, personal: a Share tab needs a chat or channel to share in, which a personal tab never has.
  const staticTabs: Json[] = [
    { entityId: "review", name: "Review", contentUrl: urls.teamsReview, websiteUrl: urls.teamsReview, scopes: ["personal"] },
  ];
  const manifest: Json = {
    $schema: MANIFEST_SCHEMA,
    manifestVersion: MANIFEST_VERSION,
    version: config.version,
    id: config.appId,
    localizationInfo: { defaultLanguageTag: "en-gb" },
    developer: {
      name: config.developerName,
      websiteUrl: config.websiteUrl,
      privacyUrl: config.privacyUrl,
      termsOfUseUrl: config.termsOfUseUrl,
    },
    name: { short: NAME, full: FULL_NAME },
    description: { short: SHORT_DESCRIPTION, full: FULL_DESCRIPTION },
    icons: { outline: "icon-outline.png", color: "icon-color.png" },
    accentColor: ACCENT,
    staticTabs,
    configurableTabs: [
      {
        id: "share",
        configurationUrl: urls.teamsShareConfig,
        canUpdateConfiguration: true,
        scopes: ["team", "groupChat"],
        context: ["channelTab", "privateChatTab", "meetingChatTab"],
      },
    ],
    validDomains: [hostDomain(config)],
    // The Entra app the pages sign in as (nested app authentication needs no more). No `resource`: that is
    // the legacy Office SSO (getAccessToken) audience, which SafeShare never uses.
    ...(config.aadClientId ? { webApplicationInfo: { id: config.aadClientId } } : {}),
    authorization: {
      permissions: {
        // Read and write the item being composed: headers (the decision id), session data (the handoff).
        // Shared folders and shared mailboxes too: safeguarding teams often send from a team mailbox, and
        // without this the add-in does not activate there at all.
        resourceSpecific: [
          { name: "MailboxItem.ReadWrite.User", type: "Delegated" },
          { name: "Mailbox.SharedFolder", type: "Delegated" },
        ],
      },
    },
    extensions: [
      {
        requirements: { scopes: ["mail"], ...mailbox(SMART_ALERTS_MIN) },
        runtimes: [
          {
            id: "TaskPaneRuntime",
            type: "general",
            code: { page: urls.taskPane },
            lifetime: "short",
            actions: [{ id: TASK_PANE_ACTION_ID, type: "openPage", pinnable: false }],
          },
          {
            requirements: mailbox(SMART_ALERTS_MIN),
            id: "OnSendRuntime",
            type: "general",
            // `script` for classic Outlook on Windows (JavaScript-only runtime); `page` elsewhere.
            code: { page: urls.onSendPage, script: urls.onSendScript },
            lifetime: "short",
            actions: [
              { id: ON_SEND_ACTION_ID, type: "executeFunction", displayName: ON_SEND_ACTION_ID },
              { id: ON_RECIPIENTS_CHANGED_ACTION_ID, type: "executeFunction", displayName: ON_RECIPIENTS_CHANGED_ACTION_ID },
            ],
          },
        ],
        ribbons: [
          {
            contexts: ["mailCompose"],
            tabs: [
              {
                builtInTabId: "TabDefault",
                groups: [
                  {
                    id: "SafeShareGroup",
                    label: GROUP_LABEL,
                    icons: icons(config, [16, 32, 80]),
                    controls: [
                      {
                        id: TASK_PANE_COMMAND_ID,
                        type: "button",
                        label: BUTTON_LABEL,
                        icons: icons(config, [16, 32, 80]),
                        supertip: { title: BUTTON_LABEL, description: BUTTON_TIP },
                        actionId: TASK_PANE_ACTION_ID,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        autoRunEvents: [
          {
            requirements: { scopes: ["mail"], ...mailbox(SMART_ALERTS_MIN) },
            events: [
              { type: "messageSending", actionId: ON_SEND_ACTION_ID, options: { sendMode: config.sendMode } },
              { type: "messageRecipientsChanged", actionId: ON_RECIPIENTS_CHANGED_ACTION_ID },
            ],
          },
        ],
        // With alternate icons, the admin centre also generates an XML manifest for clients that cannot
        // read this one; manifest.xml beside it is the same add-in for deployments that upload XML.
        // `hide`: where the XML add-in (manifest.xml, its own id) is also installed, show only this one
        // (Microsoft: "Manage both a unified manifest and an add-in only manifest version of your Office Add-in").
        alternates: [
          { hide: { customOfficeAddin: { officeAddinId: config.xmlAddinId } } },
          { alternateIcons: { icon: { size: 64, url: urls.icon(64) }, highResolutionIcon: { size: 64, url: urls.icon(128) } } },
        ],
      },
    ],
  };
  return manifest;
}

/** `SendMode` attribute values of the XML manifest. */
const XML_SEND_MODE: Record<SendMode, string> = { softBlock: "SoftBlock", block: "Block", promptUser: "PromptUser" };

function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
}

/** The add-in only (XML) manifest: the Outlook add-in part of the app, for clients that need XML. */
export function xmlManifest(config: AppConfig): string {
  const urls = hostUrls(config);
  const a = xmlEscape;
  const xmlVersion = `${config.version}.0`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- Generated by manifest/build-manifest.ts from manifest/config.ts: do not edit. -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:mailappor="http://schemas.microsoft.com/office/mailappversionoverrides/1.0" xsi:type="MailApp">
  <Id>${a(config.xmlAddinId)}</Id>
  <Version>${a(xmlVersion)}</Version>
  <ProviderName>${a(config.developerName)}</ProviderName>
  <DefaultLocale>en-GB</DefaultLocale>
  <DisplayName DefaultValue="${a(NAME)}"/>
  <Description DefaultValue="${a(SHORT_DESCRIPTION)}"/>
  <IconUrl DefaultValue="${a(urls.icon(64))}"/>
  <HighResolutionIconUrl DefaultValue="${a(urls.icon(128))}"/>
  <SupportUrl DefaultValue="${a(config.websiteUrl)}"/>
  <AppDomains>
    <AppDomain>${a(config.hostUrl)}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Mailbox"/>
  </Hosts>
  <Requirements>
    <Sets>
      <Set Name="Mailbox" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <FormSettings>
    <Form xsi:type="ItemEdit">
      <DesktopSettings>
        <SourceLocation DefaultValue="${a(urls.taskPane)}"/>
      </DesktopSettings>
    </Form>
  </FormSettings>
  <Permissions>ReadWriteItem</Permissions>
  <Rule xsi:type="RuleCollection" Mode="Or">
    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Edit"/>
  </Rule>
  <DisableEntityHighlighting>false</DisableEntityHighlighting>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_0">
    <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">
      <Requirements>
        <bt:Sets DefaultMinVersion="${SMART_ALERTS_MIN}">
          <bt:Set Name="Mailbox"/>
        </bt:Sets>
      </Requirements>
      <Hosts>
        <Host xsi:type="MailHost">
          <Runtimes>
            <!-- The page loads the handler in browser-based Outlook (web, new Outlook, Mac). -->
            <Runtime resid="OnSend.Page.Url">
              <!-- Classic Outlook on Windows loads the script directly (JavaScript-only runtime). -->
              <Override type="javascript" resid="OnSend.Script.Url"/>
            </Runtime>
          </Runtimes>
          <DesktopFormFactor>
            <SupportsSharedFolders>true</SupportsSharedFolders>
            <FunctionFile resid="OnSend.Page.Url"/>
            <ExtensionPoint xsi:type="MessageComposeCommandSurface">
              <OfficeTab id="TabDefault">
                <Group id="SafeShareGroup">
                  <Label resid="Group.Label"/>
                  <Control xsi:type="Button" id="${TASK_PANE_COMMAND_ID}">
                    <Label resid="TaskPane.Label"/>
                    <Supertip>
                      <Title resid="TaskPane.Label"/>
                      <Description resid="TaskPane.Tooltip"/>
                    </Supertip>
                    <Icon>
                      <bt:Image size="16" resid="Icon.16x16"/>
                      <bt:Image size="32" resid="Icon.32x32"/>
                      <bt:Image size="80" resid="Icon.80x80"/>
                    </Icon>
                    <Action xsi:type="ShowTaskpane">
                      <SourceLocation resid="TaskPane.Url"/>
                    </Action>
                  </Control>
                </Group>
              </OfficeTab>
            </ExtensionPoint>
            <ExtensionPoint xsi:type="LaunchEvent">
              <LaunchEvents>
                <LaunchEvent Type="OnMessageSend" FunctionName="${ON_SEND_ACTION_ID}" SendMode="${XML_SEND_MODE[config.sendMode]}"/>
                <LaunchEvent Type="OnMessageRecipientsChanged" FunctionName="${ON_RECIPIENTS_CHANGED_ACTION_ID}"/>
              </LaunchEvents>
              <SourceLocation resid="OnSend.Page.Url"/>
            </ExtensionPoint>
          </DesktopFormFactor>
        </Host>
      </Hosts>
      <Resources>
        <bt:Images>
          <bt:Image id="Icon.16x16" DefaultValue="${a(urls.icon(16))}"/>
          <bt:Image id="Icon.32x32" DefaultValue="${a(urls.icon(32))}"/>
          <bt:Image id="Icon.80x80" DefaultValue="${a(urls.icon(80))}"/>
        </bt:Images>
        <bt:Urls>
          <bt:Url id="TaskPane.Url" DefaultValue="${a(urls.taskPane)}"/>
          <bt:Url id="OnSend.Page.Url" DefaultValue="${a(urls.onSendPage)}"/>
          <bt:Url id="OnSend.Script.Url" DefaultValue="${a(urls.onSendScript)}"/>
        </bt:Urls>
        <bt:ShortStrings>
          <bt:String id="Group.Label" DefaultValue="${a(GROUP_LABEL)}"/>
          <bt:String id="TaskPane.Label" DefaultValue="${a(BUTTON_LABEL)}"/>
        </bt:ShortStrings>
        <bt:LongStrings>
          <bt:String id="TaskPane.Tooltip" DefaultValue="${a(BUTTON_TIP)}"/>
        </bt:LongStrings>
      </Resources>
    </VersionOverrides>
  </VersionOverrides>
</OfficeApp>
`;
}

/** Write dist/manifest/manifest.json and manifest.xml (and the icons beside them). Returns the folder. */
export function writeManifests(config: AppConfig = appConfig(), outDir = path.resolve(__dirname, "..", "dist", "manifest")): string {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, "manifest.json"), `${JSON.stringify(unifiedManifest(config), null, 2)}\n`);
  writeFileSync(path.join(outDir, "manifest.xml"), xmlManifest(config));
  for (const [file, png] of iconFiles()) writeFileSync(path.join(outDir, file), png);
  return outDir;
}

if (process.argv[1] && /build-manifest\.ts$/.test(process.argv[1])) {
  const dir = writeManifests();
  process.stdout.write(`wrote ${path.relative(process.cwd(), dir)}/manifest.json and manifest.xml\n`);
}
