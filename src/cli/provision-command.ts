import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import { devCaFetchOptions } from "../dev/graph-server/trust";
import {
  DEFAULT_LIST_NAME,
  differenceText,
  GRAPH_V1,
  graphClientFrom,
  isStoreError,
  provisionDecisionList,
  readOwnItemsSteps,
  setReadOwnItems,
  siteFrom,
  staticTokenProvider,
} from "../store";
import { type CliIO, EXIT, UsageError } from "./io";

/**
 * `safeshare provision --site URL [--list NAME] [--fix] [--read-own-items]`: creates the decision-record
 * list (columns, types, indexes, unique RecordId) or checks an existing one and reports differences, and
 * prints — or with `--read-own-items` performs — the "read own items" list setting.
 *
 * How the commands that talk to Graph find it (provision, log, outbox --flush):
 * - `--graph URL`: Graph's versioned root (default https://graph.microsoft.com/v1.0; the local server:
 *   https://127.0.0.1:4000/v1.0).
 * - `SAFESHARE_TOKEN` (environment): a delegated Microsoft Graph access token (never printed or logged;
 *   for the local server any non-empty value).
 * - `--ca FILE`: also trust this CA for TLS (the local server's `DIR/ca.pem`).
 * - `--site URL`: the SharePoint site, e.g. https://contoso.sharepoint.com/sites/safeguarding.
 * - `--list NAME`: the list's display name (default "SafeShare decisions").
 */

/** The Graph connection options shared by provision, log and outbox. */
export const GraphConnectionShape = {
  site: z.url({ message: "--site must be the site's URL, e.g. https://contoso.sharepoint.com/sites/safeguarding" }).refine((u) => u.startsWith("https://"), { message: "--site must be an https URL" }),
  graph: z.url({ message: "--graph must be a URL such as https://graph.microsoft.com/v1.0" }).refine((u) => u.startsWith("https://"), { message: "--graph must be https (the Graph client sends tokens only over https)" }).default(GRAPH_V1),
  ca: z.string().min(1).optional(),
  list: z.string().trim().min(1).max(255).default(DEFAULT_LIST_NAME),
};

export const GRAPH_CONNECTION_ARGS = {
  site: { type: "string" },
  graph: { type: "string" },
  ca: { type: "string" },
  list: { type: "string" },
} as const;

export interface GraphConnection {
  readonly client: Client;
  readonly siteId: string;
  readonly siteUrl: string;
  /** True when talking to something other than Microsoft Graph (the local development server). */
  readonly local: boolean;
}

/** Connect to Graph as the options say, and look up the site. */
export async function graphConnectionFrom(io: CliIO, o: { site: string; graph: string; ca?: string | undefined }): Promise<GraphConnection> {
  const token = io.env.SAFESHARE_TOKEN;
  if (!token || token.trim() === "") {
    throw new UsageError("set SAFESHARE_TOKEN to a Microsoft Graph access token (delegated, Sites.Selected); for the local development server any non-empty value");
  }
  let fetchOptions: RequestInit | undefined;
  if (o.ca !== undefined) {
    let pem: string;
    try {
      pem = await io.readFile(o.ca);
    } catch (error) {
      throw new UsageError(`cannot read --ca ${o.ca}: ${error instanceof Error ? error.message : String(error)}`);
    }
    fetchOptions = await devCaFetchOptions(pem);
  }
  const client = graphClientFrom({ graphUrl: o.graph, tokens: staticTokenProvider(token), ...(fetchOptions ? { fetchOptions } : {}) });
  const site = await siteFrom(client, o.site);
  const host = new URL(o.graph).hostname;
  return { client, siteId: site.id, siteUrl: o.site, local: !(host === "graph.microsoft.com" || host.endsWith(".graph.microsoft.com")) };
}

