import { main } from "../../src/cli/main";
import { fakeIO } from "../support/fake-io";

const CASE_EMAIL = `Hi Sarah,

I visited Chloe (DOB 12/03/2015) at home on Monday at 16:10. Mum said the bruise was caused by the cat.
I think the explanation is not plausible. CAMHS have been asked to see her.

Kind regards
Jo Smith
Social Worker
`;

describe("safeshare check", () => {
  it("prints one JSON result with --json and exits 1 when the message needs review", async () => {
    const io = fakeIO({ files: { "mail.txt": CASE_EMAIL } });
    const code = await main(["check", "--from", "jo.smith@hertfordshire.gov.uk", "--to", "s.jones@gmail.com", "--json", "mail.txt"], io);
    expect(code).toBe(1);
    const result = JSON.parse(io.stdoutText());
    expect(result.verdict).toBe("review");
    expect(result.recipients).toEqual([expect.objectContaining({ address: "s.jones@gmail.com", field: "to", class: "personal" })]);
    expect(result.identifiers.map((i: { type: string }) => i.type)).toContain("date-of-birth");
    const kinds = result.sentences.map((s: { kind: string }) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(["fact", "reported", "opinion"]));
    for (const s of result.sentences) expect(CASE_EMAIL.slice(s.start, s.end)).toBe(s.text);
    expect(result.skipped.map((s: { reason: string }) => s.reason)).toContain("signature");
  });

  it("passes an ordinary internal email and exits 0", async () => {
    const io = fakeIO({ stdin: "Can we move Tuesday's team meeting to 3pm? Thanks, Jo" });
    const code = await main(["check", "--from", "jo@hertfordshire.gov.uk", "--to", "sam@hertfordshire.gov.uk", "--json", "-"], io);
    expect(JSON.parse(io.stdoutText()).verdict).toBe("pass");
    expect(code).toBe(0);
  });

  it("treats --org-domain as internal and the sender's domain only by default", async () => {
    const io = fakeIO({ stdin: "Strategy discussion about Chloe at 10.30." });
    await main(["check", "--org-domain", "herts.gov.uk", "--from", "a@other.org.uk", "--to", "b@herts.gov.uk,c@other.org.uk", "--json"], io);
    const classes = JSON.parse(io.stdoutText()).recipients.map((r: { class: string }) => r.class);
    expect(classes).toEqual(["internal", "unverified"]);
  });

  it("prints a readable report with cue words marked", async () => {
    const io = fakeIO({ files: { "m.txt": CASE_EMAIL } });
    await main(["check", "--to", "s.jones@gmail.com", "m.txt"], io);
    const text = io.stdoutText();
    expect(text).toMatch(/^VERDICT: REVIEW/);
    expect(text).toContain("s.jones@gmail.com  [personal]");
    expect(text).toMatch(/OPINION.*\[think\]/);
  });

  it("strips HTML with --html so offsets refer to the text", async () => {
    const io = fakeIO({ stdin: "<p>I visited at 10.30&nbsp;today.</p><p>Mum seems tired.</p>" });
    await main(["check", "--html", "--json"], io);
    const result = JSON.parse(io.stdoutText());
    expect(result.sentences.map((s: { text: string }) => s.text)).toEqual(["I visited at 10.30 today.", "Mum seems tired."]);
  });

  it.each([
    [["check", "--json", "--jsonl"], /cannot be used together/],
    [["check", "--bogus"], /Unknown option/],
    [["check", "a.txt", "b.txt"], /one FILE at most/],
    [["check", "missing.txt"], /cannot read 'missing.txt'/],
    [["check", "--policy", "missing.json", "-"], /cannot read policy file/],
    [["check", "--policy", "bad.json", "-"], /not valid JSON/],
    [["check", "--policy", "wrong.json", "-"], /largeAudienceThreshold/],
    [["check", "--org-domain", "not a domain", "-"], /must be a domain name/],
  ])("%j is a usage error (exit 2)", async (argv, message) => {
    const io = fakeIO({ files: { "bad.json": "{nope", "wrong.json": '{"largeAudienceThreshold": "ten"}' } });
    expect(await main(argv, io)).toBe(2);
    expect(io.stderrText()).toMatch(message);
    expect(io.stdoutText()).toBe("");
  });

  it("uses an organisation policy file (partner domain as secure)", async () => {
    const policy = JSON.stringify({ internalDomains: ["herts.gov.uk"], partnerDomains: [{ domain: "hertsfamilies.org.uk", label: "ISA partner" }] });
    const io = fakeIO({ files: { "p.json": policy }, stdin: "Hello." });
    await main(["check", "--policy", "p.json", "--to", "a@hertsfamilies.org.uk", "--json"], io);
    expect(JSON.parse(io.stdoutText()).recipients[0].class).toBe("secure");
  });
});

describe("safeshare check --jsonl", () => {
  const lines = [
    JSON.stringify({ id: "m1", from: "a@herts.gov.uk", to: ["b@herts.gov.uk"], body: "Lunch at 1?" }),
    "{not json",
    JSON.stringify({ id: "m3", to: "not-an-array", body: "x" }),
    JSON.stringify({ id: "m4", from: "a@herts.gov.uk", to: ["x@nhs.nеt"], body: "Chloe disclosed abuse." }),
    "",
    JSON.stringify({ id: 5, to: ["a@gmail.com"], body: "NHS number 943 476 5919." }),
  ].join("\n");

  it("answers every line in order, with an error object for each bad line, and exits 2", async () => {
    const io = fakeIO({ stdin: lines });
    const code = await main(["check", "--jsonl"], io);
    const out = io.stdoutText().trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["m1", null, "m3", "m4", "5"]);
    expect(out[0].verdict).toBe("pass");
    expect(out[1].error.code).toBe("invalid-json");
    expect(out[2].error).toEqual(expect.objectContaining({ code: "invalid-message", line: 3 }));
    expect(out[2].error.message).toMatch(/^line 3: to:/);
    expect(out[3].verdict).toBe("review");
    expect(out[3].recipients[0].class).toBe("lookalike");
    expect(out[4].verdict).toBe("review");
    expect(code).toBe(2);
  });

  it("shows progress on stderr only when stderr is a terminal, never on stdout", async () => {
    const many = Array.from({ length: 450 }, (_, i) => JSON.stringify({ id: i, body: "Hello." })).join("\n");
    const tty = fakeIO({ stdin: many, tty: true });
    expect(await main(["check", "--jsonl"], tty)).toBe(0);
    expect(tty.stderrText()).toMatch(/checked 450 messages/);
    expect(tty.stdoutText().trim().split("\n")).toHaveLength(450);
    const pipe = fakeIO({ stdin: many, tty: false });
    await main(["check", "--jsonl"], pipe);
    expect(pipe.stderrText()).toBe("");
  });
});
