/**
 * Split a comma-separated list of RFC 5322 mailboxes as typed on a command line, keeping commas inside
 * quoted display names and angle brackets (`"Bloggs, Joe" <j@x.uk>, a@b.uk` is two mailboxes).
 * The core parses each mailbox properly; this only finds where one ends.
 */
export function splitAddressList(list: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  let angle = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i]!;
    if (ch === "\\" && quoted && i + 1 < list.length) {
      current += ch + list[++i];
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "<") angle++;
    else if (!quoted && ch === ">" && angle > 0) angle--;
    if ((ch === "," || ch === ";") && !quoted && angle === 0) {
      if (current.trim()) out.push(current.trim());
      current = "";
      continue;
    }
    current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