/** Print a store error (status and request id for support; never a token) and return the exit code. */
export function reportStoreError(io: CliIO, command: string, error: unknown): number {
  if (isStoreError(error)) {
    const ids = [error.status ? `status ${error.status}` : "", error.requestId ? `request-id ${error.requestId}` : ""].filter(Boolean).join(", ");
    io.stderr(`safeshare ${command}: ${error.message}${ids ? ` (${ids})` : ""}\n`);
    return EXIT.review;
  }
  throw error;
}

export const ProvisionOptionsSchema = z.strictObject({
  ...GraphConnectionShape,
  fix: z.boolean().default(false),
  "read-own-items": z.boolean().default(false),
});
export type ProvisionOptions = z.infer<typeof ProvisionOptionsSchema>;

/** Parse argv with node's parseArgs, then validate with a zod schema; usage problems become UsageError. */
export function optionsFrom<S extends z.ZodType>(argv: string[], schema: S, args: NonNullable<ParseArgsConfig["options"]>): z.infer<S> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: false, strict: true, options: args });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const result = schema.safeParse(parsed.values);
  if (!result.success) throw new UsageError(result.error.issues.map((i) => (i.path.length ? `--${i.path.join(".")}: ${i.message}` : i.message)).join("\n"));
  return result.data;
}

export function provisionOptionsFrom(argv: string[]): ProvisionOptions {
  return optionsFrom(argv, ProvisionOptionsSchema, { ...GRAPH_CONNECTION_ARGS, fix: { type: "boolean" }, "read-own-items": { type: "boolean" } });
}

/** Run `safeshare provision` with validated options. */
export async function runProvisionWith(io: CliIO, o: ProvisionOptions): Promise<number> {
  try {
    const conn = await graphConnectionFrom(io, o);
    const result = await provisionDecisionList(conn.client, conn.siteId, { listName: o.list, fix: o.fix });
    let code: number = EXIT.ok;
    if (result.kind === "created") {
      io.stdout(`Created the list "${o.list}" (${result.listId}) with ${result.columns} columns on ${o.site}.\n`);
    } else {
      io.stdout(`The list "${o.list}" (${result.listId}) already exists on ${o.site}.\n`);
      const open = result.differences.filter((d) => d.kind !== "extra-column" && !result.fixed.includes(d));
      for (const d of result.fixed) io.stdout(`  fixed: ${differenceText(d)}\n`);
      for (const d of result.differences.filter((x) => !result.fixed.includes(x))) io.stdout(`  ${d.kind === "extra-column" ? "note" : "difference"}: ${differenceText(d)}\n`);
      if (open.length === 0) io.stdout("  Its schema matches SafeShare's.\n");
      else {
        if (!o.fix) io.stdout("  Run again with --fix to add missing columns and indexes; other differences need an administrator.\n");
        code = EXIT.review;
      }
    }
    if (!o["read-own-items"]) {
      io.stdout(`\n${readOwnItemsSteps(o.site, result.listId, o.list)}\n`);
    } else if (conn.local) {
      io.stdout(`\n--read-own-items: not performed: the local development server does not emulate SharePoint REST (_api) or item-level permissions. Against a tenant this sends:\n${readOwnItemsSteps(o.site, result.listId, o.list)}\n`);
    } else {
      const spToken = io.env.SAFESHARE_SHAREPOINT_TOKEN;
      if (!spToken) throw new UsageError(`--read-own-items needs SAFESHARE_SHAREPOINT_TOKEN: a SharePoint access token for ${new URL(o.site).origin} (audience SharePoint, not Graph) of a site owner`);
      await setReadOwnItems(o.site, result.listId, spToken);
      io.stdout(`\nSet "read own items" (ReadSecurity = 2) on "${o.list}".\n`);
    }
    return code;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return reportStoreError(io, "provision", error);
  }
}

/** `safeshare provision`: parse argv, run, and turn usage errors into exit 2. */
export async function runProvision(io: CliIO, argv: string[]): Promise<number> {
  try {
    return await runProvisionWith(io, provisionOptionsFrom(argv));
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`safeshare provision: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
