/**
 * The app manifests: the unified manifest validated offline against Microsoft's schema (bundled in
 * @microsoft/app-manifest), then the checks that schema does not make (event names, action ids, the
 * task pane command the on-send handler names), the XML manifest's consistency with it, the package zip
 * and the icons.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { ON_RECIPIENTS_CHANGED_ACTION_ID, ON_SEND_ACTION_ID, TASK_PANE_COMMAND_ID } from "../../src/outlook/ids";
import { MANIFEST_SCHEMA, MANIFEST_VERSION, unifiedManifest, xmlManifest } from "../../manifest/build-manifest";
import { type AppConfig, AppConfigError, appConfig, DEV_APP_ID } from "../../manifest/config";
import { ICON_FILES, iconFiles, pngSize } from "../../manifest/icons";
import { appPackage } from "../../manifest/package-app";

const root = path.resolve(__dirname, "..", "..");

/**
 * Event names of the unified manifest, from Microsoft's table "Supported events" (office-js-docs-pr,
 * docs/outlook/autolaunch.md, column "Unified manifest for Microsoft 365 name").
 */
const UNIFIED_EVENT_NAMES = new Set([
  "newMessageComposeCreated", "newAppointmentOrganizerCreated", "messageAttachmentsChanged", "appointmentAttachmentsChanged",
  "messageRecipientsChanged", "appointmentAttendeesChanged", "appointmentTimeChanged", "appointmentRecurrenceChanged",
  "infoBarDismissClicked", "messageSending", "appointmentSending", "messageComposeOpened", "appointmentOrganizerOpened",
  "messageFromChanged", "appointmentFromChanged", "sensitivityLabelChanged",
]);

/** XML `LaunchEvent` types of the same table. */
const XML_EVENT_NAMES = new Set([
  "OnNewMessageCompose", "OnNewAppointmentOrganizer", "OnMessageAttachmentsChanged", "OnAppointmentAttachmentsChanged",
  "OnMessageRecipientsChanged", "OnAppointmentAttendeesChanged", "OnAppointmentTimeChanged", "OnAppointmentRecurrenceChanged",
  "OnInfoBarDismissClicked", "OnMessageSend", "OnAppointmentSend", "OnMessageCompose", "OnAppointmentOrganizer",
  "OnMessageFromChanged", "OnAppointmentFromChanged", "OnSensitivityLabelChanged",
]);

interface Action { id: string; type: string }
interface Runtime { id: string; code: { page: string; script?: string }; actions?: Action[] }
interface Control { id: string; type: string; actionId?: string }
interface Manifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  version: string;
  icons: { color: string; outline: string };
  validDomains: string[];
  staticTabs: { entityId: string; contentUrl: string; scopes: string[] }[];
  configurableTabs?: { configurationUrl: string; scopes: string[] }[];
  extensions: {
    runtimes: Runtime[];
    ribbons: { contexts: string[]; tabs: { groups: { controls: Control[] }[] }[] }[];
    autoRunEvents: { events: { type: string; actionId: string; options?: { sendMode?: string } }[] }[];
  }[];
}

/**
 * `AppManifestUtils.validateAgainstSchema` for each manifest, run in a child Node process: the package
 * loads an ES-module-only dependency (strip-bom 5) that Node 20 requires natively but Jest's module
 * loader cannot. It reads the schema bundled in the package for the manifest's `$schema` (no network).
 */
function schemaErrors(manifests: readonly unknown[]): string[][] {
  const script = `
    const { AppManifestUtils } = require("@microsoft/app-manifest");
    let input = "";
    process.stdin.on("data", (c) => (input += c));
    process.stdin.on("end", async () => {
      const out = [];
      for (const m of JSON.parse(input)) out.push(await AppManifestUtils.validateAgainstSchema(m));
      process.stdout.write(JSON.stringify(out));
    });`;
  const out = execFileSync(process.execPath, ["-e", script], { cwd: root, input: JSON.stringify(manifests), encoding: "utf8" });
  return JSON.parse(out) as string[][];
}

const config = appConfig({});
const manifest = unifiedManifest(config) as unknown as Manifest;
const ext = manifest.extensions[0]!;
const actions = ext.runtimes.flatMap((r) => (r.actions ?? []).map((a) => ({ ...a, runtime: r })));
const controls = ext.ribbons.flatMap((r) => r.tabs.flatMap((t) => t.groups.flatMap((g) => g.controls)));
const events = ext.autoRunEvents.flatMap((a) => a.events);

