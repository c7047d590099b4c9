// The seam between live delivery (this folder: the hub decides and evaluates each event once per
// class of equal subscribers) and the transport that owns the wire protocol (src/server/ws.ts,
// graphql-ws). The transport hands the runtime one `LiveDelivery` per subscription operation, as
// an argument of `subscribeLive` (live-subscribe.ts); nothing is looked up on the side.
import type { ExecutionResult } from 'graphql';

/**
 * The transport's end of one subscription, for *direct* delivery: once the subscriber has caught
 * up, the hub hands it each event's payload, evaluated and serialised once for the whole class,
 * instead of going through the subscription's async iterator. Events before that (replay,
 * resync) still flow through the iterator that `subscribeLive` returns.
 */
export interface LiveSink {
  /**
   * The payload JSON of a `next` message for this result, exactly as the transport would send it
   * on the iterator path (errors masked and localised). The hub calls it on one member per class
   * and event and shares the string with every member of the class (they have the same caller,
   * language, document and variables). Runs once per class, so it may allocate and stringify.
   * A throw ends every subscription of the class that was to receive the event with that error,
   * as a failed execution on the iterator path does.
   */
  serialise(result: ExecutionResult): string;
  /**
   * Writes one pre-serialised payload to this subscriber. Called in a plain loop over the class,
   * so it must be O(1): no serialisation, no await. It never waits for the network; a subscriber
   * that stops reading is the transport's to cut off (graphql-ws: closed with 1013 once too much
   * is queued for its socket, and it catches up from its cursor on reconnect), so the runtime
   * holds nothing per subscriber for it. A throw ends this subscription alone with that error.
   */
  next(payloadJson: string): void;
}

/** What the transport tells the runtime about one subscription operation. */
export interface LiveDelivery {
  /**
   * The subscription's class of equal subscribers (live-share.ts `subscriptionShareKey`): members
   * share permission verdicts, executions and serialised payloads per event. Leave it out and the
   * subscription shares nothing and is never served directly.
   */
  classKey?: string;
  /**
   * The operation without the caller (live-share.ts `operationShareKey`): the hub evaluates a live
   * event once per visibility class among subscriptions of equal share key. Leave it out and the
   * subscription is never served directly.
   */
  shareKey?: string;
  /** Where caught-up events go directly; without one, every event goes through the iterator. */
  sink?: LiveSink;
}
