import { z } from "zod";
import { DEFAULT_LIST_NAME, decisionListFor } from "../../store/list-names";
import { DEFAULT_ENCRYPTION_ADVICE } from "./pane-services";

/**
 * The task pane's configuration: what an organisation's deployment sets (its SharePoint site, its app
 * registration, its policy) and the demo's development values. Validated with zod where the pane starts
 * (the page's embedded JSON is an edge) and where the build writes it into taskpane.html
 * (manifest/site.ts), so a mistake is reported when the site is built, not by a practitioner's pane.
 * Kept apart from start-pane.tsx so that Node (the build) can load it without React.
 */

const UuidSchema = z.uuid();

/** The list this pane writes to for a team (see `listName`). */
export function paneListName(config: Pick<z.output<typeof PaneConfigSchema>, "listName" | "perTeamLists">, team: string | undefined): string {
  return config.listName ?? (config.perTeamLists ? decisionListFor(team) : DEFAULT_LIST_NAME);
}

export const PaneConfigSchema = z.strictObject({
  /** Graph's versioned root (https). */
  graphUrl: z.url().default("https://graph.microsoft.com/v1.0"),
  /** The SharePoint site holding the decision list. */
  siteUrl: z.url(),
  /**
   * The decision list. Default: the team's own list ("SafeShare decisions - <team>") when the organisation
   * has one list per team (`perTeamLists`, set up by `safeshare provision --team`), else the single list.
   */
  listName: z.string().min(1).optional(),
  perTeamLists: z.boolean().default(false),
  auth: z.discriminatedUnion("kind", [
    /** Development and the demo only: a fixed token (the local server accepts any). */
    z.strictObject({ kind: z.literal("static"), token: z.string().min(1) }),
    z.strictObject({ kind: z.literal("msal"), clientId: UuidSchema, authority: z.url() }),
  ]),
  /** The practitioner; required with static auth (MSAL gives it otherwise). */
  practitioner: z.strictObject({ upn: z.string().min(3), objectId: UuidSchema }).optional(),
  /**
   * The team to record under. With one list per team it is only a hint: the pane uses the team lists the
   * practitioner can see (one → that; several → asked once and remembered), and this one only when it is
   * among them (or, offline before the first look-up, as a start). Without per-team lists it is the
   * record's team (default none).
   */
  team: z.string().min(1).optional(),
  appVersion: z.string().min(1).default("dev"),
  subjectPolicy: z.enum(["omit", "record"]).default("omit"),
  encryptionAdvice: z.string().min(1).default(DEFAULT_ENCRYPTION_ADVICE),
  /** The organisation's policy (the same one built into onsend.js); default: the default policy. */
  policy: z.unknown().optional(),
  /** Outbox retry back-off (ms). */
  retry: z.strictObject({ baseMs: z.number().int().min(10), maxMs: z.number().int().min(10) }).optional(),
  /** The IndexedDB database name of the outbox. */
  outboxName: z.string().min(1).optional(),
});
export type PaneConfig = z.input<typeof PaneConfigSchema>;
