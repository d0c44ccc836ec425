import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { AppConfigError, appConfig, hostUrls } from "../../manifest/config";
import { deployedPages, paneConfigFor, taskPaneHtml, writeSite } from "../../manifest/site";
import { unifiedManifest } from "../../manifest/build-manifest";
import { PaneConfigSchema } from "../../src/outlook/taskpane/pane-config";
import { shareTabConfig } from "../../src/teams/share-config/tab-config";


/**
 * The hosted site is built from the same settings as the manifests: the task pane gets its configuration
 * written into taskpane.html (validated by the pane's own schema), and the Teams tabs get the sign-in
 * settings in their addresses. Nothing is edited by hand after a build.
 */

const root = path.resolve(__dirname, "..", "..");
const CLIENT = "11111111-2222-4333-8444-555555555555";
const ORG = {
  SAFESHARE_HOST_URL: "https://safeshare.hertfordshire.gov.uk",
  SAFESHARE_AAD_CLIENT_ID: CLIENT,
  SAFESHARE_TENANT: "hertfordshire.onmicrosoft.com",
  SAFESHARE_SITE_URL: "https://hertfordshire.sharepoint.com/sites/safeguarding",
};

function embeddedConfig(html: string): unknown {
  const m = /<script type="application\/json" id="safeshare-config">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error("no config element");
  return m[1] ? (JSON.parse(m[1]) as unknown) : undefined;
}

describe("deployment settings", () => {
  test("the client id, tenant and site go together, and the build names what is missing", () => {
    expect(() => appConfig({ SAFESHARE_AAD_CLIENT_ID: CLIENT })).toThrow(/SAFESHARE_TENANT and SAFESHARE_SITE_URL missing/);
    expect(() => appConfig({ ...ORG, SAFESHARE_SITE_URL: undefined })).toThrow(/SAFESHARE_SITE_URL missing/);
    expect(() => appConfig({ ...ORG, SAFESHARE_TENANT: "common tenant" })).toThrow(AppConfigError);
    expect(() => appConfig({ ...ORG, SAFESHARE_SITE_URL: "http://hertfordshire.sharepoint.com/sites/x" })).toThrow(/https/);
    expect(() => appConfig({ ...ORG, SAFESHARE_PER_TEAM_LISTS: "yes" })).toThrow(AppConfigError);
    // With one list per team the pane finds each practitioner's team at run time: no build-time team is needed.
    expect(appConfig({ ...ORG, SAFESHARE_PER_TEAM_LISTS: "true" }).perTeamLists).toBe(true);
    expect(appConfig({ ...ORG, SAFESHARE_PER_TEAM_LISTS: "true", SAFESHARE_TEAM: "North Herts CP" }).perTeamLists).toBe(true);
    expect(appConfig({}).perTeamLists).toBe(false);
  });

  test("the Teams tabs carry the sign-in settings in their addresses; unconfigured, they carry nothing", () => {
    const urls = hostUrls(appConfig(ORG));
    for (const url of [urls.teamsReview, urls.teamsShare, urls.teamsShareConfig]) {
      const q = new URL(url).searchParams;
      expect([q.get("clientId"), q.get("tenant"), q.get("site")]).toEqual([CLIENT, ORG.SAFESHARE_TENANT, ORG.SAFESHARE_SITE_URL]);
    }
    expect(new URL(hostUrls(appConfig({})).teamsReview).search).toBe("");
    // The manifest uses those addresses.
    expect(JSON.stringify(unifiedManifest(appConfig(ORG)))).toContain(`review.html?clientId=${CLIENT}`);
  });

  test("the chat / channel tab's configuration page hands its sign-in settings, and only those, to the tab", () => {
    const search = `?clientId=${CLIENT}&tenant=t.onmicrosoft.com&site=${encodeURIComponent(ORG.SAFESHARE_SITE_URL)}&other=x`;
    const url = new URL(shareTabConfig("https://safeshare.example", search).contentUrl);
    expect(url.pathname).toBe("/teams-share.html");
    expect([...url.searchParams.keys()]).toEqual(["clientId", "tenant", "site"]);
    expect(url.searchParams.get("site")).toBe(ORG.SAFESHARE_SITE_URL);
    expect(shareTabConfig("https://safeshare.example").contentUrl).toBe("https://safeshare.example/teams-share.html");
  });
});

