import type { MessagePort } from "node:worker_threads";
import type { Policy } from "../core/policy/policy";
import { checkLine } from "./check-line";
import type { NumberedLine } from "./check-pool";

/** A check-pool worker: check each chunk of lines it is sent, in order, and send back their results. */
export function serveCheckWorker(port: MessagePort, data: { policy: Policy; senderDomainIsInternal: boolean }): void {
  port.on("message", (chunk: NumberedLine[]) => {
    void (async () => {
      const out = [];
      for (const { line, lineNo } of chunk) out.push(await checkLine(line, lineNo, data.policy, data.senderDomainIsInternal));
      port.postMessage(out);
    })();
  });
}
