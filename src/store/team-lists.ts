/**
 * Which team a practitioner records for, found at run time from who they are — the same rule in the
 * Outlook pane, the Teams pages and the CLI (issue 11; docs/teams.md "Which team").
 *
 * With one decision list per team, SharePoint shows a user only the lists they hold a permission on
 * (`GET /sites/{id}/lists` is trimmed for them, and the team lists break inheritance), so the team lists
 * they can see are the teams they belong to:
 * - one → that team;
 * - several → they are asked once, and the answer is remembered on the device (never message text);
 * - none, and the site has the single list → the single list (a small organisation);
 * - none at all → a message naming what the administrator must do.
 * A remembered or configured team is used only while it is still one of theirs.
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import type { DecisionRecord } from "../core/decision";
import { DecisionLog, type AppendOutcome } from "./decision-log";
import { StoreError, storeErrorFrom } from "./errors";
import { DEFAULT_LIST_NAME, decisionListFor, teamOfDecisionList } from "./list-names";

export interface VisibleLists {
  /** Team name → list id, for the team decision lists the user can see. */
  readonly teams: ReadonlyMap<string, string>;
  /** The single list's id, when the site has one the user can see. */
  readonly singleListId: string | undefined;
}

const ListsPageSchema = z.object({
  value: z.array(z.object({ id: z.string(), displayName: z.string().optional() })),
  "@odata.nextLink": z.string().optional(),
});

/** The decision lists of the site that the signed-in user can see (following `@odata.nextLink`). */
export async function visibleDecisionLists(client: Client, siteId: string): Promise<VisibleLists> {
  const teams = new Map<string, string>();
  let singleListId: string | undefined;
  let path: string | undefined = `/sites/${encodeURIComponent(siteId)}/lists?$select=id,displayName`;
  for (let page = 0; path && page < 50; page++) {
    let body: unknown;
    try {
      body = await client.api(path).get();
    } catch (error) {
      throw storeErrorFrom(error, "the decision lists you can use");
    }
    const parsed = ListsPageSchema.parse(body);
    for (const l of parsed.value) {
      const name = l.displayName ?? "";
      const team = teamOfDecisionList(name);
      if (team) teams.set(team, l.id);
      else if (name === DEFAULT_LIST_NAME) singleListId = l.id;
    }
    path = parsed["@odata.nextLink"];
  }
  return { teams, singleListId };
}

export type TeamChoice =
  | { readonly kind: "team"; readonly team: string; readonly why: "only" | "remembered" | "configured" }
  | { readonly kind: "ask"; readonly teams: readonly string[] }
  | { readonly kind: "single-list" }
  | { readonly kind: "none" };

/** The team to record for, from the lists the user can see and what was remembered or configured. */
export function chooseTeam(visible: VisibleLists, hints: { remembered?: string | undefined; configured?: string | undefined } = {}): TeamChoice {
  const teams = [...visible.teams.keys()].sort((a, b) => a.localeCompare(b));
  const known = (t: string | undefined): string | undefined => (t === undefined ? undefined : teams.find((x) => x.toLowerCase() === t.trim().toLowerCase()));
  const configured = known(hints.configured);
  if (configured) return { kind: "team", team: configured, why: "configured" };
  const remembered = known(hints.remembered);
  if (remembered) return { kind: "team", team: remembered, why: "remembered" };
  if (teams.length === 1) return { kind: "team", team: teams[0] as string, why: "only" };
  if (teams.length > 1) return { kind: "ask", teams };
  return visible.singleListId ? { kind: "single-list" } : { kind: "none" };
}

/** What to tell a practitioner who has no decision list to record in, and what their administrator must do. */
export function noTeamMessage(siteUrl: string): string {
  return (
    `You are not in any SafeShare team on ${siteUrl}: none of its decision lists lets you add records. ` +
    "Ask your SafeShare administrator to add you to your team's practitioners group (teams are set up with " +
    "`safeshare provision --team`, docs/production-setup.md step 5)."
  );
}

/** Where the chosen team is remembered on the device: per user and site, the team's name only. */
export interface TeamMemory {
  get(): string | undefined;
  set(team: string): void;
}

/** A memory in web storage (the pane's and the Teams pages' `localStorage`), or none when it is unavailable. */
export function storageTeamMemory(storage: Pick<Storage, "getItem" | "setItem"> | undefined, who: string, siteUrl: string): TeamMemory {
  const key = `safeshare.team|${who.toLowerCase()}|${siteUrl.toLowerCase()}`;
  return {
    get: () => {
      try {
        return storage?.getItem(key)?.trim() || undefined;
      } catch {
        return undefined; // storage refused (private mode, a locked-down host)
      }
    },
    set: (team) => {
      try {
        storage?.setItem(key, team.slice(0, 255));
      } catch {
        // not remembered: asked again next time
      }
    },
  };
}

/**
 * A record sink that sends each record to its own team's list ("SafeShare decisions - <team>"), or to the
 * single list when its team has none, so that one outbox can hold records of more than one team.
 */
export function teamRoutingSink(client: Client, siteId: string, options: { perTeamLists: boolean } = { perTeamLists: true }): { appendMany(records: readonly DecisionRecord[]): Promise<AppendOutcome[]> } {
  const logs = new Map<string, Promise<DecisionLog>>();
  let visible: Promise<VisibleLists> | undefined;
  const logFor = (team: string): Promise<DecisionLog> => {
    const key = options.perTeamLists ? team.toLowerCase() : "";
    let log = logs.get(key);
    if (!log) {
      log = (async () => {
        visible ??= visibleDecisionLists(client, siteId);
        const lists = await visible;
        // A record of a team with its own list goes there; one of no such team (or every record, without
        // per-team lists) to the single list.
        const teamListId = options.perTeamLists ? [...lists.teams].find(([t]) => t.toLowerCase() === key)?.[1] : undefined;
        const listId = teamListId ?? lists.singleListId;
        if (!listId) {
          const name = options.perTeamLists ? `${decisionListFor(team)}" or "${DEFAULT_LIST_NAME}` : DEFAULT_LIST_NAME;
          throw new StoreError("http", `decision list: there is no list "${name}" you can add to on this site`, { status: 404 });
        }
        return new DecisionLog({ client, list: { siteId, listId } });
      })();
      // A failed look-up is tried again next time (the list may be created, or the network come back).
      log.catch(() => {
        logs.delete(key);
        visible = undefined;
      });
      logs.set(key, log);
    }
    return log;
  };
  return {
    async appendMany(records) {
      const byTeam = new Map<string, DecisionRecord[]>();
      for (const r of records) {
        const k = options.perTeamLists ? r.team : "";
        byTeam.set(k, [...(byTeam.get(k) ?? []), r]);
      }
      const outcomes = new Map<string, AppendOutcome>();
      for (const [team, group] of byTeam) {
        try {
          for (const o of await (await logFor(team)).appendMany(group)) outcomes.set(o.recordId, o);
        } catch (error) {
          const e = storeErrorFrom(error, "decision list");
          for (const r of group) outcomes.set(r.recordId, { kind: "failed", recordId: r.recordId, error: e });
        }
      }
      return records.map((r) => outcomes.get(r.recordId) ?? { kind: "failed" as const, recordId: r.recordId, error: new StoreError("invalid-response", "decision list: no outcome for this record") });
    },
  };
}
