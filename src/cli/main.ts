import { type CliIO, EXIT, UsageError } from "./io";
import { nodeIO } from "./node-io";

const USAGE = `safeshare — check a safeguarding message before it is shared, and record the decision

Usage:
  safeshare check [--from ADDR] [--to ADDR,...] [--cc ADDR,...] [--bcc ADDR,...] [--subject S]
                  [--org-domain DOMAIN]... [--policy FILE] [--html] [--json] [FILE|-]
  safeshare check --jsonl [--org-domain DOMAIN]... [--policy FILE]     (JSON lines on stdin)
  safeshare decide --answers FILE.json [--analysis CHECK.json] [--json] [--record …]
  safeshare provision --site URL [--list NAME] [--fix] [--graph URL] [--ca FILE]
  safeshare provision --site URL --team NAME... [--practitioners-group G] [--managers-group G]
                [--governance-group G] [--read-own-items] [--dry-run] [--fix]
      one list per team ("SafeShare decisions - NAME"), read own items, the two permission levels
      (performed with SAFESHARE_SHAREPOINT_TOKEN; printed without it or with --dry-run)
  safeshare log --site URL [--since D] [--until D] [--team T] [--practitioner UPN] [--format csv|jsonl]
                [--graph URL] [--ca FILE]
  safeshare outbox [--outbox FILE] [--add RECORDS.jsonl] [--flush --site URL [--graph URL] [--ca FILE]]
      each record goes to its own team's list ("SafeShare decisions - TEAM"), else the single list
  safeshare teams --site URL [--team NAME] [--json] [--graph URL] [--ca FILE]
      which team you record for: the team lists you can see (one: it; several: name one with --team)
      Graph access: the token is read from SAFESHARE_TOKEN (never printed); --graph defaults to
      https://graph.microsoft.com/v1.0; --ca trusts the local server's DIR/ca.pem.
  safeshare policy validate FILE|-
  safeshare policy get --site URL [--version N]          (JSON on stdout; which version on stderr)
  safeshare policy put FILE --site URL --based-on N [--note TEXT]
  safeshare policy history --site URL [--count N]
      the organisation's policy, saved in the site's "SafeShare policy" list (one item a version)
  safeshare demo [--port N]          (the demo harness; \`npm start\` builds it and runs this)
  safeshare help

Exit status: 0 every message passes, 1 at least one needs review, 2 usage or input error.
`;

type Command = (io: CliIO, argv: string[]) => Promise<number>;

/**
 * Each command's module is loaded when that command runs: loading them all cost `check` half a second
 * at every start (the demo's certificate maker, MSAL, the Graph client: ~250 ms of modules it never
 * uses), and every `--jsonl` worker paid it again.
 */
const COMMANDS: Record<string, Command> = {
  check: async (io, argv) => (await import("./check-command")).runCheck(io, argv),
  decide: async (io, argv) => (await import("./decide-command")).runDecide(io, argv),
  provision: async (io, argv) => (await import("./provision-command")).runProvision(io, argv),
  log: async (io, argv) => (await import("./log-command")).runLog(io, argv),
  outbox: async (io, argv) => (await import("./outbox-command")).runOutbox(io, argv),
  teams: async (io, argv) => (await import("./teams-command")).runTeams(io, argv),
  policy: async (io, argv) => (await import("./policy-command")).runPolicy(io, argv),
  demo: async (io, argv) => (await import("./demo-command")).runDemo(io, argv),
};

/** Run the command line `argv` (without node and the script) and return the exit status. */
export async function main(argv: string[], io: CliIO = nodeIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.stdout(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version") {
    io.stdout(`${APP_VERSION}\n`);
    return EXIT.ok;
  }
  // Own keys only: "constructor" or "toString" is not a command.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`safeshare: unknown command '${name}'\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command(io, rest);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`safeshare ${name}: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** The app version, recorded in every decision record. */
export const APP_VERSION = "0.1.0";

/** What a `--jsonl` worker runs (check-pool.ts loads the bundle and calls it). */
export { serveCheckWorker } from "./check-worker";
