import type { CheckResult, SentenceResult } from "../core/check/result";
import type { MessageInput } from "../core/check/message";
import { allAttachmentResults } from "../core/attachments/check-attachment";

/**
 * The readable report of `safeshare check`: what the task pane would show, as text. Cue words are
 * marked with [brackets] so the report reads the same in a terminal, a log file or an email.
 */
export function formatReport(result: CheckResult, _context: { message: MessageInput }): string {
  const out: string[] = [];
  out.push(result.verdict === "review" ? "VERDICT: REVIEW — record a decision before this is shared" : "VERDICT: PASS");
  for (const reason of result.verdictReasons) out.push(`  - ${reason}`);
  out.push("");

  out.push(`Recipients (${result.recipients.length})`);
  if (!result.recipients.length) out.push("  (none given)");
  for (const r of result.recipients) {
    out.push(`  ${r.field.padEnd(3)} ${r.address}  [${r.class}]`);
    for (const reason of r.reasons) out.push(`        ${reason}`);
  }
  out.push("");

  const flagged = result.sentences.filter((s) => s.flags.length > 0 || s.kind !== "fact");
  const counts = { fact: 0, opinion: 0, reported: 0 };
  for (const s of result.sentences) counts[s.kind]++;
  out.push(`Sentences: ${result.sentences.length} (${counts.fact} fact, ${counts.opinion} opinion, ${counts.reported} reported)`);
  for (const s of flagged) {
    out.push(`  ${s.kind.toUpperCase()}${s.flags.length ? ` (${s.flags.join(", ")})` : ""}: ${marked(s)}`);
    for (const cue of s.cues) out.push(`        '${cue.text}': ${cue.why}`);
  }
  out.push("");

  if (result.identifiers.length) {
    out.push(`Personal identifiers (${result.identifiers.length})`);
    for (const i of result.identifiers) out.push(`  ${i.type}: ${i.text}${i.quoted ? " (in the quoted reply)" : ""}`);
    out.push("");
  }
  if (result.specialCategory.length) {
    out.push(`Special category information (${result.specialCategory.length})`);
    for (const s of result.specialCategory) out.push(`  ${s.category}: ${s.text}${s.quoted ? " (in the quoted reply)" : ""}`);
    out.push("");
  }
  if (result.acronyms.length) {
    out.push(`Acronyms not spelled out (${result.acronyms.length})`);
    for (const a of result.acronyms) out.push(`  ${a.text}${a.expansion ? ` = ${a.expansion}` : ""}`);
    out.push("");
  }
  for (const file of allAttachmentResults(result.attachmentContents ?? [])) {
    out.push(`Attachment: ${file.name}`);
    if (file.message) out.push(`  ${file.message}`);
    else if (!file.identifiers.length && !file.caseContent.length && !file.specialCategory.length) out.push("  nothing about anyone found");
    for (const i of file.identifiers) out.push(`  ${i.type}: ${i.text} (${i.where})`);
    for (const c of file.caseContent) out.push(`  about ${c.person ? `'${c.person}'` : "a case"}: ${c.about}, '${c.said}' (${c.where})`);
    for (const c of file.specialCategory) out.push(`  ${c.category}: ${c.text} (${c.where})`);
    out.push("");
  }
  if (result.skipped.length) {
    out.push("Not labelled (not written in this message)");
    for (const s of result.skipped) out.push(`  ${s.reason}: characters ${s.start}–${s.end}`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** The sentence with each cue in [brackets]. */
function marked(s: SentenceResult): string {
  let text = "";
  let at = s.start;
  for (const cue of s.cues) {
    if (cue.start < at) continue;
    text += s.text.slice(at - s.start, cue.start - s.start) + `[${s.text.slice(cue.start - s.start, cue.end - s.start)}]`;
    at = cue.end;
  }
  return (text + s.text.slice(at - s.start)).replace(/\s+/g, " ");
}
