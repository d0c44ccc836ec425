/**
 * The demo harness's Teams chat: plays Teams around SafeShare's pages. It shows the chat's members
 * (including a guest and a member of another tenant) and messages as the local Graph server holds them,
 * hosts SafeShare's share tab or the review tab in an iframe (as Teams hosts tabs), lets you switch who
 * is signed in, loads the sample data on demand, and can edit a record behind SafeShare's back to show
 * the review page's tamper check. The chat box posts straight to Graph, unchecked, as in Teams.
 */
import { ALEX, CASEY, DEMO_CHANNEL_ID, DEMO_CHAT_ID, DEMO_SITE_URL, DEMO_TEAM, DEMO_TEAM_ID, MORGAN, SAM } from "./demo-data";
import { demoClient, seedTeamLog, tamperWithARecord } from "./seed-log";

const PEOPLE = [
  { person: ALEX, role: "practitioner" },
  { person: MORGAN, role: "the team's manager" },
  { person: SAM, role: "practitioner, no records yet" },
  { person: CASEY, role: "manager of another team" },
];

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const params = new URLSearchParams(location.search);
let view: "chat" | "review" = params.get("view") === "review" ? "review" : "chat";
let who = params.get("as") ?? ALEX.upn;

function status(text: string): void {
  $("status").textContent = text;
}

function appUrl(): string {
  const common = { host: "demo", as: who, team: DEMO_TEAM, site: DEMO_SITE_URL };
  const q = view === "chat" ? new URLSearchParams({ ...common, chat: DEMO_CHAT_ID }) : new URLSearchParams({ ...common, teamId: DEMO_TEAM_ID, channel: DEMO_CHANNEL_ID });
  return `${view === "chat" ? "teams-share.html" : "review.html"}?${q.toString()}`;
}

function show(): void {
  $("tab-chat").setAttribute("aria-selected", String(view === "chat"));
  $("tab-review").setAttribute("aria-selected", String(view === "review"));
  ($("app") as HTMLIFrameElement).src = appUrl();
}

interface Member {
  displayName?: string;
  email?: string;
  roles?: string[];
  tenantId?: string;
}
interface Message {
  id: string;
  from?: { user?: { displayName?: string } };
  body?: { content?: string };
  createdDateTime?: string;
}

async function refreshChat(): Promise<void> {
  const client = demoClient(who, "teamsClient");
  try {
    const members = (await client.api(`/chats/${encodeURIComponent(DEMO_CHAT_ID)}/members`).get()) as { value: Member[] };
    const home = members.value.find((m) => m.email === ALEX.upn)?.tenantId;
    const list = $("members");
    list.replaceChildren(
      ...members.value.map((m) => {
        const li = document.createElement("li");
        const external = m.roles?.includes("guest") ? " (guest)" : m.tenantId && home && m.tenantId !== home ? " (another organisation)" : "";
        li.textContent = `${m.displayName ?? m.email ?? "?"}${external}`;
        if (external) li.className = "guest";
        return li;
      }),
    );
    const messages = (await client.api(`/chats/${encodeURIComponent(DEMO_CHAT_ID)}/messages`).get()) as { value: Message[] };
    $("messages").replaceChildren(
      ...[...messages.value].reverse().map((m) => {
        const li = document.createElement("li");
        const from = document.createElement("span");
        from.className = "from";
        from.textContent = m.from?.user?.displayName ?? "Someone";
        const body = document.createElement("span");
        // Show the posted HTML as text (never as markup) in the harness.
        body.textContent = (m.body?.content ?? "").replace(/<br>/g, "\n").replace(/<\/p><p>/g, "\n\n").replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
        li.append(from, body);
        return li;
      }),
    );
    $("chat-title").textContent = "Chat: Family support planning";
  } catch {
    $("chat-title").textContent = "Chat unavailable: this person is not in the chat, or the demo's Teams data is not loaded";
    $("members").replaceChildren();
    $("messages").replaceChildren();
  }
}

function init(): void {
  const select = $("who") as HTMLSelectElement;
  for (const p of PEOPLE) {
    const o = document.createElement("option");
    o.value = p.person.upn;
    o.textContent = `${p.person.name} (${p.role})`;
    select.append(o);
  }
  select.value = who;
  select.addEventListener("change", () => {
    who = select.value;
    show();
    void refreshChat();
  });
  $("tab-chat").addEventListener("click", () => {
    view = "chat";
    show();
  });
  $("tab-review").addEventListener("click", () => {
    view = "review";
    show();
  });
  $("seed").addEventListener("click", () => {
    const button = $("seed") as HTMLButtonElement;
    button.disabled = true;
    status("Loading sample data through the real append path…");
    seedTeamLog({ siteUrl: DEMO_SITE_URL, team: DEMO_TEAM, count: Number(params.get("count") ?? 300), now: new Date() }).then(
      (r) => {
        status(`Sample data loaded: ${r.created} records written${r.alreadyPresent ? `, ${r.alreadyPresent} already there` : ""}${r.failed ? `, ${r.failed} failed` : ""}.`);
        button.disabled = false;
        show();
      },
      (e: unknown) => {
        status(`Sample data could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
        button.disabled = false;
      },
    );
  });
  $("tamper").addEventListener("click", () => {
    tamperWithARecord({ siteUrl: DEMO_SITE_URL, team: DEMO_TEAM }).then(
      (id) => {
        status(id ? `Record ${id} was edited outside SafeShare. Open the review tab as the manager.` : "Load the sample data first.");
        if (view === "review") show();
      },
      (e: unknown) => status(`Could not edit a record: ${e instanceof Error ? e.message : String(e)}`),
    );
  });
  $("chatbox").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const input = $("chatinput") as HTMLInputElement;
    const text = input.value.trim();
    if (!text) return;
    demoClient(who, "teamsClient")
      .api(`/chats/${encodeURIComponent(DEMO_CHAT_ID)}/messages`)
      .post({ body: { contentType: "text", content: text } })
      .then(() => {
        input.value = "";
        return refreshChat();
      }, () => status("The message could not be posted."));
  });
  show();
  void refreshChat();
  setInterval(() => void refreshChat(), 3000);
}

init();
