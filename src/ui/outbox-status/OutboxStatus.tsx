import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

/** What the outbox holds: records waiting to be written to the decision log, and records refused for good. */
export interface OutboxStatusProps {
  readonly waiting: number;
  readonly held: number;
  /** True while the counts are not known yet. */
  readonly loading?: boolean;
}

/** The sentence the status shows (pure; exported for tests). */
export function outboxStatusText(props: OutboxStatusProps): string {
  if (props.loading) return "Checking for records waiting to be saved…";
  const parts: string[] = [];
  if (props.waiting === 0 && props.held === 0) return "All decision records are saved to the decision log.";
  if (props.waiting > 0) parts.push(`${props.waiting} decision ${props.waiting === 1 ? "record is" : "records are"} waiting to be saved; SafeShare keeps ${props.waiting === 1 ? "it" : "them"} on this device and retries.`);
  if (props.held > 0) parts.push(`${props.held} ${props.held === 1 ? "record was" : "records were"} refused by the decision log and ${props.held === 1 ? "needs" : "need"} attention: tell your SafeShare administrator.`);
  return parts.join(" ");
}

const useStyles = makeStyles({
  root: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  attention: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** The outbox's state, announced politely to screen readers when it changes. */
export function OutboxStatus(props: OutboxStatusProps) {
  const s = useStyles();
  return (
    <p role="status" className={mergeClasses(s.root, props.held > 0 && s.attention)} data-testid="outbox-status" data-waiting={props.waiting} data-held={props.held}>
      {outboxStatusText(props)}
    </p>
  );
}