describe("the task pane's configuration", () => {
  test("is the pane's own schema's, from the deployment settings and the policy", () => {
    const policy = { internalDomains: ["hertfordshire.gov.uk"] };
    const pane = paneConfigFor(appConfig({ ...ORG, SAFESHARE_VERSION: "1.4.0" }), policy);
    const parsed = PaneConfigSchema.parse(pane);
    expect(parsed.siteUrl).toBe(ORG.SAFESHARE_SITE_URL);
    expect(parsed.auth).toEqual({ kind: "msal", clientId: CLIENT, authority: "https://login.microsoftonline.com/hertfordshire.onmicrosoft.com" });
    expect(parsed.appVersion).toBe("1.4.0");
    expect(parsed.policy).toEqual(policy);
    expect(paneConfigFor(appConfig({}), policy)).toBeUndefined();
  });

  test("an invalid policy stops the build with the policy's own message", () => {
    expect(() => paneConfigFor(appConfig(ORG), { internalDomains: ["not a domain"] })).toThrow(/SAFESHARE_POLICY/);
  });

  test("is written into taskpane.html so that nothing in it can close the element", () => {
    const template = readFileSync(path.join(root, "assets", "taskpane.html"), "utf8");
    expect(embeddedConfig(template)).toBeUndefined();
    const pane = paneConfigFor(appConfig({ ...ORG, SAFESHARE_PER_TEAM_LISTS: "true", SAFESHARE_TEAM: "</script><script>alert(1)</script> & co" }), undefined);
    const html = taskPaneHtml(template, pane);
    expect(html.match(/<\/script>/g)?.length).toBe(template.match(/<\/script>/g)?.length);
    expect(embeddedConfig(html)).toEqual(pane);
    expect(() => taskPaneHtml("<html></html>", pane)).toThrow(/safeshare-config/);
  });
});

describe("the hosted folder", () => {
  let dir: string;
  let sources: { assetsDir: string; scriptsDir: string; onSendDir: string };
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "safeshare-site-"));
    // Stand-ins for the built scripts (the real ones come from webpack and the handler build).
    sources = { assetsDir: path.join(root, "assets"), scriptsDir: path.join(dir, "scripts"), onSendDir: path.join(dir, "onsend") };
    mkdirSync(sources.scriptsDir);
    mkdirSync(sources.onSendDir);
    for (const page of deployedPages()) writeFileSync(path.join(sources.scriptsDir, `${page}.js`), `/* ${page} */`);
    writeFileSync(path.join(sources.onSendDir, "onsend.js"), "/* handler */");
    writeFileSync(path.join(sources.onSendDir, "onsend.html"), "<!DOCTYPE html>");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("holds every page the manifests name, the handler, the icons and the privacy page, configured", () => {
    const out = path.join(dir, "site");
    const { files, configured } = writeSite(appConfig(ORG), sources, out);
    expect(configured).toBe(true);
    expect(deployedPages().sort()).toEqual(["auth-redirect", "review", "sign-in-office", "sign-in-teams", "taskpane", "teams-share", "teams-share-config"]);
    const config = appConfig(ORG);
    const urls = hostUrls(config);
    const named = [urls.taskPane, urls.onSendPage, urls.onSendScript, urls.teamsReview, urls.teamsShare, urls.teamsShareConfig, urls.icon(16), urls.icon(80), config.privacyUrl, config.termsOfUseUrl, config.websiteUrl];
    for (const url of named) {
      const file = new URL(url).pathname.slice(1);
      expect(files).toContain(file);
      expect(existsSync(path.join(out, file))).toBe(true);
    }
    expect(embeddedConfig(readFileSync(path.join(out, "taskpane.html"), "utf8"))).toEqual(paneConfigFor(config, undefined));
    expect(readFileSync(path.join(out, "taskpane.js"), "utf8")).toBe("/* taskpane */");
  });

  test("without deployment settings it is still written, and says it is not configured", () => {
    const out = path.join(dir, "dev-site");
    const { configured } = writeSite(appConfig({}), sources, out);
    expect(configured).toBe(false);
    expect(embeddedConfig(readFileSync(path.join(out, "taskpane.html"), "utf8"))).toBeUndefined();
  });

  test("refuses to write a site whose scripts were not built, naming them", () => {
    expect(() => writeSite(appConfig(ORG), { ...sources, scriptsDir: path.join(dir, "nowhere") }, path.join(dir, "x"))).toThrow(/npm run build[\s\S]*taskpane\.js/);
  });
});
