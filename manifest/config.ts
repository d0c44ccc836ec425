import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The app's build configuration: every value the manifests need that differs between a developer's
 * machine and an organisation's deployment. Read from environment variables (validated here, the edge),
 * with defaults for local development on `https://localhost:3000`. Nothing in a generated manifest is
 * edited by hand or rewritten by pattern: change a setting, build again.
 *
 * | variable | default | meaning |
 * |---|---|---|
 * | `SAFESHARE_APP_ID` | a fixed development GUID | the app's id (the unified manifest's `id`) |
 * | `SAFESHARE_XML_ADDIN_ID` | a fixed development GUID | the add-in only (XML) manifest's `Id`: a different GUID, hidden by the unified app (`alternates[].hide`) so no client shows both |
 * | `SAFESHARE_HOST_URL` | `https://localhost:3000` | where the task pane, handler, Teams pages and icons are served |
 * | `SAFESHARE_VERSION` | package.json's version | the app version (`1.2.3`) |
 * | `SAFESHARE_SEND_MODE` | `softBlock` | Smart Alerts send mode: `softBlock`, `block` or `promptUser` |
 * | `SAFESHARE_DEVELOPER_NAME` | `SafeShare` | publisher name shown in the admin centre |
 * | `SAFESHARE_WEBSITE_URL`, `SAFESHARE_PRIVACY_URL`, `SAFESHARE_TERMS_URL` | pages under the host | required links |
 * | `SAFESHARE_AAD_CLIENT_ID` | none | Entra app id for single sign-on (`webApplicationInfo`) and sign-in |
 * | `SAFESHARE_TENANT` | none | the organisation's Entra tenant (its GUID or a verified domain) |
 * | `SAFESHARE_SITE_URL` | none | the SharePoint site holding the decision list(s) |
 * | `SAFESHARE_PER_TEAM_LISTS` | `false` | `true` when `safeshare provision --team` made one list per team |
 * | `SAFESHARE_TEAM` | none | a default team: without per-team lists, the team records carry; with them, a hint only (the pane finds each practitioner's team from the lists they can see) |
 *
 * The client id, tenant and site go together: with all three the built pages can sign in and find the
 * decision log (manifest/site.ts writes them into the task pane and the Teams tab addresses); with none,
 * the pages say SafeShare is not set up; with some, the build stops and names the missing ones.
 */

/** Development app id: replace with your own (`SAFESHARE_APP_ID`) before deploying anywhere. */
export const DEV_APP_ID = "5f0b8e3c-2d1a-4c6b-9e7f-3a2b1c0d9e8f";
/** Development id of the XML add-in: replace with your own (`SAFESHARE_XML_ADDIN_ID`). Never the app id. */
export const DEV_XML_ADDIN_ID = "8c2d4e6f-1a3b-4c5d-9e7f-0a1b2c3d4e5f";

export const DEFAULT_HOST_URL = "https://localhost:3000";

const SEND_MODES = ["softBlock", "block", "promptUser"] as const;
export type SendMode = (typeof SEND_MODES)[number];

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "must be a GUID");
const httpsUrl = z
  .string()
  .url()
  .refine((u) => u.startsWith("https://"), "must be an https:// URL (Office and Teams load add-ins over https only)")
  .transform((u) => u.replace(/\/+$/, ""));

export const AppConfigSchema = z.strictObject({
  appId: guid.transform((s) => s.toLowerCase()),
  /**
   * The XML add-in's id. Microsoft ("Manage both a unified manifest and an add-in only manifest version of
   * your Office Add-in"): the two must be different add-ins, linked by the unified manifest's
   * `extensions[].alternates[].hide.customOfficeAddin.officeAddinId`, or a client with both shows two.
   */
  xmlAddinId: guid.transform((s) => s.toLowerCase()),
  /** Base URL without a trailing slash. */
  hostUrl: httpsUrl,
  /** Semantic version `major.minor.patch`. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be major.minor.patch, such as 1.2.0"),
  sendMode: z.enum(SEND_MODES),
  developerName: z.string().min(1).max(32),
  websiteUrl: httpsUrl,
  privacyUrl: httpsUrl,
  termsOfUseUrl: httpsUrl,
  aadClientId: guid.optional(),
  /** Entra tenant: a GUID or a verified domain (contoso.onmicrosoft.com). Never `common`: SafeShare is single-tenant. */
  tenant: z
    .string()
    .regex(/^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})$/i, "must be the tenant's GUID or a verified domain such as contoso.onmicrosoft.com")
    .optional(),
  /** The SharePoint site of the decision log: https://<tenant>.sharepoint.com/sites/<name>. */
  siteUrl: httpsUrl.optional(),
  perTeamLists: z.boolean(),
  team: z.string().trim().min(1).max(100).optional(),
}).superRefine((c, ctx) => {
  const given = { SAFESHARE_AAD_CLIENT_ID: c.aadClientId, SAFESHARE_TENANT: c.tenant, SAFESHARE_SITE_URL: c.siteUrl };
  const missing = Object.entries(given).filter(([, v]) => v === undefined).map(([k]) => k);
  if (missing.length > 0 && missing.length < 3) {
    ctx.addIssue({ code: "custom", message: `SAFESHARE_AAD_CLIENT_ID, SAFESHARE_TENANT and SAFESHARE_SITE_URL go together: ${missing.join(" and ")} missing` });
  }
  if (c.xmlAddinId === c.appId) {
    ctx.addIssue({ code: "custom", message: "SAFESHARE_XML_ADDIN_ID must differ from SAFESHARE_APP_ID: the XML add-in is a second add-in, hidden by the unified app" });
  }
});
export type AppConfig = z.infer<typeof AppConfigSchema>;

