import type { pages } from "@microsoft/teams-js";

/**
 * The tab's content page, on the same host as this page, with the sign-in settings this page was given in
 * its own address (the manifest's configurationUrl carries `clientId`, `tenant` and `site`: see
 * manifest/config.ts `signInQuery`). Only those three are carried, so nothing else in the address leaks
 * into the tab.
 */
export function shareTabConfig(origin: string, search = ""): pages.InstanceConfig {
  const given = new URLSearchParams(search);
  const carried = new URLSearchParams();
  for (const key of ["clientId", "tenant", "site"]) {
    const value = given.get(key);
    if (value) carried.set(key, value);
  }
  const query = carried.toString();
  const contentUrl = `${origin}/teams-share.html${query ? `?${query}` : ""}`;
  return { contentUrl, websiteUrl: contentUrl, entityId: "safeshare-share", suggestedDisplayName: "SafeShare" };
}
