/**
 * The Teams demo's people, team and list security, all clearly fictional (contoso.onmicrosoft.com is
 * Microsoft's documentation tenant). The chat with a guest and a member of another tenant is the graph
 * server's `DEMO_TEAMS_SEED`; this adds the users the harness signs in as.
 */
import { DEFAULT_LIST_NAME } from "../../../store";
import { DEMO_TEAMS_SEED, type TeamsSeed } from "../../graph-server/teams";
import type { ListAccessInput } from "../../graph-server/access";

export const DEMO_TEAM = "Family Support North (demo)";
export const DEMO_TEAM_ID = "b7a3c1e2-5d4f-4e6a-9b8c-0d1e2f3a4b5c";
export const DEMO_CHANNEL_ID = "19:safeguarding-general@thread.tacv2";
export const DEMO_CHAT_ID = "19:safeguarding-demo-chat@thread.v2";
export const DEMO_SITE_URL = "https://contoso.sharepoint.com/sites/safeguarding";

/** A team's decision list (one per team). Must match src/teams/config.ts `teamListName` (a test checks). */
export function demoTeamListName(team: string): string {
  return `${DEFAULT_LIST_NAME} - ${team.trim()}`;
}

export interface DemoPerson {
  readonly upn: string;
  readonly name: string;
  readonly id: string;
}

export const ALEX: DemoPerson = { upn: "alex.practitioner@contoso.onmicrosoft.com", name: "Alex Practitioner", id: "6e2f2a4c-4b7e-4a0e-9d51-6c3b9a7d1f10" };
export const SAM: DemoPerson = { upn: "sam.colleague@contoso.onmicrosoft.com", name: "Sam Colleague", id: "0b8c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d" };
export const MORGAN: DemoPerson = { upn: "morgan.manager@contoso.onmicrosoft.com", name: "Morgan Manager", id: "5a1d7c3e-9b2f-4e8a-a6c4-1f0e3d2b7a91" };
export const IG_LEAD: DemoPerson = { upn: "ig.lead@contoso.onmicrosoft.com", name: "Ines Governance", id: "c3e5a7f9-1b2d-4c6e-8a0b-2d4f6a8c0e12" };
/** The compose demo's sender (samples.ts DEMO_SENDER): a practitioner of the demo team too. */
export const COMPOSE_PRACTITIONER: DemoPerson = { upn: "sam.jones@hertfordshire.gov.uk", name: "Sam Jones", id: "2d3c9a71-5b0e-4f7a-9c1d-8e6f4a2b1c30" };
export const CASEY: DemoPerson = { upn: "casey.manager@contoso.onmicrosoft.com", name: "Casey Manager (another team)", id: "e7f9b1d3-5a6c-4e8f-9b0d-3c5e7a9b1d24" };

/** Fictional practitioners whose records the sample data holds (besides Alex). Sam records none. */
export const SAMPLE_PRACTITIONERS: readonly DemoPerson[] = [
  ALEX,
  { upn: "priya.example@contoso.onmicrosoft.com", name: "Priya Example", id: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c51" },
  { upn: "tom.sample@contoso.onmicrosoft.com", name: "Tom Sample", id: "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d62" },
  { upn: "grace.fictional@contoso.onmicrosoft.com", name: "Grace Fictional", id: "3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e73" },
  { upn: "omar.demo@contoso.onmicrosoft.com", name: "Omar Demo", id: "4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f84" },
];

const person = (p: DemoPerson) => ({ id: p.id, displayName: p.name, email: p.upn });
const member = (p: DemoPerson, roles?: string[]) => ({ userId: p.id, displayName: p.name, email: p.upn, ...(roles ? { roles } : {}) });

/** Teams data for the demo: the graph server's demo chat, plus the team's channel and its people. */
export const DEMO_PRIVATE_CHANNEL_ID = "19:family-support-north-private@thread.tacv2";
export const DEMO_SHARED_CHANNEL_ID = "19:partnership-shared@thread.tacv2";
/** The partner organisation's tenant and the team of theirs the shared channel is shared with. */
export const PARTNER_TENANT_ID = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
export const PARTNER_TEAM_ID = "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70";

/**
 * Teams data for the demo: the graph server's demo chat, and the team's channels as Teams has them: a
 * standard channel (the team's members), a private channel (a few of them) and a shared channel with a
 * member of the partner's tenant added directly and the partner's own team shared in (indirect members,
 * who only `allMembers` lists). Roles come back as Teams gives them, in either case ("owner", "Owner").
 */
export const TEAMS_DEMO_SEED: TeamsSeed = {
  users: [...(DEMO_TEAMS_SEED.users ?? []).filter((u) => ![ALEX.id, SAM.id].includes(u.id)), person(ALEX), person(SAM), person(COMPOSE_PRACTITIONER), person(MORGAN), person(IG_LEAD), person(CASEY), ...SAMPLE_PRACTITIONERS.slice(1).map(person)],
  chats: DEMO_TEAMS_SEED.chats ?? [],
  channels: [
    {
      teamId: DEMO_TEAM_ID,
      id: DEMO_CHANNEL_ID,
      displayName: "General",
      membershipType: "standard",
      members: [member(ALEX, ["owner"]), member(SAM), member(MORGAN, ["owner"]), ...SAMPLE_PRACTITIONERS.slice(1).map((p) => member(p))],
    },
    {
      teamId: DEMO_TEAM_ID,
      id: DEMO_PRIVATE_CHANNEL_ID,
      displayName: "Case discussion",
      membershipType: "private",
      members: [member(ALEX, ["Owner"]), member(MORGAN, ["Owner"]), member(SAM)],
    },
    {
      teamId: DEMO_TEAM_ID,
      id: DEMO_SHARED_CHANNEL_ID,
      displayName: "Partnership with Harbour",
      membershipType: "shared",
      members: [member(ALEX, ["owner"]), member(MORGAN), { userId: "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a", displayName: "Dee Harbour (Harbour DA service)", email: "dee@harbour-da.org.uk", tenantId: PARTNER_TENANT_ID, roles: ["owner"] }],
      sharedWith: [
        {
          teamId: PARTNER_TEAM_ID,
          tenantId: PARTNER_TENANT_ID,
          members: [{ userId: "8d7c6b5a-4938-4271-8069-5e4d3c2b1a09", displayName: "Kit Outreach (Harbour DA service)", email: "kit@harbour-da.org.uk" }],
        },
      ],
    },
  ],
};

/** The team list's security: practitioners add and read their own; the team's manager reviews; IG has full control. */
export function demoListAccess(): ListAccessInput {
  return {
    readSecurity: 2,
    writeSecurity: 2,
    grants: {
      ...Object.fromEntries([...SAMPLE_PRACTITIONERS, SAM, COMPOSE_PRACTITIONER].map((p) => [p.upn, "add-and-read-own" as const])),
      [MORGAN.upn]: "review",
      [IG_LEAD.upn]: "full-control",
    },
  };
}
