import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useId, useState } from "react";
import { SENTENCE_FLAG_TEXTS } from "./useFlaggedSentence";
import type { SentenceGroup } from "./group-sentences";

const useStyles = makeStyles({
  more: { listStyleType: "none", display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXS },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  rest: { margin: 0, paddingInlineStart: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/**
 * A group of sentences flagged the same way: the first as a card, then one line saying how many more
 * there are, with "Show" to list them. Render inside the `<ul>` of flagged sentences; `render` draws one
 * sentence (a `FlaggedSentence`).
 */
export function FlaggedSentenceGroup(props: { group: SentenceGroup; render: (sentence: SentenceGroup["sentences"][number]) => ReactNode }) {
  const { group, render } = props;
  const [open, setOpen] = useState(false);
  const restId = useId();
  const s = useStyles();
  const [first, ...rest] = group.sentences;
  if (!first) return null;
  if (rest.length === 0) return <>{render(first)}</>;
  const why = first.flags.map((f) => SENTENCE_FLAG_TEXTS[f]).join(" ");
  return (
    <>
      {render(first)}
      <li className={s.more} data-testid="flag-group">
        <p className={s.note}>
          “{group.cue}” is flagged the same way in {rest.length} more {rest.length === 1 ? "sentence" : "sentences"}. {why}
        </p>
        <Button size="small" appearance="secondary" aria-expanded={open} aria-controls={restId} onClick={() => setOpen(!open)}>
          {open ? "Hide them" : `Show ${rest.length} more`}
        </Button>
        <ul id={restId} className={s.rest} hidden={!open}>
          {open && rest.map((x) => render(x))}
        </ul>
      </li>
    </>
  );
}
