/**
 * Finding a practitioner by name for the review's filter and supervision pack: the team's roster (display
 * name, then address) and anyone else seen in the records, matched on what the manager types.
 */

/** Someone whose records can be looked for: the team's roster and everyone with a record loaded. */
export interface Person {
  readonly upn: string;
  readonly name: string;
}

/** The roster, then anyone else seen in the records (by address), each once, by name. */
export function peopleToPick(roster: readonly Person[], seen: Iterable<string>): Person[] {
  const byUpn = new Map<string, Person>();
  for (const p of roster) byUpn.set(p.upn.toLowerCase(), { upn: p.upn.toLowerCase(), name: p.name.trim() || p.upn });
  for (const upn of seen) if (!byUpn.has(upn.toLowerCase())) byUpn.set(upn.toLowerCase(), { upn: upn.toLowerCase(), name: upn.toLowerCase() });
  return [...byUpn.values()].sort((a, b) => a.name.localeCompare(b.name) || a.upn.localeCompare(b.upn));
}

/** The people whose name or address contains every word typed ("omar", "Omar D", "omar.demo@"), case-insensitively. */
export function matchPeople(text: string, people: readonly Person[]): Person[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...people];
  return people.filter((p) => {
    const hay = `${p.name} ${p.upn}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** What a typed practitioner means: anyone (nothing typed), one person, nobody known, or several to choose from. */
export type PractitionerChoice = { kind: "anyone" } | { kind: "one"; person: Person } | { kind: "none" } | { kind: "several"; people: Person[] };

/**
 * The practitioner a manager means by what they typed or picked: an exact name or address wins; else the
 * only person matching; a full sign-in address not (yet) in the list is taken as typed, since a leaver's
 * records stay in the log after they leave the team.
 */
export function resolvePractitioner(text: string, people: readonly Person[]): PractitionerChoice {
  const t = text.trim().toLowerCase();
  if (!t) return { kind: "anyone" };
  const exact = people.filter((p) => p.upn === t || p.name.toLowerCase() === t);
  if (exact.length === 1) return { kind: "one", person: exact[0] as Person };
  const found = exact.length > 1 ? exact : matchPeople(t, people);
  if (found.length === 1) return { kind: "one", person: found[0] as Person };
  if (found.length > 1) return { kind: "several", people: found };
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t) ? { kind: "one", person: { upn: t, name: t } } : { kind: "none" };
}

/** The problem with a practitioner choice, in plain English, or undefined when it can be applied. */
export function practitionerProblem(choice: PractitionerChoice, typed: string): string | undefined {
  if (choice.kind === "none") return `Nobody in this team is called “${typed.trim()}”: choose from the list, or type their full sign-in address.`;
  if (choice.kind === "several") return `“${typed.trim()}” matches ${choice.people.length} people (${choice.people.slice(0, 3).map((p) => p.name).join(", ")}${choice.people.length > 3 ? ", …" : ""}): choose one from the list.`;
  return undefined;
}
