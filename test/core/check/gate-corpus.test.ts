import fs from "node:fs";
import path from "node:path";
import { CORPUS_DIR, gateCheck, readGateCorpus, scoreGate } from "./gate-corpus";

const HELD_OUT = ["am", "an"];

/**
 * The gate's judgement on realistic mail (issue 10), written by independent helpers who had not seen
 * the rules (brief: fixtures/gate-corpus/BRIEF.md). Files a–d were written first and tuned on; e–f were
 * held out and measured once (7.3% ordinary held, 10/70 case shares passed), then tuned on; g–h the same
 * (9.1%, 10/70), then j (3.6%, 2/35), i and k (6.4%, 11/70), l and m (8.3%, 3/71), n and o (2.7%,
 * 4/70), p and q (4.6%, 4/71), r and s (3.6%, 3/70), t and u (2.7%, 7/70), v and w (5.5%, 7/70), x and
 * y (1.8%, 2/70), z and zz (0.9%, 4/70), aa and ab (2.7%, 5/70), ac and ad (1.8%, 2/70), then af
 * (0/55, 4/35) and ae (1.8%, 4/35), ag and ah (8.2%, 3/70), each measured once on the rules of the day and
 * then tuned on, ai and aj (2.7%, 2/70), ak and al (0%, 3/70) the same. The held-out files now are am and
 * an (4.5%, 0/70 when measured: both of the targets met on mail the rules had never seen), written
 * by two more helpers and only ever measured. The bars here are the figures
 * measured when the rules were written, so a change that makes the gate worse fails; the issue's own
 * targets (at most 1 ordinary email in 20 held, no case share passed) are beside them.
 */
const TUNED = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "zz", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al"];
const dev = TUNED.flatMap((f) => readGateCorpus(path.join(CORPUS_DIR, `${f}.jsonl`)));
const heldOut = HELD_OUT.flatMap((f) => readGateCorpus(path.join(CORPUS_DIR, "held-out", `${f}.jsonl`)));

describe("gate corpus", () => {
  it("has the corpus it claims: 3,510 emails tuned on, 180 held out", () => {
    expect(dev).toHaveLength(3510);
    expect(heldOut).toHaveLength(180);
    for (const e of [...dev, ...heldOut]) expect(["pass", "review"]).toContain(e.label);
    expect(fs.existsSync(path.join(CORPUS_DIR, "BRIEF.md"))).toBe(true);
  });

  it("tuning set: at most 7 of 2,143 ordinary emails held (target at most 1 in 20), at most 3 of 1,367 case shares passed (target 0)", () => {
    const s = scoreGate(dev);
    expect(s.ordinary).toBe(2143);
    // ag-028 is nhs.net to nhs.net: the corpus brief calls the same domain internal, SafeShare does not —
    // NHSmail is one national service shared by every NHS organisation, so the address says nothing of
    // whether the reader is in the sender's own organisation.
    expect(s.ordinaryHeld.length).toBeLessThanOrEqual(7);
    // m-031 goes to hertfordshlre.gov.uk, which imitates a council the policy does not name: under
    // gov.uk no one can register it, and without the council in the policy it is not known to imitate.
    // n-072 tells a parent about her daughters' review and wishes without a word the lexicon knows.
    // ae-055 knows the child only by a nickname ("Bubba") and "he" (a foster carer to the agency).
    expect(s.casesPassed.map((e) => e.id).sort()).toEqual(["ae-055", "m-031", "n-072"]);
  });

  it("held-out set: at most 5 of 110 ordinary emails held (target met: at most 1 in 20), no case share passed (target met)", () => {
    const s = scoreGate(heldOut);
    expect(s.ordinary).toBe(110);
    expect(s.ordinaryHeld.length).toBeLessThanOrEqual(5);
    expect(s.casesPassed).toEqual([]);
  });

  it("every risky address in the corpus is held, whatever the content", () => {
    const risky = [...dev, ...heldOut].filter((e) => /look-?alike|invalid|display name|lookalike/i.test(e.reason) && e.label === "review");
    expect(risky.length).toBeGreaterThan(20);
    const missed = risky.filter((e) => gateCheck(e).verdict !== "review").map((e) => e.id);
    expect(missed.length).toBeLessThanOrEqual(2);
  });

  it("a hold names what was found in one sentence, and where it goes", () => {
    for (const e of dev.filter((x) => x.label === "review").slice(0, 40)) {
      const r = gateCheck(e);
      if (r.verdict !== "review") continue;
      expect(r.verdictSummary).toBe(r.verdictReasons[0]);
      expect(r.verdictSummary).toMatch(/\.$/);
    }
  });
});
