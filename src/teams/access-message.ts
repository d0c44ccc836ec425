/**
 * What to tell someone when Graph or SharePoint says no, in plain English. SharePoint enforces who reads
 * what (docs/teams.md): the pages only explain its answers.
 */
import { isStoreError } from "../store";

export type DeniedContext = "review" | "mark-reviewed" | "record" | "post" | "members";

export const OWN_RECORDS_ONLY = "You can see only your own records; ask your manager if you need to see a colleague's decisions, or ask your SafeShare administrator to give you the manager's review permission for this team's log.";

/** The HTTP status of an error from the store or the Graph client, if any. */
export function statusOf(error: unknown): number | undefined {
  if (isStoreError(error)) return error.details.status;
  const s = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof s === "number" ? s : undefined;
}

/** A message for a refused request, or undefined when the error is not a refusal. */
export function deniedMessage(error: unknown, context: DeniedContext, team?: string): string | undefined {
  const status = statusOf(error);
  if (status !== 403 && status !== 401) return undefined;
  if (status === 401) return "Your sign-in has expired or was not accepted. Close and reopen SafeShare to sign in again.";
  switch (context) {
    case "review":
      return `You do not have access to ${team ? `the ${team} team's` : "this"} decision log. ${OWN_RECORDS_ONLY}`;
    case "mark-reviewed":
      return `You cannot mark records reviewed: only the team's managers can. ${OWN_RECORDS_ONLY}`;
    case "record":
      return `You cannot add records to ${team ? `the ${team} team's` : "this"} decision log. Ask your manager to add you to the team's SafeShare practitioners.`;
    case "post":
      return "Teams did not let SafeShare post to this conversation for you (you may have left it, or posting is restricted). Your decision is recorded; post the message yourself if it is still right to share.";
    case "members":
      return "Teams did not let SafeShare read who is in this conversation, so it cannot check the audience. Ask your administrator to allow SafeShare to read chat members.";
  }
}

/** Any error as one plain sentence (refusals first, then Graph's own message). */
export function errorText(error: unknown, context: DeniedContext, team?: string): string {
  return deniedMessage(error, context, team) ?? (error instanceof Error ? error.message : String(error));
}
