// Single-process driver: a plain EventTarget, no network, nothing to close.
import { setMaxListeners } from 'node:events';
import type { PubSubTransport, WusheEventTarget } from './pubsub.types';

export function createMemoryTransport(): PubSubTransport {
  const target = new EventTarget();
  // One listener per live board on a community topic: thousands are normal, not a leak.
  setMaxListeners(0, target);
  return {
    eventTarget: target as WusheEventTarget,
    ready: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}
