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
 * | `SAFESHARE_APP_ID` | a fixed development GUID | the app's id (also the XML add-in's `Id`) |
 * | `SAFESHARE_HOST_URL` | `https://localhost:3000` | where the task pane, handler, Teams pages and icons are served |
 * | `SAFESHARE_VERSION` | package.json's version | the app version (`1.2.3`) |
 * | `SAFESHARE_SEND_MODE` | `softBlock` | Smart Alerts send mode: `softBlock`, `block` or `promptUser` |
 * | `SAFESHARE_SHARE_TAB` | `both` | Teams "Share" tab: `static` (personal), `configurable` (chats and channels) or `both` |
 * | `SAFESHARE_DEVELOPER_NAME` | `SafeShare` | publisher name shown in the admin centre |
 * | `SAFESHARE_WEBSITE_URL`, `SAFESHARE_PRIVACY_URL`, `SAFESHARE_TERMS_URL` | pages under the host | required links |
 * | `SAFESHARE_AAD_CLIENT_ID` | none | Entra app id for single sign-on (`webApplicationInfo`) |
 */

/** Development app id: replace with your own (`SAFESHARE_APP_ID`) before deploying anywhere. */
export const DEV_APP_ID = "5f0b8e3c-2d1a-4c6b-9e7f-3a2b1c0d9e8f";

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
  /** Base URL without a trailing slash. */
  hostUrl: httpsUrl,
  /** Semantic version `major.minor.patch`. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be major.minor.patch, such as 1.2.0"),
  sendMode: z.enum(SEND_MODES),
  shareTab: z.enum(["static", "configurable", "both"]),
  developerName: z.string().min(1).max(32),
  websiteUrl: httpsUrl,
  privacyUrl: httpsUrl,
  termsOfUseUrl: httpsUrl,
  aadClientId: guid.optional(),
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
    hostUrl: host,
    version: env.SAFESHARE_VERSION ?? packageVersion(),
    sendMode: env.SAFESHARE_SEND_MODE ?? "softBlock",
    shareTab: env.SAFESHARE_SHARE_TAB ?? "both",
    developerName: env.SAFESHARE_DEVELOPER_NAME ?? "SafeShare",
    websiteUrl: env.SAFESHARE_WEBSITE_URL ?? `${host}/`,
    privacyUrl: env.SAFESHARE_PRIVACY_URL ?? `${host}/privacy.html`,
    termsOfUseUrl: env.SAFESHARE_TERMS_URL ?? `${host}/terms.html`,
    ...(env.SAFESHARE_AAD_CLIENT_ID ? { aadClientId: env.SAFESHARE_AAD_CLIENT_ID } : {}),
  };
  const parsed = AppConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppConfigError(parsed.error.issues.map((i) => `${i.path.join(".") || "(config)"}: ${i.message}`));
  }
  return parsed.data;
}

/** Where each page and file lives under the host. One table, used by both manifests. */
export function hostUrls(config: AppConfig) {
  const at = (p: string) => `${config.hostUrl}/${p}`;
  return {
    taskPane: at("taskpane.html"),
    onSendPage: at("onsend.html"),
    onSendScript: at("onsend.js"),
    // The names the page build writes (src/dev/demo/pages.json): one set of pages for the demo and the host.
    teamsReview: at("review.html"),
    teamsShare: at("teams-share.html"),
    teamsShareConfig: at("teams-share-config.html"),
    icon: (size: number) => at(`assets/icon-${size}.png`),
  };
}

/** The host's domain name, for `validDomains` and `AppDomains`. */
export function hostDomain(config: AppConfig): string {
  return new URL(config.hostUrl).host;
}
