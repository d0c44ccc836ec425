/** A decision record with every field in plain English, and any trust problem stated first. */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { DecisionRecord, Review } from "../../core/decision";
import { recordLines } from "./record-text";
import { isTamperSign, type TrustProblem } from "./trust";

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "minmax(10rem, 16rem) 1fr", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
});

export interface RecordViewProps {
  readonly record: DecisionRecord;
  readonly review: Review | null;
  readonly problems?: readonly TrustProblem[];
}

export function RecordView({ record, review, problems = [] }: RecordViewProps) {
  const styles = useStyles();
  return (
    <div>
      {problems.some(isTamperSign) && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Do not rely on this record as written</MessageBarTitle>
            {problems
              .filter(isTamperSign)
              .map((p) => p.message)
              .join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {problems.some((p) => !isTamperSign(p)) && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>Recorded on more than one device</MessageBarTitle>
            {problems
              .filter((p) => !isTamperSign(p))
              .map((p) => p.message)
              .join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      <dl className={styles.list}>
        {recordLines(record, review).map((l) => (
          <div key={l.label} style={{ display: "contents" }}>
            <dt className={styles.term}>{l.label}</dt>
            <dd className={styles.value}>{l.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
