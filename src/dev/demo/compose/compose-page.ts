/**
 * The Outlook compose simulator (assets/compose.html): To / Cc / Bcc, Subject, a plain-text body and a
 * Send button, over the fake `Office` in fake-office.ts. On load it fetches the demo configuration, sets
 * the fake `Office` global and loads the real `onsend.js`, which registers its handlers as in Outlook.
 * Send runs the handler; a held message shows the Smart Alerts dialog, whose button opens the real task
 * pane (compose-pane.html, in the side panel) with the dialog's `contextData`. The pane's "Record and
 * send" calls `item.sendAsync`, which runs the handler again and completes the send.
 */
import { type CompletedOptions, type ComposeState, createFakeOffice, type DemoAttachment, type DemoRecipient, RECIPIENTS_ACTION, recipientTypeFor, SEND_ACTION } from "./fake-office";
import { DEMO_SENDER, SAMPLES } from "./samples";

/** What /demo-config.json gives the page. */
export interface DemoConfig {
  /** The task pane's configuration (see src/outlook/taskpane/start-pane.tsx). */
  pane: { graphUrl: string; [key: string]: unknown };
  /** For the page's decision-log view, through the /graph proxy. */
  log: { siteId: string; listId: string; token: string } | null;
}

/** Shared with the pane iframe (same origin). */
export interface DemoBridge {
  office: Record<string, unknown>;
  paneConfig: unknown;
}

declare global {
  interface Window {
    SafeShareDemo?: DemoBridge;
  }
}

const $ = <T extends HTMLElement>(id: string): T => {
  const e = document.getElementById(id);
  if (!e) throw new Error(`missing #${id}`);
  return e as T;
};

/** `Name <a@b>; c@d` → recipients. */
export function parseRecipients(text: string, from: string): DemoRecipient[] {
  return text
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /^(.*?)\s*<([^>]+)>$/.exec(s);
      const address = (m ? m[2] : s)?.trim() ?? s;
      const name = (m ? m[1]?.replace(/^"|"$/g, "").trim() : "") || address;
      return { emailAddress: address, displayName: name, recipientType: recipientTypeFor(address, from) };
    });
}

function recipientsText(list: readonly DemoRecipient[]): string {
  return list.map((r) => (r.displayName && r.displayName !== r.emailAddress ? `${r.displayName} <${r.emailAddress}>` : r.emailAddress)).join("; ");
}

/** Bytes as base64, as Outlook's getAttachmentContentAsync gives a file (in chunks: a big file overflows the call stack otherwise). */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A file the practitioner picked, attached as Outlook attaches it. */
async function attachmentOf(file: File): Promise<DemoAttachment> {
  return { name: file.name, size: file.size, attachmentType: "file", content: base64Of(new Uint8Array(await file.arrayBuffer())) };
}

