// Redis driver: one publish and one subscribe connection (a subscribed ioredis client
// cannot issue PUBLISH). The publisher receives its own events via the subscriber,
// so nothing is dispatched locally and every replica sees the same stream.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import Redis from 'ioredis';
import type { PubSubLog, PubSubTransport, WusheEventTarget } from './pubsub.types';

/** Namespaces our channels on a Redis shared with other apps. */
export const REDIS_CHANNEL_PREFIX = 'wushe:';

export function createRedisTransport(url: string, log: PubSubLog): PubSubTransport {
  // Subscriber: never give up on queued SUBSCRIBEs while reconnecting; ioredis
  // re-subscribes all channels after a reconnect (autoResubscribe, default on).
  // disconnectTimeout: a close() during an outage otherwise holds the event loop for 2 s.
  const sub = new Redis(url, { maxRetriesPerRequest: null, disconnectTimeout: 300, connectionName: 'wushe-pubsub-sub' });
  const pub = new Redis(url, { disconnectTimeout: 300, connectionName: 'wushe-pubsub-pub' });
  let closed = false;

  for (const [role, client] of [
    ['publish', pub],
    ['subscribe', sub],
  ] as const) {
    let down = false; // log once per outage instead of once per retry
    client.on('error', (err: Error) => {
      if (!down && !closed) log({ err, role }, 'pubsub: redis connection error (reconnecting)');
      down = true;
    });
    client.on('close', () => {
      if (!down && !closed) log({ role }, 'pubsub: redis connection closed (reconnecting)');
      down = true;
    });
    client.on('ready', () => {
      if (down) log({ role }, 'pubsub: redis reconnected');
      down = false;
    });
  }

  // ready() waiters, settled on the subscriber's 'ready' or on close().
  const waiters = new Set<(err?: Error) => void>();
  const settle = (err?: Error) => {
    for (const w of waiters) w(err);
    waiters.clear();
  };
  sub.on('ready', () => settle());
  // After an outage ioredis re-subscribes on 'ready'; whatever was published meanwhile is gone.
  const reconnectListeners: (() => void)[] = [];
  let subWasDown = false;
  sub.on('close', () => (subWasDown = !closed));
  sub.on('ready', () => {
    if (!subWasDown) return;
    subWasDown = false;
    for (const fn of reconnectListeners) fn();
  });

  // The library fires these commands without catching; an unhandled rejection
  // (e.g. publish during an outage, unsubscribe after close) would kill the process.
  const failed = (op: string, channel: string) => (err: unknown) => {
    if (!closed) log({ err, channel }, `pubsub: redis ${op} failed`);
  };
  // The last SUBSCRIBE sent: ioredis answers in order, so once it is acknowledged every earlier
  // one is too. ready() waits for it, so a caller can know its listener is live on the server.
  let lastSubscribe: Promise<unknown> = Promise.resolve();
  const subscribeClient = {
    on(event: 'message', fn: (channel: string, message: string) => void) {
      sub.on(event, (channel: string, message: string) => {
        if (channel.startsWith(REDIS_CHANNEL_PREFIX)) fn(channel.slice(REDIS_CHANNEL_PREFIX.length), message);
      });
      return subscribeClient;
    },
    subscribe: (ch: string) => (lastSubscribe = sub.subscribe(REDIS_CHANNEL_PREFIX + ch).catch(failed('subscribe', ch))),
    unsubscribe: (ch: string) => sub.unsubscribe(REDIS_CHANNEL_PREFIX + ch).catch(failed('unsubscribe', ch)),
  };
  const publishClient = {
    publish: (ch: string, msg: string) => pub.publish(REDIS_CHANNEL_PREFIX + ch, msg).catch(failed('publish', ch)),
  };
  // Narrow adapters: the library only calls on('message'), subscribe, unsubscribe, publish.
  const eventTarget = createRedisEventTarget({
    publishClient: publishClient as unknown as Redis,
    subscribeClient: subscribeClient as unknown as Redis,
  }) as WusheEventTarget;

  return {
    eventTarget,
    onReconnect: (fn) => void reconnectListeners.push(fn),
    ready: () => {
      const subscribed = lastSubscribe;
      return (
        closed
          ? Promise.reject(new Error('pubsub: redis transport is closed'))
          : sub.status === 'ready'
            ? Promise.resolve()
            : new Promise<void>((resolve, reject) => waiters.add((err) => (err ? reject(err) : resolve())))
      ).then(() => subscribed.then(() => undefined));
    },
    async close() {
      if (closed) return;
      closed = true;
      settle(new Error('pubsub: redis transport closed before it was ready'));
      // quit() lets in-flight publishes flush; disconnect() also cancels a pending reconnect timer.
      await Promise.all(
        [pub, sub].map((c) =>
          c.status === 'ready'
            ? c.quit().then(
                () => undefined,
                () => c.disconnect(),
              )
            : c.disconnect(),
        ),
      );
    },
  };
}
