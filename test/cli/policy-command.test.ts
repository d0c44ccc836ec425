import { runPolicy } from "../../src/cli/policy-command";
import { runProvision } from "../../src/cli/provision-command";
import { main } from "../../src/cli/main";
import { productToken } from "../support/dev-tokens";
import { fakeIO } from "../support/fake-io";
import { SITE_URL, startServer, type Ctx } from "../store/helpers";

const IG = "ig.lead@contoso.onmicrosoft.com";

describe("safeshare policy", () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await startServer();
  });
  afterAll(async () => ctx.stop());
  const conn = () => ["--site", SITE_URL, "--graph", ctx.server.url, "--ca", "ca.pem"];
  const io = (files: Record<string, string> = {}, stdin = "") => ({ ...fakeIO({ files: { "ca.pem": ctx.server.caPem, ...files }, stdin }), env: { SAFESHARE_TOKEN: productToken(IG) } });

  it("validates a file offline, naming each bad field (exit 2), and a good one (exit 0)", async () => {
    const bad = io({ "p.json": JSON.stringify({ internalDomains: ["not a domain"], largeAudienceThreshold: -1 }) });
    expect(await runPolicy(bad, ["validate", "p.json"])).toBe(2);
    expect(bad.stderrText()).toMatch(/p\.json is not a valid policy:\n  internalDomains\.0: must be a domain name.*\n  largeAudienceThreshold:/);
    const nothing = io({}, "null");
    expect(await runPolicy(nothing, ["validate", "-"])).toBe(2);
    expect(nothing.stderrText()).toMatch(/must be a JSON object/);
    const good = io({ "p.json": JSON.stringify({ internalDomains: ["hertfordshire.gov.uk"] }) });
    expect(await runPolicy(good, ["validate", "p.json"])).toBe(0);
    expect(good.stdoutText()).toMatch(/^valid: 1 internal, 5 secure and 0 partner domain rules/);
  });

  it("gets the built-in default before anything is saved, puts versions, shows what changed and the history", async () => {
    const prov = io();
    expect(await runProvision(prov, conn())).toBe(0);
    expect(prov.stdoutText()).toMatch(/Created the list "SafeShare policy"/);
    expect(prov.stdoutText()).toMatch(/Only information governance should change it/);

    const get0 = io();
    expect(await runPolicy(get0, ["get", ...conn()])).toBe(0);
    expect(get0.stderrText()).toMatch(/built-in default \(version 0\)/);
    const edited = JSON.parse(get0.stdoutText()) as { internalDomains: string[]; partnerDomains: unknown[] };
    edited.internalDomains = ["hertfordshire.gov.uk"];
    edited.partnerDomains = [{ domain: "oakfield-primary.org.uk", subdomains: false, label: "Oakfield Primary ISA" }];

    const put1 = io({ "p.json": JSON.stringify(edited) });
    expect(await runPolicy(put1, ["put", "p.json", ...conn(), "--based-on", "0", "--note", "Oakfield ISA signed"])).toBe(0);
    expect(put1.stdoutText()).toBe(
      `Saved version 1 of the policy on ${SITE_URL}, changing:\n  internalDomains: added hertfordshire.gov.uk\n  partnerDomains: added oakfield-primary.org.uk (Oakfield Primary ISA)\n`,
    );

    const get1 = io();
    expect(await runPolicy(get1, ["get", ...conn()])).toBe(0);
    expect(JSON.parse(get1.stdoutText())).toMatchObject({ internalDomains: ["hertfordshire.gov.uk"] });
    expect(get1.stderrText()).toMatch(new RegExp(`Version 1 \\(in force\\), saved by ${IG} at 2.*: Oakfield ISA signed\\. Save a change with --based-on 1\\.`));

    const same = io({ "p.json": get1.stdoutText() });
    expect(await runPolicy(same, ["put", "p.json", ...conn(), "--based-on", "1"])).toBe(0);
    expect(same.stdoutText()).toBe("No change from version 1: nothing saved.\n");

    const history = io();
    expect(await runPolicy(history, ["history", ...conn()])).toBe(0);
    expect(history.stdoutText()).toMatch(new RegExp(`^1\\t2[^\\t]+\\t${IG}\\tOakfield ISA signed\\n$`));
  });

  it("refuses a put made from an older version (exit 1, nothing saved), and one without --based-on (exit 2)", async () => {
    const stale = io({ "p.json": JSON.stringify({ internalDomains: ["other.gov.uk"] }) });
    expect(await runPolicy(stale, ["put", "p.json", ...conn(), "--based-on", "0"])).toBe(1);
    expect(stale.stderrText()).toMatch(/nothing saved: version 1 of the policy was saved after version 0/);
    const unsure = io({ "p.json": "{}" });
    expect(await main(["policy", "put", "p.json", ...conn()], unsure)).toBe(2);
    expect(unsure.stderrText()).toMatch(/--based-on N is needed/);
    const history = io();
    await runPolicy(history, ["history", ...conn()]);
    expect(history.stdoutText().trim().split("\n")).toHaveLength(1);
  });

  it("gets an old version by number, and says plainly when there is none", async () => {
    const none = io();
    expect(await runPolicy(none, ["get", ...conn(), "--version", "7"])).toBe(2);
    expect(none.stderrText()).toMatch(/there is no version 7/);
    const bad = io();
    expect(await main(["policy", "get", ...conn(), "--version", "two"], bad)).toBe(2);
    expect(bad.stderrText()).toMatch(/--version must be a whole number/);
    const unknown = io();
    expect(await main(["policy", "remove"], unknown)).toBe(2);
    expect(unknown.stderrText()).toMatch(/unknown subcommand 'remove'/);
  });
});
