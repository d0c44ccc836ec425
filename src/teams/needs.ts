/**
 * What each Teams page asks Microsoft for (docs/microsoft-calls.md): who the user is, the decision log,
 * the members of the chat or channel the page is in with their directory addresses, and (share page)
 * posting the message. The demo and the tests mint their tokens from these, so a missing one fails there.
 */
import type { ScopeNeed } from "../store";

export const SHARE_PAGE_NEEDS: readonly ScopeNeed[] = ["decision-log", "identity", "teams-chat-members", "teams-channel-members", "member-addresses", "teams-chat-post", "teams-channel-post"];
export const REVIEW_PAGE_NEEDS: readonly ScopeNeed[] = ["decision-log", "identity", "teams-chat-members", "teams-channel-members", "member-addresses"];
