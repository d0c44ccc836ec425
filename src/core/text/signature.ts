import { type Line, isBlankLine, lineText } from "./lines";
import { type SignatureLineKind, classifySignatureLine, hasRoleWord } from "./signature-lines";
import { isThanksLine, matchSignOff } from "./salutations";

/**
 * The sender's signature block at the foot of the new text.
 *
 * Where it starts, in order of preference:
 * 1. After the last sign-off line ("Kind regards,", "Many thanks", "Best wishes, Sarah") that is followed,
 *    to the end of the new text, only by signature-like lines (name, job title, team, organisation, phone,
 *    e-mail, address; a couple of sentences such as "I work Monday to Wednesday" are tolerated when the
 *    block carries contact details). The sign-off itself is NOT part of the signature: it stays in the
 *    text and is segmented with role "sign-off". A name on the sign-off line after a comma or dash
 *    ("Kind regards, Sarah") starts the signature.
 * 2. A short "thanks" sentence ("Thanks for your help with this.") followed by a name and signature lines
 *    only; the sentence stays in the text.
 * 3. A "-- " signature delimiter line, which is part of the signature.
 * 4. Without any of these: a trailing block that starts with a name and carries a phone, e-mail or web
 *    address, or a job title; or a lone name of up to three words on the last line, after a blank line.
 * 5. A closing "Sent from my iPhone" / "Get Outlook for …" line on its own.
 *
 * Only the last 40 non-blank lines are considered, so the work is bounded however long the message is.
 */

/** Where the signature starts: a line index and the offset of its first character. */
export interface SignatureStart {
  line: number;
  offset: number;
}

const WINDOW = 40;
const MAX_BLOCK = 25;

type Mode = "strong" | "weak" | "delimiter";

/**
 * Finds the signature among lines `from`..`to - 1`; `skip(k)` is true for lines already claimed by a
 * disclaimer, which a signature may surround but never includes.
 */
export function findSignatureStart(
  body: string,
  lines: readonly Line[],
  from: number,
  to: number,
  skip: (k: number) => boolean,
): SignatureStart | null {
  // The foot of the text: its last non-blank, non-disclaimer lines, in order.
  const foot: number[] = [];
  for (let k = to - 1; k >= from && foot.length < WINDOW; k--) {
    const l = lines[k];
    if (l !== undefined && !isBlankLine(l) && !skip(k)) foot.push(k);
  }
  foot.reverse();
  if (foot.length === 0) return null;
  const kinds = new Map<number, SignatureLineKind>();
  const kindOf = (k: number): SignatureLineKind => {
    let kind = kinds.get(k);
    if (kind === undefined) {
      const l = lines[k];
      kind = l === undefined ? "rule" : classifySignatureLine(body, l);
      kinds.set(k, kind);
    }
    return kind;
  };
  const blockAfter = (idx: number): SignatureLineKind[] => foot.slice(idx + 1).map(kindOf);

  // 1 and 2: sign-offs, the last one that works.
  for (let idx = foot.length - 1; idx >= 0; idx--) {
    const k = foot[idx];
    const line = k === undefined ? undefined : lines[k];
    if (k === undefined || line === undefined) continue;
    const signOff = matchSignOff(body, line.contentStart, line.contentEnd);
    if (signOff !== null) {
      const block = blockAfter(idx);
      if (signOff.nameStart !== undefined) {
        block.unshift("name");
        if (validBlock(block, "strong")) return { line: k, offset: signOff.nameStart };
      } else if (validBlock(block, "strong")) {
        return firstOf(lines, foot[idx + 1]);
      }
      continue;
    }
    if (isThanksLine(body, line.contentStart, line.contentEnd) && validBlock(blockAfter(idx), "weak")) {
      return firstOf(lines, foot[idx + 1]);
    }
  }

  // 3: the "-- " delimiter.
  for (let idx = foot.length - 1; idx >= 0; idx--) {
    const k = foot[idx];
    const line = k === undefined ? undefined : lines[k];
    if (k === undefined || line === undefined) continue;
    const t = lineText(body, line, 10);
    if ((t === "--" || t === "---") && validBlock(blockAfter(idx), "delimiter")) return { line: k, offset: line.contentStart };
  }

  // 4: a trailing name-and-contact block, bottom up.
  let top = foot.length;
  while (top > 0) {
    const k = foot[top - 1];
    if (k === undefined) break;
    const kind = kindOf(k);
    if (kind !== "name" && kind !== "contact" && kind !== "label" && kind !== "rule") break;
    top--;
  }
  for (let idx = top; idx < foot.length; idx++) {
    const k = foot[idx];
    if (k === undefined) continue;
    if (kindOf(k) !== "name") continue;
    const rest = foot.slice(idx + 1);
    const hasContact = rest.some((r) => kindOf(r) === "contact");
    const hasRole = rest.some((r) => {
      const l = lines[r];
      const kind = kindOf(r);
      return l !== undefined && (kind === "label" || kind === "name") && hasRoleWord(lineText(body, l, 120));
    });
    if (rest.length >= 1 && rest.length < MAX_BLOCK && (hasContact || hasRole)) return firstOf(lines, k);
    break;
  }

  // 4b: a lone name on the last line, after a blank line, under other text ("…on 2 April.\n\nJas").
  const lastIdx = foot.length - 1;
  const loneK = foot[lastIdx];
  const loneLine = loneK === undefined ? undefined : lines[loneK];
  if (loneK !== undefined && loneLine !== undefined && lastIdx >= 1 && kindOf(loneK) === "name") {
    const above = lines[loneK - 1];
    const words = lineText(body, loneLine, 60).split(/\s+/u).length;
    if (words <= 3 && above !== undefined && isBlankLine(above)) return { line: loneK, offset: loneLine.contentStart };
  }

  // 5: "Sent from my iPhone".
  const lastK = foot[foot.length - 1];
  const lastLine = lastK === undefined ? undefined : lines[lastK];
  if (lastK !== undefined && lastLine !== undefined) {
    const t = lineText(body, lastLine, 60).toLowerCase();
    if (t.startsWith("sent from my ") || t.startsWith("get outlook for ") || t.startsWith("sent from outlook") ||
      t.startsWith("sent from mail for") || t.startsWith("sent from samsung")) {
      return { line: lastK, offset: lastLine.contentStart };
    }
  }
  return null;
}

function firstOf(lines: readonly Line[], k: number | undefined): SignatureStart | null {
  const l = k === undefined ? undefined : lines[k];
  return k === undefined || l === undefined ? null : { line: k, offset: l.contentStart };
}

/** Whether the lines after a sign-off (or delimiter) can all belong to a signature. */
function validBlock(all: readonly SignatureLineKind[], mode: Mode): boolean {
  const kinds = all.filter((k) => k !== "rule");
  const n = kinds.length;
  const first = kinds[0];
  if (first === undefined || n > MAX_BLOCK) return false;
  if (kinds.includes("list") || kinds.includes("data")) return false;
  if (first === "prose") return false;
  const prose = kinds.filter((k) => k === "prose").length;
  if (mode === "weak") return first === "name" && prose === 0;
  if (mode === "delimiter") return prose <= 3;
  const hasContact = kinds.includes("contact");
  // Signatures often carry a line or two of prose ("I work Monday to Wednesday.", "Safeguarding is
  // everyone's responsibility"); allow them only when the block is clearly a signature.
  const allowed = hasContact ? (first === "name" ? Math.max(2, Math.floor(n / 3)) : 2) : first === "name" && n >= 3 ? 1 : 0;
  return prose <= allowed;
}
