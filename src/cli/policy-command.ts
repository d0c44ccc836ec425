/**
 * `safeshare policy validate|get|put|history`: the organisation's policy, for scripting what the IG lead
 * does on the admin page (store/policy-store.ts keeps it in the site's "SafeShare policy" list).
 *
 * - `validate FILE|-`: offline; the same checks as the admin page and the store's read back (JSON, an
 *   object, every field by the schema, what fits in the SharePoint column). Exit 0 valid, 2 not (each
 *   problem on its own line, naming the field).
 * - `get --site URL [--version N]`: the policy in force (or version N) as indented JSON on stdout, ready
 *   to edit; which version it is, who saved it and why on stderr. With none saved: the built-in default.
 * - `put FILE --site URL --based-on N [--note TEXT]`: saves FILE as the next version, after printing what
 *   changes. `--based-on` is the version the file was made from (`get` prints it; 0 when none is saved):
 *   if someone saved another since, nothing is written (exit 1) and nobody's change is lost.
 * - `history --site URL [--count N]`: the newest versions, one a line (version, when, who, why), and any
 *   that no longer read (edited by hand in SharePoint).
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { defaultPolicy } from "../core/policy/policy";
import { BUILT_IN_POLICY_VERSION, policyChanges, policyChangeText, policyForEditing, policyFromText } from "../core/policy/policy-version";
import { isBrokenVersion, PolicyConflict, PolicyStore, POLICY_LIST_NAME } from "../store";
import { type CliIO, EXIT, UsageError } from "./io";
import { GRAPH_CONNECTION_ARGS, GraphConnectionShape, graphConnectionFrom, reportStoreError } from "./provision-command";

const USAGE = "safeshare policy validate FILE|- | get --site URL [--version N] | put FILE --site URL --based-on N [--note TEXT] | history --site URL [--count N]";

const Connection = { site: GraphConnectionShape.site, graph: GraphConnectionShape.graph, ca: GraphConnectionShape.ca };
const VersionNumber = (name: string) => z.coerce.number({ message: `--${name} must be a whole number` }).int({ message: `--${name} must be a whole number` }).min(0).max(1_000_000);

const GetOptions = z.strictObject({ ...Connection, version: VersionNumber("version").optional() });
const PutOptions = z.strictObject({
  ...Connection,
  "based-on": VersionNumber("based-on"),
  note: z.string().trim().max(255, { message: "--note is at most 255 characters" }).default(""),
});
const HistoryOptions = z.strictObject({ ...Connection, count: z.coerce.number().int().min(1).max(500).default(20) });

/** Parse `argv` (after the subcommand): options by `schema`, and at most `positionals` file arguments. */
function parse<S extends z.ZodType>(argv: string[], schema: S, positionals: number): { options: z.infer<S>; files: string[] } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { site: GRAPH_CONNECTION_ARGS.site, graph: GRAPH_CONNECTION_ARGS.graph, ca: GRAPH_CONNECTION_ARGS.ca, version: { type: "string" }, "based-on": { type: "string" }, note: { type: "string" }, count: { type: "string" } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length !== positionals) throw new UsageError(positionals ? `give one policy file (or - for standard input)\n${USAGE}` : `unexpected argument '${parsed.positionals[0]}'\n${USAGE}`);
  const result = schema.safeParse(parsed.values);
  if (!result.success) {
    const missing = result.error.issues.find((i) => i.path[0] === "based-on" && i.code === "invalid_type");
    if (missing) throw new UsageError("--based-on N is needed: the version your file was made from (safeshare policy get prints it; 0 when none is saved yet), so that a version saved since is not overwritten");
    throw new UsageError(result.error.issues.map((i) => (i.path.length ? `--${i.path.join(".")}: ${i.message}` : i.message)).join("\n"));
  }
  return { options: result.data, files: parsed.positionals };
}

