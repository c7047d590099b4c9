// PostgreSQL driver: LISTEN/NOTIFY on one channel, topic carried inside the JSON body.
// A session receives its own NOTIFYs, so the publisher gets its events via the database
// like every other replica. pg-listen owns the dedicated connection and re-LISTENs on reconnect.
import createPostgresSubscriber from 'pg-listen';
import type { PubSubLog, PubSubTransport, WusheEventTarget } from './pubsub.types';

export const PG_CHANNEL = 'wushe_events';
/** NOTIFY rejects payloads of 8000+ bytes; keep headroom. Payloads should be ids/cursors. */
export const PG_MAX_PAYLOAD_BYTES = 7500;

type Listener = ((e: CustomEvent) => void) | { handleEvent(e: CustomEvent): void };

export function createPostgresTransport(databaseUrl: string, log: PubSubLog): PubSubTransport {
  let closed = false;
  const subscriber = createPostgresSubscriber(
    { connectionString: databaseUrl, application_name: 'wushe-pubsub' },
    {
      // Default gives up after 3 s (then the listener is dead for good); a DB restart takes longer.
      retryTimeout: 0,
      // pg-listen's reconnect loop ignores close(); throwing here is the only way to end it.
      retryInterval: (attempt) => {
        if (closed) throw new Error('pubsub: postgres transport closed');
        return Math.min(500 * 2 ** attempt, 5_000);
      },
      serialize: (s: string) => s, // we stringify ourselves to measure the size first
    },
  );
  const listeners = new Map<string, Set<Listener>>();
  let connected = false;
  let initialDone = false; // the first 'connected' event fires before our LISTEN has completed
  const waiters = new Set<(err?: Error) => void>(); // pending ready() calls
  const settle = (err?: Error) => (waiters.forEach((w) => w(err)), waiters.clear());
  const onConnected = () => {
    // A reconnect that succeeded after close(): shut the late connection down.
    if (closed) return void subscriber.close().catch(() => undefined);
    connected = true;
    settle();
  };

  const reconnectListeners: (() => void)[] = [];
  subscriber.events.on('error', (err) => closed || log({ err }, 'pubsub: postgres listener error'));
  subscriber.events.on('reconnect', (attempt) => {
    connected = false;
    if (attempt === 1 && !closed) log({}, 'pubsub: postgres listener connection lost, reconnecting');
  });
  // Emitted after a reconnect has re-issued LISTEN.
  subscriber.events.on('connected', () => {
    if (connected || !initialDone) return;
    if (!closed) log({}, 'pubsub: postgres listener reconnected');
    onConnected();
    for (const fn of reconnectListeners) fn();
  });
  subscriber.events.on('notification', ({ channel, payload }) => {
    if (channel !== PG_CHANNEL || typeof payload?.t !== 'string') return;
    const set = listeners.get(payload.t);
    if (!set) return;
    const event = new CustomEvent(payload.t, { detail: payload.d ?? null });
    for (const l of [...set]) {
      // A throwing listener must not escape into pg's socket handler.
      try {
        if (typeof l === 'function') l(event);
        else l.handleEvent(event);
      } catch (err) {
        log({ err, topic: payload.t }, 'pubsub: postgres listener threw');
      }
    }
  });

  // LISTEN is queued on the client before connect() completes; if the first connect fails,
  // pg-listen's 'end' handler starts its reconnect loop, which LISTENs again.
  // NOTIFYs go out one at a time: pg deprecates queueing queries on a busy client.
  let tail: Promise<unknown> = Promise.allSettled([subscriber.connect(), subscriber.listenTo(PG_CHANNEL)]).then((results) => {
    initialDone = true;
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (!failure) return onConnected();
    if (!closed) log({ err: failure.reason }, 'pubsub: postgres listener connect failed (retrying)');
  });

  const eventTarget = {
    addEventListener(topic: string, l: Listener | null) {
      if (!l) return;
      listeners.set(topic, (listeners.get(topic) ?? new Set()).add(l));
    },
    removeEventListener(topic: string, l: Listener | null) {
      const set = listeners.get(topic);
      if (l && set?.delete(l) && set.size === 0) listeners.delete(topic);
    },
    dispatchEvent(event: CustomEvent) {
      const body = JSON.stringify({ t: event.type, d: event.detail ?? null });
      const bytes = Buffer.byteLength(body);
      if (bytes > PG_MAX_PAYLOAD_BYTES) {
        throw new Error(
          `pubsub(postgres): payload for "${event.type}" is ${bytes} bytes, over the ${PG_MAX_PAYLOAD_BYTES}-byte NOTIFY budget; publish ids, not objects`,
        );
      }
      tail = tail
        .then(() => subscriber.notify(PG_CHANNEL, body))
        .catch((err: unknown) => closed || log({ err, topic: event.type }, 'pubsub: postgres NOTIFY failed'));
      return true;
    },
  } as unknown as WusheEventTarget;

  return {
    eventTarget,
    onReconnect: (fn) => void reconnectListeners.push(fn),
    ready: () =>
      closed
        ? Promise.reject(new Error('pubsub: postgres transport is closed'))
        : connected
          ? Promise.resolve()
          : new Promise<void>((resolve, reject) => waiters.add((err) => (err ? reject(err) : resolve()))),
    async close() {
      if (closed) return;
      closed = true;
      connected = false;
      settle(new Error('pubsub: postgres transport closed before it was ready'));
      await subscriber.close().catch(() => undefined);
    },
  };
}
