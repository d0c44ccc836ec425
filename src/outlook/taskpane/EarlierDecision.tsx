import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { DecisionMemo } from "../../core/decision";

const DECISION_WORDS: Record<string, string> = { share: "to share", "share-limited": "to share part of it", "do-not-share": "not to share" };

/** "3 March 2026, 10:14" in the practitioner's time zone. */
function when(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
}

/**
 * A reply in a conversation the practitioner has already decided on: "Same decision as on 3 March?",
 * what changed since, and one button that fills the checklist from that decision (step 6 is confirmed
 * again: the flags are this message's).
 */
export function EarlierDecision(props: { memo: DecisionMemo; taken: boolean; changes: readonly string[]; onTake: () => void; disabled: boolean }) {
  const { memo, taken, changes } = props;
  const date = when(memo.decidedAt);
  const decided = DECISION_WORDS[memo.answers.decision?.kind ?? ""] ?? "";
  return (
    <MessageBar intent="info" layout="multiline" data-testid="earlier-decision">
      <MessageBarBody>
        <MessageBarTitle>{taken ? `Your answers from ${date} are filled in` : `Same decision as on ${date}?`}</MessageBarTitle>{" "}
        {taken
          ? "Check them against this reply, confirm the principles in step 6 for its flags, and record."
          : `In this conversation you recorded a decision${decided ? ` ${decided}` : ""}.`}{" "}
        {changes.length > 0 ? `Since then: ${changes.join(" ")}` : "Nothing SafeShare checks has changed since: the same recipients and the same kinds of identifier."}
      </MessageBarBody>
      {!taken && (
        <MessageBarActions>
          <Button size="small" appearance="primary" onClick={props.onTake} disabled={props.disabled}>
            Start from that decision
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
