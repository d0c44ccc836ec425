/**
 * `safeshare teams --site URL [--team NAME] [--json] [--graph URL] [--ca FILE]`: which team the signed-in
 * user (SAFESHARE_TOKEN) records for, by the same rule as the Outlook pane and the Teams pages
 * (store/team-lists.ts): the team decision lists SharePoint lets them see. One → that team (exit 0);
 * several → they are listed and `--team` must name one (exit 2 unless it does); none → what the
 * administrator must do (exit 1). Scripts pass the answer to `safeshare decide --record --team`.
 */
import { z } from "zod";
import { chooseTeam, noTeamMessage, visibleDecisionLists } from "../store";
import { type CliIO, EXIT, UsageError } from "./io";
import { GraphConnectionShape, graphConnectionFrom, optionsFrom, reportStoreError } from "./provision-command";

export const TeamsOptionsSchema = z.strictObject({
  site: GraphConnectionShape.site,
  graph: GraphConnectionShape.graph,
  ca: GraphConnectionShape.ca,
  team: z.string().trim().min(1).max(255).optional(),
  json: z.boolean().default(false),
});
export type TeamsOptions = z.infer<typeof TeamsOptionsSchema>;

export async function runTeamsWith(io: CliIO, o: TeamsOptions): Promise<number> {
  try {
    const conn = await graphConnectionFrom(io, o);
    const visible = await visibleDecisionLists(conn.client, conn.siteId);
    const teams = [...visible.teams.keys()].sort((a, b) => a.localeCompare(b));
    const choice = chooseTeam(visible, { configured: o.team });
    if (o.team !== undefined && !(choice.kind === "team" && choice.why === "configured")) {
      io.stderr(`safeshare teams: "${o.team}" is not one of your teams on ${o.site}${teams.length ? ` (${teams.join(", ")})` : ""}\n`);
      return EXIT.usage;
    }
    if (o.json) {
      io.stdout(`${JSON.stringify({ teams, singleList: visible.singleListId !== undefined, choice })}\n`);
    } else if (choice.kind === "team") {
      io.stdout(`${choice.team}\n`);
    } else if (choice.kind === "single-list") {
      io.stdout(`(no teams: records go to the single list "SafeShare decisions")\n`);
    } else if (choice.kind === "ask") {
      io.stdout(`You can record for ${teams.length} teams; name one with --team:\n${teams.map((t) => `  ${t}`).join("\n")}\n`);
    } else {
      io.stderr(`safeshare teams: ${noTeamMessage(o.site)}\n`);
    }
    return choice.kind === "none" ? EXIT.review : choice.kind === "ask" ? EXIT.usage : EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return reportStoreError(io, "teams", error);
  }
}

export async function runTeams(io: CliIO, argv: string[]): Promise<number> {
  const o = optionsFrom(argv, TeamsOptionsSchema, { site: { type: "string" }, graph: { type: "string" }, ca: { type: "string" }, team: { type: "string" }, json: { type: "boolean" } });
  return runTeamsWith(io, o);
}
