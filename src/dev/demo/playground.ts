/**
 * The demo harness's message-check page: type an email, see what SafeShare sees. It runs the same core
 * `checkMessage` the on-send handler and the task pane run, in the browser, with nothing sent anywhere.
 */
import { checkMessage } from "../../core/check/check-message";
import { MessageInputSchema } from "../../core/check/message";
import type { CheckResult, SentenceResult } from "../../core/check/result";
import { defaultPolicy } from "../../core/policy/policy";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function addresses(value: string): string[] {
  return value.split(/[;\n]/).map((a) => a.trim()).filter(Boolean);
}

function el(tag: string, text?: string, className?: string): HTMLElement {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

function sentenceView(s: SentenceResult): HTMLElement {
  const li = el("li", undefined, `sentence ${s.kind}`);
  li.append(el("strong", `${s.kind}${s.flags.length ? ` (${s.flags.join(", ")})` : ""}: `));
  let at = s.start;
  for (const cue of s.cues) {
    if (cue.start < at) continue;
    li.append(document.createTextNode(s.text.slice(at - s.start, cue.start - s.start)));
    const mark = el("mark", s.text.slice(cue.start - s.start, cue.end - s.start));
    mark.title = cue.why;
    li.append(mark);
    at = cue.end;
  }
  li.append(document.createTextNode(s.text.slice(at - s.start)));
  return li;
}

function render(result: CheckResult): void {
  const out = $("result");
  out.replaceChildren();
  const banner = el("p", result.verdict === "review" ? "Needs a decision before it is shared" : "No decision needed", `verdict ${result.verdict}`);
  banner.setAttribute("role", "status");
  out.append(banner);
  const reasons = el("ul");
  for (const r of result.verdictReasons) reasons.append(el("li", r));
  out.append(reasons, el("h2", "Recipients"));
  const rec = el("ul");
  for (const r of result.recipients) {
    const li = el("li", `${r.address} — ${r.class}`);
    if (r.reasons.length) li.append(el("div", r.reasons.join(" "), "why"));
    rec.append(li);
  }
  out.append(rec, el("h2", "Sentences"));
  const sentences = el("ol");
  for (const s of result.sentences) sentences.append(sentenceView(s));
  out.append(sentences, el("h2", "Identifiers, special category, acronyms"));
  const found = el("ul");
  for (const i of result.identifiers) found.append(el("li", `${i.type}: ${i.text}${i.quoted ? " (quoted reply)" : ""}`));
  for (const s of result.specialCategory) found.append(el("li", `${s.category}: ${s.text}`));
  for (const a of result.acronyms) found.append(el("li", `${a.text}${a.expansion ? ` = ${a.expansion}` : ""}`));
  out.append(found);
}

function run(): void {
  const orgDomains = addresses($<HTMLInputElement>("org").value);
  const message = MessageInputSchema.parse({
    from: $<HTMLInputElement>("from").value || undefined,
    to: addresses($<HTMLInputElement>("to").value),
    cc: addresses($<HTMLInputElement>("cc").value),
    subject: $<HTMLInputElement>("subject").value,
    body: $<HTMLTextAreaElement>("body").value,
  });
  const started = performance.now();
  const result = checkMessage(message, { policy: defaultPolicy(orgDomains), senderDomainIsInternal: orgDomains.length === 0 });
  $("timing").textContent = `Checked on this device in ${(performance.now() - started).toFixed(1)} ms.`;
  render(result);
}

$("check").addEventListener("click", run);
run();