async function readPolicyFile(io: CliIO, file: string): Promise<string> {
  try {
    return file === "-" ? await io.readStdin() : await io.readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Print why a policy text is invalid, one problem a line; returns the exit code. */
function refuse(io: CliIO, command: string, file: string, error: string): number {
  io.stderr(`safeshare policy ${command}: ${file === "-" ? "the policy" : file} is not a valid policy:\n${error.split("\n").map((l) => `  ${l}\n`).join("")}`);
  return EXIT.usage;
}

export async function runPolicy(io: CliIO, argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case "validate": {
      const { files } = parse(rest, z.strictObject({}), 1);
      const file = files[0]!;
      const read = policyFromText(await readPolicyFile(io, file));
      if (!read.ok) return refuse(io, "validate", file, read.error);
      const p = read.policy;
      io.stdout(`valid: ${p.internalDomains.length} internal, ${p.secureDomains.length} secure and ${p.partnerDomains.length} partner domain rules\n`);
      return EXIT.ok;
    }
    case "get": {
      const { options } = parse(rest, GetOptions, 0);
      try {
        const conn = await graphConnectionFrom(io, options);
        const store = new PolicyStore(conn.client, conn.siteId);
        if (options.version !== undefined && options.version !== BUILT_IN_POLICY_VERSION) {
          const v = await store.version(options.version);
          if (!v) {
            io.stderr(`safeshare policy get: there is no version ${options.version} in "${POLICY_LIST_NAME}" on ${options.site}\n`);
            return EXIT.usage;
          }
          if (isBrokenVersion(v)) {
            io.stderr(`safeshare policy get: ${v.problem}\n`);
            return EXIT.review;
          }
          io.stdout(policyForEditing(v.policy));
          io.stderr(`Version ${v.version}, saved by ${v.savedBy || "(unknown)"} at ${v.savedAt}${v.note ? `: ${v.note}` : ""}\n`);
          return EXIT.ok;
        }
        const current = options.version === BUILT_IN_POLICY_VERSION ? { version: undefined, skipped: [] } : await store.current();
        for (const s of current.skipped) io.stderr(`Warning: ${s.problem}; it is not in force.\n`);
        if (!current.version) {
          io.stdout(policyForEditing(defaultPolicy()));
          io.stderr(`No saved policy on ${options.site}: this is the built-in default (version 0). Save a change with: safeshare policy put FILE --site ${options.site} --based-on 0\n`);
          return EXIT.ok;
        }
        const v = current.version;
        io.stdout(policyForEditing(v.policy));
        io.stderr(`Version ${v.version} (in force), saved by ${v.savedBy || "(unknown)"} at ${v.savedAt}${v.note ? `: ${v.note}` : ""}. Save a change with --based-on ${v.version}.\n`);
        return EXIT.ok;
      } catch (error) {
        if (error instanceof UsageError) throw error;
        return reportStoreError(io, "policy get", error);
      }
    }
    case "put": {
      const { options, files } = parse(rest, PutOptions, 1);
      const file = files[0]!;
      const read = policyFromText(await readPolicyFile(io, file));
      if (!read.ok) return refuse(io, "put", file, read.error);
      try {
        const conn = await graphConnectionFrom(io, options);
        const store = new PolicyStore(conn.client, conn.siteId);
        const current = await store.current();
        const before = current.version?.policy ?? defaultPolicy();
        const changes = policyChanges(before, read.policy);
        if (changes.length === 0 && current.version) {
          io.stdout(`No change from version ${current.version.version}: nothing saved.\n`);
          return EXIT.ok;
        }
        const saved = await store.save(read.policy, { basedOn: options["based-on"], note: options.note, now: io.now() });
        io.stdout(`Saved version ${saved.version} of the policy on ${options.site}${changes.length ? `, changing:\n${changes.map((c) => `  ${policyChangeText(c)}\n`).join("")}` : ".\n"}`);
        return EXIT.ok;
      } catch (error) {
        if (error instanceof UsageError) throw error;
        if (error instanceof PolicyConflict) {
          io.stderr(`safeshare policy put: nothing saved: ${error.message}\n`);
          return EXIT.review;
        }
        return reportStoreError(io, "policy put", error);
      }
    }
    case "history": {
      const { options } = parse(rest, HistoryOptions, 0);
      try {
        const conn = await graphConnectionFrom(io, options);
        const versions = await new PolicyStore(conn.client, conn.siteId).history(options.count);
        if (versions.length === 0) io.stdout("No saved policy: the built-in default (version 0) is in force.\n");
        for (const v of versions) io.stdout(isBrokenVersion(v) ? `${v.version}\t(not in force: ${v.problem})\n` : `${v.version}\t${v.savedAt}\t${v.savedBy}\t${v.note}\n`);
        return EXIT.ok;
      } catch (error) {
        if (error instanceof UsageError) throw error;
        return reportStoreError(io, "policy history", error);
      }
    }
    default:
      throw new UsageError(sub === undefined ? USAGE : `unknown subcommand '${sub}'\n${USAGE}`);
  }
}
