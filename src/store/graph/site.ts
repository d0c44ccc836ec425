import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import { StoreError, storeErrorFrom } from "../errors";

/**
 * Finding the SharePoint site: an admin gives SafeShare the site's URL
 * (`https://contoso.sharepoint.com/sites/safeguarding`); Graph addresses it by path as
 * `/sites/contoso.sharepoint.com:/sites/safeguarding` and answers with its composite id.
 */

/** Graph's path lookup for a SharePoint site URL. */
export function siteLookupPath(siteUrl: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new RangeError(`not a site URL: ${siteUrl} (expected e.g. https://contoso.sharepoint.com/sites/safeguarding)`);
  }
  if (url.protocol !== "https:") throw new RangeError(`the site URL must be https: ${siteUrl}`);
  const path = url.pathname.replace(/\/+$/, "");
  if (path === "" || path === "/") return `/sites/${url.hostname}`;
  return `/sites/${url.hostname}:${path.split("/").map((s) => encodeURIComponent(decodeURIComponent(s))).join("/")}`;
}

const SiteSchema = z.object({ id: z.string().min(1), webUrl: z.string().optional(), displayName: z.string().optional() });
export type SiteInfo = z.infer<typeof SiteSchema>;

/** Look up a site by URL. */
export async function siteFrom(client: Client, siteUrl: string): Promise<SiteInfo> {
  let body: unknown;
  try {
    body = await client.api(siteLookupPath(siteUrl)).get();
  } catch (error) {
    throw storeErrorFrom(error, `site ${siteUrl}`);
  }
  const parsed = SiteSchema.safeParse(body);
  if (!parsed.success) throw new StoreError("invalid-response", `site ${siteUrl}: Graph's answer has no site id`);
  return parsed.data;
}
