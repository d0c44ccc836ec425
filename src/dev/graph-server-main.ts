/**
 * `npm run graph-server -- --port 4000 --data DIR [--threshold 5000] [--threshold-rule selective|indexed]
 *  [--synchronous NORMAL|FULL] [--faults FILE.json] [--seed-teams] [--grant read|write|manage|fullcontrol] [--quiet]`
 *
 * `--grant ROLE` does what an administrator does in production-setup step 4: grants the SafeShare app
 * (the development app id the dev tokens carry) that role on the default site, so that its
 * `Sites.Selected` tokens reach it. Without it they get 403, as in a tenant that skipped the step.
 *
 * Serves https://127.0.0.1:PORT/v1.0 for development and tests. Prints one line
 * `graph-server listening <url> ca=<path>` on standard output once it is ready.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { DEV_APP_ID } from "../store";
import { DEFAULT_SITE, grantSiteRole, seedTeamsData, SITE_ROLES, startGraphServer, type FaultConfig } from "./graph-server";

const argsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(4000),
  data: z.string().min(1),
  threshold: z.coerce.number().int().min(1).optional(),
  "threshold-rule": z.enum(["selective", "indexed"]).optional(),
  synchronous: z.enum(["NORMAL", "FULL"]).optional(),
  faults: z.string().optional(),
  "seed-teams": z.boolean().optional(),
  grant: z.enum(SITE_ROLES).optional(),
  quiet: z.boolean().optional(),
});

const USAGE =
  "usage: graph-server --data DIR [--port 4000] [--threshold N] [--threshold-rule selective|indexed] " +
  "[--synchronous NORMAL|FULL] [--faults FILE.json] [--seed-teams] [--grant read|write|manage|fullcontrol] [--quiet]";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      data: { type: "string" },
      threshold: { type: "string" },
      "threshold-rule": { type: "string" },
      synchronous: { type: "string" },
      faults: { type: "string" },
      "seed-teams": { type: "boolean" },
      grant: { type: "string" },
      quiet: { type: "boolean" },
    },
    strict: true,
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    process.stderr.write(`${USAGE}\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}\n`);
    process.exit(2);
  }
  const a = parsed.data;
  const faults = a.faults ? (JSON.parse(readFileSync(a.faults, "utf8")) as FaultConfig) : undefined;
  const quiet = a.quiet === true;
  const server = await startGraphServer({
    port: a.port,
    dataDir: a.data,
    ...(faults ? { faults } : {}),
    ...(a.threshold !== undefined ? { listViewThreshold: a.threshold } : {}),
    ...(a["threshold-rule"] ? { thresholdRule: a["threshold-rule"] } : {}),
    ...(a.synchronous ? { synchronous: a.synchronous } : {}),
    log: (line) => {
      if (!quiet || line.startsWith("WARNING")) process.stderr.write(`${line}\n`);
    },
  });
  if (a["seed-teams"]) seedTeamsData(server);
  if (a.grant) {
    const site = server.store.ensureSite(DEFAULT_SITE.hostname, DEFAULT_SITE.path, DEFAULT_SITE.displayName);
    grantSiteRole(server.store, site.id, { id: DEV_APP_ID, displayName: "SafeShare" }, a.grant);
  }
  process.stdout.write(`graph-server listening ${server.url} ca=${server.caPath}\n`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`graph-server: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
