/**
 * `npm run dev-token -- --as UPN [--need decision-log --need identity …] [--scope Sites.FullControl.All …]`
 *
 * Prints an unsigned development token for the local Graph server (never accepted by Microsoft): the
 * SafeShare app's, with the scopes the product requests for the named needs (default: the decision log),
 * or, with `--scope`, exactly those scopes for an administrator's tool. For `SAFESHARE_TOKEN` when the CLI
 * talks to `npm run graph-server`.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { devToken, scopesFor, SCOPES_BY_NEED, type ScopeNeed } from "../store";

const NEEDS = Object.keys(SCOPES_BY_NEED) as [ScopeNeed, ...ScopeNeed[]];
const argsSchema = z.object({
  as: z.string().email(),
  need: z.array(z.enum(NEEDS)).default([]),
  scope: z.array(z.string().regex(/^[A-Za-z]+(?:\.[A-Za-z]+)+$/)).default([]),
});

const { values } = parseArgs({ options: { as: { type: "string" }, need: { type: "string", multiple: true }, scope: { type: "string", multiple: true } }, strict: true });
const parsed = argsSchema.safeParse(values);
if (!parsed.success) {
  process.stderr.write(`usage: dev-token --as UPN [--need ${NEEDS.join("|")}]… [--scope PERMISSION]…\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}\n`);
  process.exit(2);
}
const a = parsed.data;
const scopes = a.scope.length > 0 ? a.scope : scopesFor(a.need.length > 0 ? a.need : ["decision-log"]);
process.stdout.write(`${devToken({ upn: a.as, scopes, ...(a.scope.length > 0 ? { appId: "00000000-0000-0000-0000-00000000ad01" } : {}) })}\n`);
