import { makeStyles, MessageBar, MessageBarBody, ProgressBar, tokens } from "@fluentui/react-components";
import type { AttachmentContentResult } from "../../core/attachments/check-attachment";
import type { AttachmentMismatch } from "../../core/attachments/mismatch";
import { type AttachmentReading, attachmentViews, readingText } from "./attachment-lines";

export interface AttachmentFindingsProps {
  /** What the check found in each attachment (absent until read). */
  readonly contents?: readonly AttachmentContentResult[];
  readonly mismatches?: readonly AttachmentMismatch[];
  /** Reading in progress, done, or not possible in this client. */
  readonly reading?: AttachmentReading;
  /** "Outlook" or "Teams", for the sentence when the host cannot give the contents. */
  readonly host?: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  file: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  line: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/**
 * What is inside each attachment, read on this device: a progress bar while reading (files can take a
 * second or two), then one entry per file — what it carries (identifiers with where they are), who it is
 * about, special category information — or why it could not be read, and the wrong-attachment warning.
 */
export function AttachmentFindings({ contents, mismatches, reading, host = "Outlook" }: AttachmentFindingsProps) {
  const s = useStyles();
  const views = contents ? attachmentViews(contents, mismatches) : [];
  if (!reading && !views.length) return null;
  return (
    <section className={s.root} aria-labelledby="attachments-heading" data-testid="attachment-findings">
      <h2 id="attachments-heading" className={s.h2}>
        Inside the attachments
      </h2>
      <div aria-live="polite">
        {reading?.kind === "reading" && (
          <>
            <p className={s.muted}>{readingText(reading.progress)}</p>
            <ProgressBar value={reading.progress.total ? reading.progress.done / reading.progress.total : undefined} aria-label="Reading the attachments" />
          </>
        )}
      </div>
      {reading?.kind === "unsupported" && (
        <MessageBar intent="warning">
          <MessageBarBody>This version of {host} does not let SafeShare see attachments: if you attached files, check what each one contains before you send it.</MessageBarBody>
        </MessageBar>
      )}
      {views.length > 0 && (
        <ul className={s.list}>
          {views.map((v) => (
            <li key={v.name} className={s.file} data-testid="attachment-finding">
              <span className={s.name}>{v.name}</span>
              {v.mismatch && (
                <MessageBar intent="warning">
                  <MessageBarBody>{v.mismatch}</MessageBarBody>
                </MessageBar>
              )}
              {v.notRead && <p className={s.line}>{v.notRead}</p>}
              {v.lines.map((l) => (
                <p key={l} className={v.lines.length === 1 && l.startsWith("Nothing") ? s.muted : s.line}>
                  {l}
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
