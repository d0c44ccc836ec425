import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { policyFrom } from "../src/core/policy/policy";
import pagesFile from "../src/dev/demo/pages.json";
import { type PaneConfig, PaneConfigSchema } from "../src/outlook/taskpane/pane-config";
import { type AppConfig, AppConfigError, appConfig } from "./config";
import { ICON_FILES } from "./icons";

/**
 * The folder an organisation hosts at `SAFESHARE_HOST_URL`: the deployed pages (those marked `deploy` in
 * src/dev/demo/pages.json) with their scripts, the on-send handler, and the icons. The task pane's
 * configuration (its site, app registration, team and the same policy as onsend.js) is written into
 * taskpane.html here, from the same settings as the manifests, and validated with the pane's own schema;
 * the Teams pages get theirs in their addresses (manifest/config.ts `signInQuery`). So nothing is edited
 * by hand after a build, and a wrong setting stops the build instead of a practitioner's pane.
 *
 * Run `tsx manifest/site.ts` after `webpack --mode production` (`npm run build` does both): it builds the
 * handler from the same environment and writes dist/site/.
 */

interface PageEntry {
  name: string;
  deploy?: boolean;
}

/** What the built site is made from. */
export interface SiteSources {
  /** assets/: the pages' HTML and the icons. */
  assetsDir: string;
  /** webpack's output (dist/demo): `<page>.js`. */
  scriptsDir: string;
  /** Where onsend.js and onsend.html were built (dist). */
  onSendDir: string;
}

/** The pages an organisation hosts. */
export function deployedPages(): string[] {
  return (pagesFile.pages as PageEntry[]).filter((p) => p.deploy === true).map((p) => p.name);
}

/**
 * The task pane's configuration for this deployment, validated; undefined when the deployment has no
 * sign-in settings (a developer's build: the pane then says it is not set up).
 * @param policy the organisation's policy JSON (the file onsend.js is built from), if any
 */
export function paneConfigFor(config: AppConfig, policy: unknown): PaneConfig | undefined {
  if (!config.aadClientId || !config.tenant || !config.siteUrl) return undefined;
  if (policy !== undefined) {
    const parsed = policyFrom(policy);
    if (!parsed.ok) throw new AppConfigError([`SAFESHARE_POLICY: ${parsed.error}`]);
  }
  const pane = {
    siteUrl: config.siteUrl,
    perTeamLists: config.perTeamLists,
    ...(config.team ? { team: config.team } : {}),
    auth: { kind: "msal" as const, clientId: config.aadClientId, authority: `https://login.microsoftonline.com/${config.tenant}` },
    appVersion: config.version,
    ...(policy !== undefined ? { policy } : {}),
  };
  const checked = PaneConfigSchema.safeParse(pane);
  if (!checked.success) throw new AppConfigError(checked.error.issues.map((i) => `task pane ${i.path.join(".")}: ${i.message}`));
  return pane;
}

const CONFIG_ELEMENT = /(<script type="application\/json" id="safeshare-config">)[\s\S]*?(<\/script>)/;

/**
 * taskpane.html with its configuration element filled in. The JSON is written so that no text in it (a
 * policy's domain list, a team name) can close the element early: `<`, `>` and `&` are escaped as JSON
 * unicode escapes, which JSON.parse reads back unchanged.
 */
export function taskPaneHtml(template: string, pane: PaneConfig | undefined): string {
  if (!CONFIG_ELEMENT.test(template)) throw new Error('assets/taskpane.html has no <script type="application/json" id="safeshare-config"> element');
  const json = pane === undefined ? "" : JSON.stringify(pane).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return template.replace(CONFIG_ELEMENT, (_m, open: string, close: string) => `${open}${json}${close}`);
}

/** Write the site to `outDir` (emptied first). Returns the files written, relative to it. */
export function writeSite(config: AppConfig, sources: SiteSources, outDir: string, policy?: unknown): { files: string[]; configured: boolean } {
  const pane = paneConfigFor(config, policy);
  const needed = [
    ...deployedPages().flatMap((p) => [path.join(sources.assetsDir, `${p}.html`), path.join(sources.scriptsDir, `${p}.js`)]),
    path.join(sources.onSendDir, "onsend.js"),
    path.join(sources.onSendDir, "onsend.html"),
    ...ICON_FILES.map((i) => path.join(sources.assetsDir, i.file)),
    path.join(sources.assetsDir, "privacy.html"),
  ];
  const missing = needed.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`Build the pages and the handler first (npm run build). Missing:\n${missing.join("\n")}`);

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, "assets"), { recursive: true });
  const files: string[] = [];
  const copy = (from: string, to: string) => {
    copyFileSync(from, path.join(outDir, to));
    files.push(to);
  };
  for (const page of deployedPages()) {
    const html = readFileSync(path.join(sources.assetsDir, `${page}.html`), "utf8");
    writeFileSync(path.join(outDir, `${page}.html`), page === "taskpane" ? taskPaneHtml(html, pane) : html);
    files.push(`${page}.html`);
    copy(path.join(sources.scriptsDir, `${page}.js`), `${page}.js`);
  }
  copy(path.join(sources.onSendDir, "onsend.js"), "onsend.js");
  copy(path.join(sources.onSendDir, "onsend.html"), "onsend.html");
  for (const icon of ICON_FILES) copy(path.join(sources.assetsDir, icon.file), path.join("assets", icon.file));
  // The app's default privacy link (manifest/config.ts) points here; an organisation may point it at its own notice.
  copy(path.join(sources.assetsDir, "privacy.html"), "privacy.html");
  return { files, configured: pane !== undefined };
}

/** Build the site from the environment: the handler first, so that it and the pane carry the same policy. */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, "..");
  const config = appConfig();
  const policyPath = process.env.SAFESHARE_POLICY;
  const policy = policyPath ? (JSON.parse(readFileSync(path.resolve(policyPath), "utf8")) as unknown) : undefined;
  // The handler reads the same SAFESHARE_POLICY; building it here means a site never pairs a pane with a
  // handler built from another policy.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const handler = require("../build/onsend.config.js") as { buildOnSend(): Promise<{ gzipBytes: number }> };
  await handler.buildOnSend();
  const outDir = path.join(root, "dist", "site");
  const sources = { assetsDir: path.join(root, "assets"), scriptsDir: path.join(root, "dist", "demo"), onSendDir: path.join(root, "dist") };
  const { files, configured } = writeSite(config, sources, outDir, policy);
  process.stdout.write(`dist/site: ${files.length} files for ${config.hostUrl}\n`);
  if (!configured) {
    process.stdout.write(
      "Not configured for an organisation: set SAFESHARE_AAD_CLIENT_ID, SAFESHARE_TENANT and SAFESHARE_SITE_URL (docs/outlook.md), " +
        "or the pane and the Teams tabs will say SafeShare is not set up.\n",
    );
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
