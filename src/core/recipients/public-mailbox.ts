import { getDomainWithoutSuffix } from "tldts";
import common from "email-providers/common.json";
import { endings } from "./domain-name";
import { personalProviders } from "./personal-domains";

let commonNames: ReadonlySet<string> | null | undefined;

/**
 * The names of the common webmail families ("gmail", "hotmail", "btinternet" …), from the maintained
 * `email-providers` common list; `null` inside the on-send handler, whose provider list is already only
 * those families (build/onsend-data.js `handlerProviders`; the handler build replaces common.json with
 * `null`).
 */
function commonFamilies(): ReadonlySet<string> | null {
  if (commonNames === undefined) {
    const list = common as readonly string[] | null;
    commonNames = list === null ? null : new Set(list.map((d) => getDomainWithoutSuffix(d.toLowerCase()) ?? "").filter(Boolean));
  }
  return commonNames;
}

/**
 * Is this a member of the public's own mailbox at a common webmail provider (jordan.ellis2005@outlook.com,
 * bev.tanner62@hotmail.co.uk)? What the message says to "you" or of the person greeted is then about them.
 *
 * Deliberately the common families only, not every one of the 8,760 providers the recipient check knows:
 * the on-send handler carries only those, and the pane, the Teams page and the CLI must read people exactly
 * as the handler does, or a message the pane would hold could leave from the handler. A rarer provider is
 * still a personal address to the recipient check; only this reading of "you" is narrower for it.
 */
export function isPublicMailbox(address: string): boolean {
  const at = address.lastIndexOf("@");
  if (at < 0) return false;
  const host = address.slice(at + 1).toLowerCase().replace(/[>\s].*$/, "");
  const providers = personalProviders();
  const families = commonFamilies();
  for (const name of endings(host)) {
    if (!name.includes(".")) break;
    if (providers.has(name) && (families === null || families.has(getDomainWithoutSuffix(name) ?? ""))) return true;
  }
  return false;
}