/** A sample's attachment: one of the fictional files in assets/samples, under the name the sample gives it. */
async function sampleAttachment(name: string, sample: string): Promise<DemoAttachment> {
  const res = await fetch(`samples/${encodeURIComponent(sample)}`);
  if (!res.ok) throw new Error(`the sample file ${sample} is missing`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { name, size: bytes.length, attachmentType: "file", content: base64Of(bytes) };
}

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function emptyState(): ComposeState {
  return { from: DEMO_SENDER, to: [], cc: [], bcc: [], subject: "", body: "", headers: {}, session: {}, customProperties: {}, notices: {} };
}

async function main(): Promise<void> {
  const config = (await (await fetch("demo-config.json")).json()) as DemoConfig;
  const state = emptyState();
  const fields = { to: $<HTMLInputElement>("to"), cc: $<HTMLInputElement>("cc"), bcc: $<HTMLInputElement>("bcc") };
  const subject = $<HTMLInputElement>("subject");
  const attached = $<HTMLUListElement>("attachments");
  const attachFile = $<HTMLInputElement>("attach-file");
  const body = $<HTMLTextAreaElement>("body");
  const status = $("status");
  const dialog = $<HTMLDialogElement>("alert");
  const pane = $("pane");
  const frame = $<HTMLIFrameElement>("pane-frame");
  let sent = false;

  const say = (text: string) => (status.textContent = text);
  const toForm = () => {
    fields.to.value = recipientsText(state.to);
    fields.cc.value = recipientsText(state.cc);
    fields.bcc.value = recipientsText(state.bcc);
    subject.value = state.subject;
    attached.replaceChildren(
      ...(state.attachments ?? []).map((a, i) => {
        const li = document.createElement("li");
        li.dataset.testid = "attachment";
        const remove = document.createElement("button");
        remove.type = "button";
        remove.textContent = "×";
        remove.setAttribute("aria-label", `Remove ${a.name}`);
        remove.disabled = sent;
        remove.addEventListener("click", () => {
          state.attachments = (state.attachments ?? []).filter((_, k) => k !== i);
          toForm();
        });
        li.append(`${a.name} (${sizeText(a.size)})`, remove);
        return li;
      }),
    );
    attachFile.disabled = sent;
    body.value = state.body;
  };
  const fromForm = () => {
    state.to = parseRecipients(fields.to.value, state.from);
    state.cc = parseRecipients(fields.cc.value, state.from);
    state.bcc = parseRecipients(fields.bcc.value, state.from);
    state.subject = subject.value;
    state.body = body.value;
  };
  const showNotices = (notices: ComposeState["notices"]) => {
    const bar = $("notices");
    bar.replaceChildren(
      ...Object.values(notices).map((n) => {
        const p = document.createElement("p");
        p.className = `notice ${n.type}`;
        p.textContent = n.message;
        return p;
      }),
    );
  };

  const office = createFakeOffice(state, {
    itemChanged: () => toForm(),
    noticesChanged: showNotices,
    sendRequested: () => send("pane"),
  });
  (window as unknown as { Office: unknown }).Office = office.Office;
  window.SafeShareDemo = { office: office.Office, paneConfig: config.pane };

  const runHandler = (id: string): Promise<CompletedOptions | undefined> =>
    new Promise((resolve, reject) => {
      const handler = office.handlers.get(id);
      if (!handler) return reject(new Error("The SafeShare on-send script (onsend.js) is not loaded."));
      let done = false;
      const slow = setTimeout(() => !done && say("SafeShare is taking longer than expected…"), 5000);
      handler({
        completed(options) {
          if (done) return;
          done = true;
          clearTimeout(slow);
          resolve(options);
        },
      });
    });

  async function send(source: "button" | "pane"): Promise<{ sent: boolean; error?: string }> {
    if (sent) return { sent: false, error: "Already sent." };
    if (source === "button") fromForm();
    say("Sending… SafeShare is checking the email.");
    let options: CompletedOptions | undefined;
    try {
      options = await runHandler(SEND_ACTION);
    } catch (error) {
      say(error instanceof Error ? error.message : String(error));
      return { sent: false, error: String(error) };
    }
    if (options?.allowEvent === false) {
      say("Not sent: SafeShare held the email.");
      showAlert(options);
      return { sent: false, error: options.errorMessage ?? "held" };
    }
    markSent();
    return { sent: true };
  }

  function showAlert(options: CompletedOptions) {
    $("alert-text").textContent = options.errorMessage ?? "";
    const open = $<HTMLButtonElement>("alert-open");
    open.textContent = options.cancelLabel ?? "Review in SafeShare";
    open.hidden = !options.commandId;
    open.onclick = () => {
      dialog.close();
      openPane(options.contextData);
    };
    dialog.showModal();
  }

  function openPane(contextData?: string) {
    office.setInitializationContext(contextData);
    pane.hidden = false;
    frame.src = `compose-pane.html?t=${Date.now()}`;
    frame.focus();
  }

  function markSent() {
    sent = true;
    say("Sent.");
    for (const e of [fields.to, fields.cc, fields.bcc, subject, body]) e.readOnly = true;
    $<HTMLButtonElement>("send").disabled = true;
    $<HTMLButtonElement>("reply").disabled = false;
    const li = document.createElement("li");
    li.dataset.decision = state.headers["x-safeshare-decision"] ?? "";
    li.textContent = `${state.subject || "(no subject)"} → ${[...state.to, ...state.cc, ...state.bcc].map((r) => r.emailAddress).join(", ")}${
      state.headers["x-safeshare-decision"] ? ` · x-safeshare-decision: ${state.headers["x-safeshare-decision"]}` : " · no SafeShare header"
    }`;
    $("sent").prepend(li);
    void refreshLog();
  }

  /**
   * A reply to the email just sent, as Outlook makes one: the same recipients, "RE:" and the sent text
   * quoted under an empty new part, and the conversation's id (a new message has none).
   */
  function reply() {
    const conversationId = state.conversationId ?? `AAQkADemo${Date.now().toString(36)}`;
    const to = state.to.concat(state.cc);
    const quoted = ["", "", "-----Original Message-----", `From: ${state.from}`, `To: ${recipientsText(to)}`, `Subject: ${state.subject}`, "", state.body].join("\n");
    const subjectLine = /^re:/i.test(state.subject) ? state.subject : `RE: ${state.subject}`;
    Object.assign(state, emptyState(), { to, subject: subjectLine, body: quoted, conversationId });
    sent = false;
    for (const e of [fields.to, fields.cc, fields.bcc, subject, body]) e.readOnly = false;
    $<HTMLButtonElement>("send").disabled = false;
    $<HTMLButtonElement>("reply").disabled = true;
    pane.hidden = true;
    frame.src = "about:blank";
    showNotices({});
    toForm();
    say("Replying.");
  }

  async function reset(sample?: (typeof SAMPLES)[number]) {
    $<HTMLButtonElement>("reply").disabled = true;
    // A new message is in no conversation yet (Object.assign below would keep a reply's id).
    delete state.conversationId;
    const attachments = await Promise.all((sample?.attachments ?? []).map((a) => sampleAttachment(a.name, a.sample)));
    Object.assign(state, emptyState(), sample ? { to: parseRecipients(sample.to, DEMO_SENDER), cc: parseRecipients(sample.cc, DEMO_SENDER), bcc: parseRecipients(sample.bcc, DEMO_SENDER), subject: sample.subject, body: sample.body, attachments } : {});
    sent = false;
    for (const e of [fields.to, fields.cc, fields.bcc, subject, body]) e.readOnly = false;
    $<HTMLButtonElement>("send").disabled = false;
    pane.hidden = true;
    frame.src = "about:blank";
    showNotices({});
    toForm();
    say(sample ? `Loaded: ${sample.label}` : "New message.");
  }

  async function refreshLog() {
    if (!config.log) return;
    const { siteId, listId, token } = config.log;
    try {
      const res = await fetch(`graph/v1.0/sites/${encodeURIComponent(siteId)}/lists/${listId}/items?$expand=fields&$top=20`, { headers: { authorization: `Bearer ${token}` } });
      const data = (await res.json()) as { value?: { id: string; fields?: Record<string, unknown> }[] };
      const rows = (data.value ?? []).map((item) => {
        const f = item.fields ?? {};
        const tr = document.createElement("tr");
        tr.dataset.recordId = String(f.RecordId ?? "");
        for (const v of [f.RecordId, f.DecisionTime, f.Decision, f.Recommendation, f.PurposeKind, f.MessageRef]) {
          const td = document.createElement("td");
          td.textContent = v === undefined || v === null ? "" : String(v);
          tr.append(td);
        }
        return tr;
      });
      $("log-rows").replaceChildren(...rows);
    } catch {
      // The log view is a convenience; the pane shows the outbox state.
    }
  }

  // Wire up the page.
  const select = $<HTMLSelectElement>("sample");
  for (const s of SAMPLES) select.append(new Option(s.label, s.id));
  $("load").addEventListener("click", () => void reset(SAMPLES.find((s) => s.id === select.value)).catch((e: unknown) => say(`Could not load the sample: ${e instanceof Error ? e.message : String(e)}`)));
  $("new").addEventListener("click", () => void reset());
  attachFile.addEventListener("change", () => {
    const files = [...(attachFile.files ?? [])];
    attachFile.value = "";
    void Promise.all(files.map(attachmentOf)).then((added) => {
      state.attachments = [...(state.attachments ?? []), ...added];
      toForm();
      say(`Attached ${added.map((a) => a.name).join(", ")}.`);
    });
  });
  $("send").addEventListener("click", () => void send("button"));
  $("reply").addEventListener("click", reply);
  $("open-pane").addEventListener("click", () => {
    fromForm();
    openPane(undefined);
  });
  $("alert-cancel").addEventListener("click", () => dialog.close());
  $("refresh-log").addEventListener("click", () => void refreshLog());
  for (const input of Object.values(fields)) {
    input.addEventListener("change", () => {
      fromForm();
      if (office.handlers.has(RECIPIENTS_ACTION)) void runHandler(RECIPIENTS_ACTION).catch(() => undefined);
    });
  }
  for (const input of [subject, body]) input.addEventListener("input", fromForm);

  // Load the real on-send bundle into this page, as Outlook loads it into its event runtime.
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement("script");
    script.src = "onsend.js";
    script.onload = () => resolve();
    script.onerror = () => reject(new Error("onsend.js did not load"));
    document.head.append(script);
  });
  await reset(SAMPLES[0]);
  void refreshLog();
  document.body.dataset.ready = "true";
}

void main().catch((error: unknown) => {
  const status = document.getElementById("status");
  if (status) status.textContent = `The demo could not start: ${error instanceof Error ? error.message : String(error)}`;
});
