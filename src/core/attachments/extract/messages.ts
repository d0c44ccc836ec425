import type { AttachmentFormat, ExtractLimits, UnreadableAttachment, UnreadableReason } from "../types";
import type { StopDetail } from "./context";

/** What a practitioner calls each kind of file. */
const FORMAT_WORDS: Record<AttachmentFormat, string> = {
  txt: "a text file",
  csv: "a CSV file",
  rtf: "a Rich Text document",
  docx: "a Word document",
  xlsx: "an Excel spreadsheet",
  pptx: "a PowerPoint presentation",
  odt: "an OpenDocument text file",
  pdf: "a PDF",
  eml: "an email",
  msg: "an Outlook email",
};

/** The file's name in curly quotes, as the practitioner saw it (a missing name said plainly). */
export function quoted(name: string): string {
  const n = name.trim();
  return n.length > 0 ? `“${n}”` : "the unnamed attachment";
}

const CHECK_IT = "check what it contains before you send it";

/** Megabytes, rounded for people (0.4 MB, 3 MB, 27 MB). */
function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb < 1 ? `${Math.max(0.1, Math.round(mb * 10) / 10)} MB` : `${Math.round(mb)} MB`;
}

/** What some sentences say besides the file's name: the finer cause, the file's size and the cap. */
export interface MessageOptions {
  readonly detail?: StopDetail | undefined;
  readonly size?: number;
  readonly limits?: Pick<ExtractLimits, "maxFileBytes">;
}

/** One plain sentence naming the file, for each reason (and its detail). */
export function messageFor(
  reason: UnreadableReason,
  name: string,
  format: AttachmentFormat | "image" | "unknown",
  options: MessageOptions = {},
): string {
  const text = sentenceFor(reason, name, format, options);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentenceFor(
  reason: UnreadableReason,
  name: string,
  format: AttachmentFormat | "image" | "unknown",
  options: MessageOptions,
): string {
  const file = quoted(name);

  switch (reason) {
    case "image":
      return `SafeShare cannot read pictures, so it has not checked ${file}: check what it shows before you send it.`;
    case "scanned":
      return `${file} is a scan with no text SafeShare can read, so it has not been checked: ${CHECK_IT}.`;
    case "encrypted":
      return `${file} is password-protected, so SafeShare cannot read it: ${CHECK_IT}.`;
    case "unsupported":
      return unsupportedMessage(file, format, options.detail);
    case "too-large":
      if (options.detail === "inner-count")
        return `SafeShare reads the first 50 attachments of an attached email, so it has not checked ${file}: ${CHECK_IT}.`;
      if (options.size !== undefined && options.limits)
        return `${file} is too large for SafeShare to read (${megabytes(options.size)}; it reads files up to ${megabytes(options.limits.maxFileBytes)}), so it has not been checked: ${CHECK_IT}.`;
      return `${file} holds more than SafeShare reads of one file, so it has not been checked: ${CHECK_IT}.`;
    case "malformed":
      if (format === "image" || format === "unknown") return `${file} looks damaged, so SafeShare could not read it: ${CHECK_IT}.`;
      return `${file} looks damaged or is not ${FORMAT_WORDS[format]} as its name says, so SafeShare could not read it: ${CHECK_IT}.`;
    case "bomb":
      return bombMessage(file, options.detail);
    case "timeout":
      return `SafeShare ran out of time reading ${file}, so it has not been checked: ${CHECK_IT}.`;
  }
}

function unsupportedMessage(file: string, format: AttachmentFormat | "image" | "unknown", detail: StopDetail | undefined): string {
  switch (detail) {
    case "legacy-doc":
      return `SafeShare cannot read old-style Word documents (.doc), so it has not checked ${file}: ${CHECK_IT}, or save it as .docx and attach that.`;
    case "legacy-xls":
      return `SafeShare cannot read old-style Excel spreadsheets (.xls), so it has not checked ${file}: ${CHECK_IT}, or save it as .xlsx and attach that.`;
    case "legacy-ppt":
      return `SafeShare cannot read old-style PowerPoint files (.ppt), so it has not checked ${file}: ${CHECK_IT}, or save it as .pptx and attach that.`;
    case "zip":
      return `SafeShare cannot read inside zip archives, so it has not checked ${file}: ${CHECK_IT}.`;
    case "opendocument-other":
      return `SafeShare reads OpenDocument text files but not spreadsheets or presentations, so it has not checked ${file}: ${CHECK_IT}.`;
    case "msg":
      return `SafeShare cannot read saved Outlook messages (.msg) yet, so it has not checked ${file}: ${CHECK_IT}, or forward that email as an attachment instead.`;
    case "depth-limit":
      return `${file} is attached to an attached email, and SafeShare reads only one level of attachments, so it has not been checked: ${CHECK_IT}.`;
    default:
      return format === "pdf"
        ? `SafeShare cannot read PDFs here yet, so it has not checked ${file}: ${CHECK_IT}.`
        : `SafeShare cannot read this type of file, so it has not checked ${file}: ${CHECK_IT}.`;
  }
}

function bombMessage(file: string, detail: StopDetail | undefined): string {
  switch (detail) {
    case "entity":
    case "depth":
      return `${file} is built in a way that could overload the computer reading it (nested too deeply or expanding itself), so SafeShare has not opened it: check where it came from before you send it.`;
    case "entries":
      return `${file} holds far more parts than a real document, so SafeShare has not opened it: check where it came from before you send it.`;
    default:
      return `${file} expands to far more than its size, as harmful files do, so SafeShare has not opened it: check where it came from before you send it.`;
  }
}

/** An unreadable result with its sentence (the same arguments as `messageFor`). */
export function unreadable(...args: Parameters<typeof messageFor>): UnreadableAttachment {
  const [reason, , format] = args;
  return { kind: "unreadable", format, reason, message: messageFor(...args) };
}
