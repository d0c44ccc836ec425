import type { MessagePort } from "node:worker_threads";
import type { Policy } from "../core/policy/policy";
import { checkLine } from "./check-line";
import type { NumberedLine } from "./check-pool";

/**
 * A check-pool worker: check each chunk of lines it is sent and send back their results, one chunk after
 * another — the pool matches replies to chunks by order, and a line's attachments are read
 * asynchronously, so a later chunk must not overtake an earlier one.
 */
export function serveCheckWorker(port: MessagePort, data: { policy: Policy; senderDomainIsInternal: boolean }): void {
  let queue: Promise<void> = Promise.resolve();
  port.on("message", (chunk: NumberedLine[]) => {
    queue = queue.then(async () => {
      try {
        const out = [];
        for (const { line, lineNo } of chunk) out.push(await checkLine(line, lineNo, data.policy, data.senderDomainIsInternal));
        port.postMessage(out);
      } catch (error) {
        // Never leave a chunk unanswered: the main thread checks this one itself.
        port.postMessage({ failed: (error as Error).message ?? String(error) });
      }
    });
  });
}
