import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { devToken, devTokenProvider, graphClientFrom, provisionDecisionList, provisionPolicyList, scopesFor, siteFrom } from "../../../store";
import { devCaFetchOptions, type GraphServerHandle, startGraphServer } from "../../graph-server";
import { prepareDemoTenant } from "../demo-tenant";
import { DEMO_CALLERS, prepareDemoTeamList } from "../teams/seed-log";
import { COMPOSE_PRACTITIONER, DEMO_TEAM, IG_LEAD } from "../teams/demo-data";
import { type DemoServer, startDemoServer } from "../demo-server";
import type { DemoConfig } from "./compose-page";
import { DEMO_SENDER } from "./samples";

/**
 * The whole demo on one machine: the local Graph-compatible server (embedded, data on disk), the
 * decision list provisioned on its site, the on-send bundle built if missing, and the demo web server
 * that serves the pages, proxies `/graph/*` to the Graph server (trusting its dev CA) and gives the pages
 * their configuration with a development token. `safeshare demo` and the end-to-end tests start this.
 */

export const DEMO_SITE_URL = "https://contoso.sharepoint.com/sites/safeguarding";
export const DEMO_PRACTITIONER = { upn: DEMO_SENDER, objectId: COMPOSE_PRACTITIONER.id } as const;
/** The pane's token in the demo: the practitioner, with exactly the scopes the pane requests. */
export const DEMO_TOKEN = devToken({ upn: DEMO_PRACTITIONER.upn, oid: DEMO_PRACTITIONER.objectId, scopes: scopesFor(["decision-log"]) });

export interface DemoStackOptions {
  root: string;
  port: number;
  /** The Graph server's port (0: any free port). */
  graphPort?: number;
  /** The Graph server's data directory (default `<root>/.safeshare/demo-graph`). */
  dataDir?: string;
  /** The pane's outbox retry back-off (ms): short in the demo so a recovered server is seen quickly. */
  retry?: { baseMs: number; maxMs: number };
  /** The Graph server's request log (default: none). */
  log?: (line: string) => void;
}

export interface DemoStack {
  /** The demo web server's root URL. */
  url: string;
  /** The compose simulator's URL. */
  composeUrl: string;
  graph: GraphServerHandle;
  siteId: string;
  listId: string;
  close(): Promise<void>;
}

/**
 * Build dist/onsend.js when it is missing (a fresh clone that ran only `npm run build:demo`). `npm start`
 * always rebuilds it first, so the handler in the demo is never older than the pane beside it.
 */
async function ensureOnSendBundle(root: string): Promise<void> {
  if (existsSync(path.join(root, "dist/onsend.js"))) return;
  const load = createRequire(path.join(root, "package.json"));
  const build = load(path.join(root, "build/onsend.config.js")) as { buildOnSend(): Promise<unknown> };
  await build.buildOnSend();
}

export async function startDemoStack(options: DemoStackOptions): Promise<DemoStack> {
  const dataDir = path.resolve(options.root, options.dataDir ?? ".safeshare/demo-graph");
  await ensureOnSendBundle(options.root);
  const graph = await startGraphServer({ port: options.graphPort ?? 0, dataDir, log: options.log ?? (() => undefined) });
  // The Teams chat simulator's chat, channel and members (one guest, one from another tenant), and the
  // app's site grant, as the administrator sets them up.
  prepareDemoTenant(graph);
  try {
    // The list is created by the information governance lead's admin tool, as in production-setup step 5.
    const admin = DEMO_CALLERS.admin;
    const client = graphClientFrom({ graphUrl: graph.url, tokens: devTokenProvider(IG_LEAD.upn, admin.scopes, admin.appId ? { appId: admin.appId } : {}), fetchOptions: await devCaFetchOptions(graph.caPem) });
    const site = await siteFrom(client, DEMO_SITE_URL);
    // The single list (for the CLI's defaults) and the demo team's own list with its security: the pane
    // finds its team from the team lists the practitioner can see, and the manager's review shows them.
    // `fix`: a demo data folder from an older SafeShare gets the columns added since (as `provision --fix` would).
    await provisionDecisionList(client, site.id, { fix: true });
    // The policy list, empty: the built-in default applies until the IG lead saves a version
    // (safeshare policy put … against this server), which the pane then reads at its next start.
    await provisionPolicyList(client, site.id, { fix: true });
    const list = { listId: await prepareDemoTeamList(client, site.id, DEMO_TEAM) };
    const version = (JSON.parse(readFileSync(path.join(options.root, "package.json"), "utf8")) as { version?: string }).version ?? "dev";
    const config: DemoConfig = {
      pane: {
        graphUrl: graph.url,
        siteUrl: DEMO_SITE_URL,
        auth: { kind: "static", token: DEMO_TOKEN },
        practitioner: DEMO_PRACTITIONER,
        perTeamLists: true,
        appVersion: `${version}-demo`,
        subjectPolicy: "omit",
        retry: options.retry ?? { baseMs: 1000, maxMs: 5000 },
      },
      log: { siteId: site.id, listId: list.listId, token: DEMO_TOKEN },
    };
    let web: DemoServer;
    try {
      web = await startDemoServer({ root: options.root, port: options.port, graph: { url: graph.url, caPem: graph.caPem }, config });
    } catch (error) {
      throw new Error(`the demo web server could not start on port ${options.port}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return {
      url: web.url,
      composeUrl: new URL("compose.html", web.url).href,
      graph,
      siteId: site.id,
      listId: list.listId,
      close: async () => {
        await web.close();
        await graph.close();
      },
    };
  } catch (error) {
    await graph.close();
    throw error;
  }
}