/** The package's own version, the default app version. */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.resolve(__dirname, "..", "package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "0.1.0";
}

/** A readable, one-line-per-problem message for an invalid configuration. */
export class AppConfigError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`SafeShare app configuration is not valid:\n${issues.join("\n")}`);
    this.name = "AppConfigError";
  }
}

/** The configuration from `env` (default: the process environment). Throws {@link AppConfigError}. */
export function appConfig(env: Readonly<Record<string, string | undefined>> = process.env): AppConfig {
  const host = (env.SAFESHARE_HOST_URL ?? DEFAULT_HOST_URL).replace(/\/+$/, "");
  const raw = {
    appId: env.SAFESHARE_APP_ID ?? DEV_APP_ID,
    xmlAddinId: env.SAFESHARE_XML_ADDIN_ID ?? DEV_XML_ADDIN_ID,
    hostUrl: host,
    version: env.SAFESHARE_VERSION ?? packageVersion(),
    sendMode: env.SAFESHARE_SEND_MODE ?? "softBlock",
    developerName: env.SAFESHARE_DEVELOPER_NAME ?? "SafeShare",
    // privacy.html is in the hosted site (manifest/site.ts); an organisation may point these at its own pages.
    websiteUrl: env.SAFESHARE_WEBSITE_URL ?? `${host}/privacy.html`,
    privacyUrl: env.SAFESHARE_PRIVACY_URL ?? `${host}/privacy.html`,
    termsOfUseUrl: env.SAFESHARE_TERMS_URL ?? `${host}/privacy.html#terms`,
    ...(env.SAFESHARE_AAD_CLIENT_ID ? { aadClientId: env.SAFESHARE_AAD_CLIENT_ID } : {}),
    ...(env.SAFESHARE_TENANT ? { tenant: env.SAFESHARE_TENANT } : {}),
    ...(env.SAFESHARE_SITE_URL ? { siteUrl: env.SAFESHARE_SITE_URL } : {}),
    perTeamLists: booleanSetting(env.SAFESHARE_PER_TEAM_LISTS),
    ...(env.SAFESHARE_TEAM ? { team: env.SAFESHARE_TEAM } : {}),
  };
  const parsed = AppConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppConfigError(parsed.error.issues.map((i) => `${i.path.join(".") || "(config)"}: ${i.message}`));
  }
  return parsed.data;
}

/** `true` / `false` (or unset: false); anything else is kept as text so that validation names it. */
function booleanSetting(value: string | undefined): boolean {
  if (value === undefined || value === "" || value === "false") return false;
  if (value === "true") return true;
  return value as unknown as boolean;
}

/**
 * What the Teams pages need in their address to sign in and find the log (src/teams/boot.tsx,
 * src/teams/config.ts): the app registration, the tenant and the site. Empty when not configured.
 */
export function signInQuery(config: AppConfig): string {
  if (!config.aadClientId || !config.tenant || !config.siteUrl) return "";
  return `?${new URLSearchParams({ clientId: config.aadClientId, tenant: config.tenant, site: config.siteUrl }).toString()}`;
}

/** Where each page and file lives under the host. One table, used by both manifests. */
export function hostUrls(config: AppConfig) {
  const at = (p: string) => `${config.hostUrl}/${p}`;
  const page = (p: string) => `${at(p)}${signInQuery(config)}`;
  return {
    taskPane: at("taskpane.html"),
    onSendPage: at("onsend.html"),
    onSendScript: at("onsend.js"),
    // The names the page build writes (src/dev/demo/pages.json): one set of pages for the demo and the host.
    // The Teams pages sign in with the app registration in their address (a tab has no other way in).
    teamsReview: page("review.html"),
    teamsShare: page("teams-share.html"),
    teamsShareConfig: page("teams-share-config.html"),
    icon: (size: number) => at(`assets/icon-${size}.png`),
  };
}

/** The host's domain name, for `validDomains` and `AppDomains`. */
export function hostDomain(config: AppConfig): string {
  return new URL(config.hostUrl).host;
}
