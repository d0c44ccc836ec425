import { Button, Field, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { useState } from "react";

/**
 * "Which team are you recording for?": asked once, when the practitioner can add to more than one team's
 * decision list (store/team-lists.ts `chooseTeam`); the host remembers the answer on the device.
 */
export interface TeamPickerProps {
  readonly teams: readonly string[];
  /** Preselected (e.g. the team the tab or the build names); the first team otherwise. */
  readonly initial?: string | undefined;
  onPick(team: string): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "32rem" },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function TeamPicker(props: TeamPickerProps) {
  const s = useStyles();
  const [team, setTeam] = useState(props.initial && props.teams.includes(props.initial) ? props.initial : (props.teams[0] ?? ""));
  return (
    <form
      className={s.root}
      aria-labelledby="safeshare-team-question"
      onSubmit={(e) => {
        e.preventDefault();
        if (team) props.onPick(team);
      }}
    >
      <Field label={{ children: "Which team are you recording this decision for?", id: "safeshare-team-question" }}>
        <RadioGroup value={team} onChange={(_, d) => setTeam(d.value)} data-testid="team-picker">
          {props.teams.map((t) => (
            <Radio key={t} value={t} label={t} />
          ))}
        </RadioGroup>
      </Field>
      <p className={s.note}>You can add records to more than one team&apos;s decision log. SafeShare remembers your choice on this device; your manager sees the records in that team&apos;s review.</p>
      <Button type="submit" appearance="primary" disabled={!team} data-testid="team-picker-continue">
        Continue with {team || "this team"}
      </Button>
    </form>
  );
}
