import { makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../../core/check/result";

/** One line of "who it is about": a person and what the message says of them. */
export interface PersonLine {
  readonly person: string;
  /** What kinds of information, in the order found ("contact and living arrangements", "a case record"). */
  readonly about: readonly string[];
  /** Where it was found when not the body ("in the subject", "in a file name"). */
  readonly where?: string;
}

/**
 * The people a check found the message to be about, one line each, and the files named as case records
 * (pure; exported for tests). Pronouns are folded into the person the sentence names best, so "she" is
 * never a line of its own when a name is there.
 */
export function peopleLines(result: Pick<CheckResult, "caseContent">, attachments: readonly { name: string }[] = []): PersonLine[] {
  const lines = new Map<string, { person: string; about: string[]; where?: string }>();
  for (const f of result.caseContent) {
    const person = f.person || (f.in === "attachment" ? `the file '${attachments[f.attachment ?? -1]?.name ?? f.said}'` : f.said);
    const key = person.toLowerCase().replace(/'s$/, "");
    const line = lines.get(key) ?? { person: person.replace(/'s$/, ""), about: [] };
    const about = f.about.replace(/^special category information \((.+)\)$/, "$1").replace(/^safeguarding term: (\S+).*$/, "$1");
    if (!line.about.includes(about)) line.about.push(about);
    if (f.in === "subject" && !line.where) line.where = "in the subject";
    if (f.in === "attachment" && f.person && !line.where) line.where = "in a file name";
    lines.set(key, line);
  }
  return [...lines.values()];
}

export interface PeopleSummaryProps {
  readonly result: Pick<CheckResult, "caseContent" | "closeCalls" | "verdict">;
  /** The message's attachments, to name a file that is a case record. */
  readonly attachments?: readonly { name: string }[];
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  person: { fontWeight: tokens.fontWeightSemibold },
  label: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/**
 * Who the message is about and what it says of them, as SafeShare read it; for a pass that was close,
 * why it still passed. Nothing here when the message names nobody and nothing was close.
 */
export function PeopleSummary({ result, attachments }: PeopleSummaryProps) {
  const s = useStyles();
  const lines = peopleLines(result, attachments);
  const close = result.verdict === "pass" ? result.closeCalls : [];
  if (!lines.length && !close.length) return null;
  return (
    <section className={s.root} aria-label="Who it is about" data-testid="people-summary">
      {lines.length > 0 && <p className={s.label}>Who it is about, as SafeShare read it:</p>}
      {lines.length > 0 && (
        <ul className={s.list}>
          {lines.map((l) => (
            <li key={l.person}>
              <span className={s.person}>{l.person}</span>
              {l.where ? ` (${l.where})` : ""}: {l.about.join(", ")}
            </li>
          ))}
        </ul>
      )}
      {close.map((c) => (
        <p key={c} className={s.muted}>
          {c}
        </p>
      ))}
    </section>
  );
}
