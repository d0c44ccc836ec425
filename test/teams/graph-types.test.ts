/**
 * The Teams pages' Graph schemas against Microsoft's own types (@microsoft/microsoft-graph-types): every
 * value Microsoft's type allows for a field the page reads must be accepted by the page's schema, or the
 * page would reject a real answer ("unexpected response from Graph"). Checked by the compiler (npm test
 * typechecks), and the nullable fields also at run time. Where SafeShare needs a field Microsoft marks
 * optional (a member's or user's `id`, `/me`'s sign-in name), the check says so with `Required<Pick<…>>`.
 */
import type * as MicrosoftGraph from "@microsoft/microsoft-graph-types";
import type { z } from "zod";
import { type ChatMessageSchema, ConversationMemberSchema, type MeSchema } from "../../src/teams/graph";

type Accepts<Schema extends z.ZodType, T> = [T] extends [z.input<Schema>] ? true : false;

const member: Accepts<typeof ConversationMemberSchema, MicrosoftGraph.AadUserConversationMember & Required<Pick<MicrosoftGraph.AadUserConversationMember, "id">>> = true;
const me: Accepts<typeof MeSchema, Pick<MicrosoftGraph.User, "displayName" | "mail"> & { id: string; userPrincipalName: string }> = true;
const message: Accepts<typeof ChatMessageSchema, Pick<MicrosoftGraph.ChatMessage, "createdDateTime" | "webUrl"> & { id: string }> = true;

describe("Teams Graph schemas accept what Microsoft's types allow", () => {
  it("compiles (the checks above are types)", () => {
    expect([member, me, message]).toEqual([true, true, true]);
  });

  it("takes a member whose roles, display name, email and tenant are null (all NullableOption in Graph's types)", () => {
    const parsed = ConversationMemberSchema.parse({ id: "m1", roles: null, displayName: null, email: null, tenantId: null, userId: "u1", visibleHistoryStartDateTime: null });
    expect(parsed.roles).toEqual([]);
  });
});