describe("the unified manifest", () => {
  test(`is valid against Microsoft's schema ${MANIFEST_VERSION}, offline, with every send mode and share-tab choice`, () => {
    const local = path.join(root, "node_modules/@microsoft/app-manifest/build/json-schemas/teams", `v${MANIFEST_VERSION}`, "MicrosoftTeams.schema.json");
    expect(existsSync(local)).toBe(true); // so validateAgainstSchema reads it instead of downloading
    expect(manifest.$schema).toBe(MANIFEST_SCHEMA);
    expect(manifest.manifestVersion).toBe(MANIFEST_VERSION);
    const variants = [
      manifest,
      unifiedManifest(appConfig({ SAFESHARE_SEND_MODE: "block" })),
      unifiedManifest(appConfig({ SAFESHARE_SEND_MODE: "promptUser", SAFESHARE_AAD_CLIENT_ID: "11111111-2222-4333-8444-555555555555", SAFESHARE_TENANT: "contoso.onmicrosoft.com", SAFESHARE_SITE_URL: "https://contoso.sharepoint.com/sites/safeguarding" })),
    ];
    expect(schemaErrors(variants)).toEqual([[], [], []]);
  });

  test("the validator does report a broken manifest (so the empty lists above mean something)", () => {
    const broken = { ...manifest, accentColor: undefined, extensions: [{ ...ext, runtimes: [{ id: "x" }] }] };
    const [errors] = schemaErrors([broken]);
    expect(errors!.length).toBeGreaterThan(0);
  });

  test("every event type is a real Outlook event name", () => {
    for (const e of events) expect(UNIFIED_EVENT_NAMES.has(e.type)).toBe(true);
    expect(events.map((e) => e.type).sort()).toEqual(["messageRecipientsChanged", "messageSending"]);
  });

  test("every event's actionId is an executeFunction action of the event runtime, which has a script for classic Outlook", () => {
    for (const e of events) {
      const action = actions.find((a) => a.id === e.actionId);
      expect(action).toBeDefined();
      expect(action!.type).toBe("executeFunction");
      expect(action!.runtime.code.script).toMatch(/^https:\/\/.+\/onsend\.js$/);
      expect(action!.runtime.code.page).toMatch(/^https:\/\/.+\/onsend\.html$/);
    }
    // The handler associates exactly these names.
    expect(events.map((e) => e.actionId).sort()).toEqual([ON_RECIPIENTS_CHANGED_ACTION_ID, ON_SEND_ACTION_ID].sort());
  });

  test("sending is under Smart Alerts with softBlock by default, and configurable", () => {
    const sending = events.filter((e) => e.type === "messageSending");
    expect(sending).toHaveLength(1);
    expect(sending[0]!.options?.sendMode).toBe("softBlock");
    const blocked = unifiedManifest(appConfig({ SAFESHARE_SEND_MODE: "block" })) as unknown as Manifest;
    expect(blocked.extensions[0]!.autoRunEvents[0]!.events.find((e) => e.type === "messageSending")!.options?.sendMode).toBe("block");
    expect(() => appConfig({ SAFESHARE_SEND_MODE: "hardBlock" })).toThrow(AppConfigError);
  });

  test("the command the handler opens is the task pane button, and every control's action exists", () => {
    const pane = controls.find((c) => c.id === TASK_PANE_COMMAND_ID);
    expect(pane).toBeDefined();
    expect(actions.find((a) => a.id === pane!.actionId)?.type).toBe("openPage");
    for (const c of controls) expect(actions.some((a) => a.id === c.actionId)).toBe(true);
    expect(ext.ribbons[0]!.contexts).toEqual(["mailCompose"]);
  });

  test("asks for the item (headers, session data) and shared mailboxes, nothing wider", () => {
    const permissions = (manifest as unknown as { authorization: { permissions: { resourceSpecific: { name: string }[] } } }).authorization.permissions.resourceSpecific;
    expect(permissions.map((p) => p.name).sort()).toEqual(["Mailbox.SharedFolder", "MailboxItem.ReadWrite.User"]);
  });

  test("ids are unique across runtimes, actions and controls", () => {
    const ids = [...ext.runtimes.map((r) => r.id), ...actions.map((a) => a.id), ...controls.map((c) => c.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("the Teams tabs: a personal Review tab, and the Share tab only in chats and channels (a personal one has no conversation)", () => {
    expect(manifest.staticTabs.map((t) => t.entityId)).toEqual(["review"]);
    expect(manifest.staticTabs.every((t) => t.scopes.join() === "personal")).toBe(true);
    expect(manifest.configurableTabs?.[0]?.scopes).toEqual(["team", "groupChat"]);
  });

  test("every URL is https under the configured host", () => {
    const custom = appConfig({ SAFESHARE_HOST_URL: "https://safeshare.example.gov.uk/app/", SAFESHARE_APP_ID: "AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE", SAFESHARE_VERSION: "2.3.4" });
    const m = unifiedManifest(custom);
    const text = JSON.stringify(m);
    const urls = (text.match(/https?:\/\/[^"]+/g) ?? []).filter((u) => !u.startsWith("https://developer.microsoft.com/"));
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) expect(u).toMatch(/^https:\/\/safeshare\.example\.gov\.uk\/app(\/|$)/);
    expect((m as unknown as Manifest).validDomains).toEqual(["safeshare.example.gov.uk"]);
    expect((m as unknown as Manifest).id).toBe("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");
    expect((m as unknown as Manifest).version).toBe("2.3.4");
  });
});

describe("the configuration", () => {
  test("defaults to local development", () => {
    expect(config).toMatchObject({ appId: DEV_APP_ID, hostUrl: "https://localhost:3000", sendMode: "softBlock" });
  });

  test("refuses what Office would refuse", () => {
    for (const env of [{ SAFESHARE_HOST_URL: "http://localhost:3000" }, { SAFESHARE_APP_ID: "not-a-guid" }, { SAFESHARE_VERSION: "1.2" }]) {
      expect(() => appConfig(env)).toThrow(AppConfigError);
    }
  });
});

describe("the XML manifest", () => {
  const xml = xmlManifest(config);

  test("is well formed: every element closes, in order", () => {
    const stack: string[] = [];
    const body = xml.replace(/<\?xml[^>]*\?>/, "").replace(/<!--[\s\S]*?-->/g, "");
    for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.]*)([^>]*?)(\/?)>/g)) {
      const [, closing, name, , selfClosing] = m;
      if (selfClosing) continue;
      if (closing) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
  });

  test("is a second add-in with its own id, which the unified app hides (Microsoft: manage both manifests)", () => {
    expect(config.xmlAddinId).not.toBe(config.appId);
    expect(xml).toContain(`<Id>${config.xmlAddinId}</Id>`);
    expect(xml).not.toContain(config.appId);
    const unified = unifiedManifest(config) as { id: string; extensions: { alternates: { hide?: { customOfficeAddin?: { officeAddinId: string } } }[] }[] };
    expect(unified.id).toBe(config.appId);
    expect(unified.extensions[0]!.alternates.map((a) => a.hide?.customOfficeAddin?.officeAddinId).filter(Boolean)).toEqual([config.xmlAddinId]);
    expect(() => appConfig({ SAFESHARE_APP_ID: config.appId, SAFESHARE_XML_ADDIN_ID: config.appId })).toThrow(/must differ/);
  });

  test("describes the same add-in otherwise: send mode, handler names, task pane button", () => {
    expect(xml).toMatch(/<Version>\d+\.\d+\.\d+\.\d+<\/Version>/);
    expect(xml).toContain(`<LaunchEvent Type="OnMessageSend" FunctionName="${ON_SEND_ACTION_ID}" SendMode="SoftBlock"/>`);
    expect(xml).toContain(`<LaunchEvent Type="OnMessageRecipientsChanged" FunctionName="${ON_RECIPIENTS_CHANGED_ACTION_ID}"/>`);
    expect(xml).toContain(`<Control xsi:type="Button" id="${TASK_PANE_COMMAND_ID}">`);
    expect(xmlManifest(appConfig({ SAFESHARE_SEND_MODE: "block" }))).toContain('SendMode="Block"');
    expect(xml).toContain("<SupportsSharedFolders>true</SupportsSharedFolders>");
    for (const type of xml.matchAll(/<LaunchEvent Type="([^"]+)"/g)) expect(XML_EVENT_NAMES.has(type[1]!)).toBe(true);
  });

  test("every resid is defined once in Resources", () => {
    const used = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = [...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(defined).size).toBe(defined.length);
    for (const r of used) expect(defined).toContain(r);
  });
});

describe("the app package and icons", () => {
  let zipBytes: Buffer;
  beforeAll(async () => {
    zipBytes = await appPackage(config);
  });

  test("the zip holds the manifest and its two icons at the root", async () => {
    const zip = await JSZip.loadAsync(zipBytes);
    expect(Object.keys(zip.files).sort()).toEqual(["icon-color.png", "icon-outline.png", "manifest.json"]);
    const inZip = JSON.parse(await zip.file("manifest.json")!.async("string")) as Manifest;
    expect(inZip).toEqual(manifest);
    expect(pngSize(await zip.file(inZip.icons.color)!.async("uint8array"))).toEqual({ width: 192, height: 192 });
    expect(pngSize(await zip.file(inZip.icons.outline)!.async("uint8array"))).toEqual({ width: 32, height: 32 });
  });

  test("the committed icons in assets/ are the generator's, at the sizes the manifests name", () => {
    const drawn = iconFiles();
    for (const f of ICON_FILES) {
      const committed = readFileSync(path.join(root, "assets", f.file));
      expect(pngSize(committed)).toEqual({ width: f.size, height: f.size });
      expect(committed.equals(drawn.get(f.file)!)).toBe(true);
    }
  });

  test("the same settings give the same zip, byte for byte", async () => {
    expect((await appPackage(config as AppConfig)).equals(zipBytes)).toBe(true);
  });
});
