import fs from "node:fs";
import path from "node:path";
import { checkMessage } from "../../../src/core/check/check-message";
import { MessageInputSchema } from "../../../src/core/check/message";
import type { CheckResult } from "../../../src/core/check/result";
import { defaultPolicy } from "../../../src/core/policy/policy";

/**
 * The gate corpus (issue 10): realistic emails written by independent helpers who had not seen the rules,
 * each labelled pass / review with the reason, by the definitions in their brief (files tuned on here,
 * files kept out of tuning under held-out/: gate-corpus.test.ts says which are which). The sender's
 * domain is the organisation's own.
 */
export interface GateEmail {
  id: string;
  role: string;
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  attachments: { name: string }[];
  label: "pass" | "review";
  reason: string;
}

export const CORPUS_DIR = path.join(__dirname, "fixtures", "gate-corpus");

export function readGateCorpus(file: string): GateEmail[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GateEmail);
}

/** The verdict SafeShare gives one corpus email, as the CLI would with the sender's domain as internal. */
export function gateCheck(e: GateEmail): CheckResult {
  const message = MessageInputSchema.parse({
    id: e.id,
    from: e.from,
    to: e.to,
    cc: e.cc ?? [],
    subject: e.subject,
    body: e.body,
    attachments: e.attachments ?? [],
  });
  return checkMessage(message, { policy: defaultPolicy([]), senderDomainIsInternal: true });
}

export interface GateScore {
  ordinary: number;
  ordinaryHeld: GateEmail[];
  cases: number;
  casesPassed: GateEmail[];
}

export function scoreGate(emails: readonly GateEmail[]): GateScore {
  const score: GateScore = { ordinary: 0, ordinaryHeld: [], cases: 0, casesPassed: [] };
  for (const e of emails) {
    const verdict = gateCheck(e).verdict;
    if (e.label === "pass") {
      score.ordinary++;
      if (verdict === "review") score.ordinaryHeld.push(e);
    } else {
      score.cases++;
      if (verdict === "pass") score.casesPassed.push(e);
    }
  }
  return score;
}
