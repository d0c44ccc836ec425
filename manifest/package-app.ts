import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { type AppConfig, appConfig } from "./config";
import { unifiedManifest, writeManifests } from "./build-manifest";
import { iconFiles } from "./icons";

/**
 * The app package an administrator uploads in the Microsoft 365 admin centre (Settings > Integrated
 * apps > Upload custom apps) or the Teams admin centre: a zip of manifest.json and its two icons at the
 * root. Also writes dist/manifest/ (both manifests) so that the XML manifest for Mac and older clients is
 * built from the same settings.
 *
 * Run `tsx manifest/package-app.ts` to write dist/safeshare-app.zip.
 */

const root = path.resolve(__dirname, "..");

/** The icon files the package needs, from assets/ (committed) or freshly drawn when missing. */
function packageIcons(): Map<string, Buffer> {
  let drawn: Map<string, Buffer> | undefined;
  const out = new Map<string, Buffer>();
  for (const name of ["icon-color.png", "icon-outline.png"]) {
    const file = path.join(root, "assets", name);
    const png = existsSync(file) ? readFileSync(file) : (drawn ??= iconFiles()).get(name);
    if (!png) throw new Error(`no icon ${name}`);
    out.set(name, png);
  }
  return out;
}

/** The zip's bytes. Entries carry a fixed date so the same settings give the same zip. */
export async function appPackage(config: AppConfig = appConfig()): Promise<Buffer> {
  const zip = new JSZip();
  const date = new Date(Date.UTC(2020, 0, 1));
  zip.file("manifest.json", `${JSON.stringify(unifiedManifest(config), null, 2)}\n`, { date, compression: "DEFLATE" });
  // PNGs are already deflated: stored as they are.
  for (const [name, png] of packageIcons()) zip.file(name, png, { date, compression: "STORE" });
  return zip.generateAsync({ type: "nodebuffer" });
}

/** Write dist/safeshare-app.zip (and dist/manifest/). Returns the zip's path. */
export async function writeAppPackage(config: AppConfig = appConfig(), outFile = path.join(root, "dist", "safeshare-app.zip")): Promise<string> {
  writeManifests(config);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, await appPackage(config));
  return outFile;
}

if (process.argv[1] && /package-app\.ts$/.test(process.argv[1])) {
  writeAppPackage().then(
    (file) => process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
