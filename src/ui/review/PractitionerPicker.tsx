/** A people picker over the team's roster: type part of a name or address, choose from the list. */
import { Combobox, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { matchPeople, type Person } from "./people";

const useStyles = makeStyles({
  box: { minWidth: 0, width: "100%" },
  upn: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  option: { display: "flex", flexDirection: "column" },
});

/** Options shown at once; typing narrows the list. */
const SHOWN = 50;

export interface PractitionerPickerProps {
  readonly people: readonly Person[];
  /** What is in the box: a name picked, or what was typed. */
  readonly text: string;
  /** The address of the person picked from the list, if the text is a pick rather than typing. */
  readonly picked: string | undefined;
  /** Typing (no `upn`), or a pick from the list (its address): two people may share a name. */
  readonly onText: (text: string, upn?: string) => void;
  readonly problem?: string | undefined;
}

export function PractitionerPicker({ people, text, picked, onText, problem }: PractitionerPickerProps) {
  const styles = useStyles();
  // Once picked, the whole list is offered again (the text is the picked name, not a search).
  const matches = picked ? [...people] : matchPeople(text, people);
  return (
    <Field label="Practitioner" validationMessage={problem} validationState={problem ? "error" : "none"} hint={problem ? undefined : "Type part of a name or address"}>
      <Combobox
        className={styles.box}
        freeform
        clearable
        placeholder="Anyone"
        value={text}
        selectedOptions={picked ? [picked] : []}
        onChange={(e) => onText(e.target.value)}
        onOptionSelect={(_, d) => (d.optionValue ? onText(d.optionText ?? "", d.optionValue) : onText(""))}
      >
        {matches.slice(0, SHOWN).map((p) => (
          <Option key={p.upn} value={p.upn} text={p.name}>
            <span className={styles.option}>
              <span>{p.name}</span>
              {p.name !== p.upn && <span className={styles.upn}>{p.upn}</span>}
            </span>
          </Option>
        ))}
        {matches.length === 0 && (
          <Option key="none" value="" text={text} disabled>
            Nobody matches
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
