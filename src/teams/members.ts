/**
 * The audience of a Teams share: the chat's or channel's members, as the core's recipients.
 *
 * Each member becomes a recipient address (their email, or their user id when Graph gives none). A
 * member is external when Graph says so: the `guest` role, or a `tenantId` other than the signed-in
 * user's own (their own tenant is read from their own membership, matched by the object id of the
 * token's user, never from teams-js context). External members are passed to the core as
 * `recipientType: "externalUser"`, so the core raises its external-user flag; the plain-English reason
 * here says why in Teams terms. The user themselves is not a recipient.
 */
import type { ConversationMember, Me } from "./graph";

export type ExternalKind = "guest" | "other-tenant" | "unknown-tenant";

export interface Audience {
  /** The other members, in Graph's order. */
  readonly members: readonly AudienceMember[];
  /** The user's own tenant, from their own membership (undefined when they are not a member). */
  readonly homeTenantId: string | undefined;
  /** Whether the signed-in user is a member of the conversation at all. */
  readonly selfIsMember: boolean;
}

export interface AudienceMember {
  readonly id: string;
  readonly displayName: string;
  /** The address the core classifies (lower-case). */
  readonly address: string;
  readonly external: ExternalKind | undefined;
  /** Why the member is external, in plain English (empty for members of the organisation). */
  readonly reason: string | undefined;
}

/** The stand-in domain for a member Graph gives no address for (a member of another tenant). */
export const FAKE_DOMAIN = "unknown.invalid";

export function externalReason(kind: ExternalKind, name: string): string {
  switch (kind) {
    case "guest":
      return `${name} is a guest in this conversation: someone from outside your organisation, invited in.`;
    case "other-tenant":
      return `${name} belongs to another organisation's Microsoft 365 (a different tenant).`;
    case "unknown-tenant":
      return `Teams does not say which organisation ${name} belongs to: treat them as outside your organisation.`;
  }
}

/** Build the audience from the members and the signed-in user (from `GET /me`). */
export function audienceFrom(members: readonly ConversationMember[], me: Me): Audience {
  const myId = me.id.toLowerCase();
  const mine = members.find((m) => (m.userId ?? "").toLowerCase() === myId);
  const homeTenantId = mine?.tenantId ?? undefined;
  const others = members.filter((m) => m !== mine);
  return {
    selfIsMember: mine !== undefined,
    homeTenantId,
    members: others.map((m) => {
      const displayName = m.displayName?.trim() || m.email || m.userId || "A member";
      const address = (m.email?.trim() || `${m.userId ?? m.id}@${FAKE_DOMAIN}`).toLowerCase();
      const external: ExternalKind | undefined = m.roles.some((r) => r.toLowerCase() === "guest")
        ? "guest"
        : !m.tenantId || !homeTenantId
          ? homeTenantId && !m.tenantId
            ? "unknown-tenant"
            : undefined
          : m.tenantId.toLowerCase() !== homeTenantId.toLowerCase()
            ? "other-tenant"
            : undefined;
      return { id: m.id, displayName, address, external, reason: external ? externalReason(external, displayName) : undefined };
    }),
  };
}

/** The external members (those who need the extra confirmation). */
export function externalMembers(audience: Audience): AudienceMember[] {
  return audience.members.filter((m) => m.external !== undefined);
}
