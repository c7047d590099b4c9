// Shared pub/sub contracts. Resolvers publish small JSON payloads (ids, cursors) on
// string topics such as `community:<uuid>`; the driver decides how they travel.
import type { PubSubEventTarget } from '@graphql-yoga/subscription';
import type { PubSub as TypeGraphQLPubSub } from 'type-graphql';

export type PubSubDriverName = 'memory' | 'redis' | 'postgres';

export type PubSubLog = (obj: object, msg: string) => void;

/** yoga's args map: publish(topic, payload) or publish(topic, dynamicId, payload). */
export type WushePubSubArgs = Record<string, [any] | [string | number, any]>;

export type WusheEventTarget = PubSubEventTarget<WushePubSubArgs>;

/** What each driver provides; index.ts wraps it with yoga's createPubSub uniformly. */
export interface PubSubTransport {
  eventTarget: WusheEventTarget;
  /**
   * Resolves once the subscribe side is connected (and, for postgres, LISTENing) and every
   * subscription made before the call is registered with the server (Redis SUBSCRIBE acknowledged).
   */
  ready(): Promise<void>;
  close(): Promise<void>;
  /**
   * Called after the subscribe side came back from an outage: events published meanwhile never
   * reached this process, so live streams must re-read the outbox from their cursor.
   */
  onReconnect?(fn: () => void): void;
}

export interface WushePubSub {
  /** Pass to type-graphql `buildSchema({ pubSub })`. */
  pubSub: TypeGraphQLPubSub;
  /** Fire-and-forget; transport failures are logged, not thrown. Oversized postgres payloads throw. */
  publish(topic: string, payload: object): void;
  subscribe(topic: string): AsyncIterable<any>;
  /** As the transport's: also covers listeners added (iterators started) before the call. */
  ready(): Promise<void>;
  close(): Promise<void>;
  /** Registers a callback for "you may have missed events" (after a transport outage); returns an unregister function. */
  onResync(fn: () => void): () => void;
  driver: PubSubDriverName;
}
