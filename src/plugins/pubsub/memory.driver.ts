// Single-process driver: a plain EventTarget, no network, nothing to close.
import type { PubSubTransport, WusheEventTarget } from './pubsub.types';

export function createMemoryTransport(): PubSubTransport {
  return {
    eventTarget: new EventTarget() as WusheEventTarget,
    ready: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}
