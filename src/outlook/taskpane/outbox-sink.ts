import type { DecisionRecord } from "../../core/decision";
import type { Outbox, OutboxFlusher } from "../../store";
import type { DecisionSink, SinkCounts } from "./pane-services";

/**
 * The pane's DecisionSink over the store: `enqueue` resolves once the record is in the durable outbox
 * (IndexedDB), and the flusher writes it to the decision log in the background (retrying with back-off,
 * and again when the browser comes back online). Listeners hear every count change.
 */
export function outboxSink(outbox: Outbox, flusher: OutboxFlusher, listeners: Set<(c: SinkCounts) => void>): DecisionSink {
  return {
    async enqueue(record: DecisionRecord) {
      await flusher.enqueue(record);
    },
    counts: () => outbox.counts(),
    subscribe(onCounts) {
      listeners.add(onCounts);
      return () => listeners.delete(onCounts);
    },
  };
}
