// Entry point: picks a transport and wraps it with yoga's createPubSub, so resolvers
// (type-graphql @Subscription topics) behave identically on every driver.
import { createPubSub } from '@graphql-yoga/subscription';
import { createMemoryTransport } from './memory.driver';
import { createPostgresTransport } from './postgres.driver';
import type { PubSubDriverName, PubSubLog, PubSubTransport, WushePubSub, WushePubSubArgs } from './pubsub.types';

export type { PubSubDriverName, PubSubLog, WushePubSub } from './pubsub.types';

export interface CreateWushePubSubOptions {
  driver: PubSubDriverName;
  redisUrl?: string;
  databaseUrl?: string;
  log?: PubSubLog;
}

/**
 * Does not wait for the network: connection failures are logged and retried in the
 * background. Await `ready()` when you need the subscribe side to be live.
 */
export async function createWushePubSub(opts: CreateWushePubSubOptions): Promise<WushePubSub> {
  const log: PubSubLog = opts.log ?? (() => undefined);
  let transport: PubSubTransport;
  switch (opts.driver) {
    case 'memory':
      transport = createMemoryTransport();
      break;
    case 'redis':
      if (!opts.redisUrl) throw new Error('pubsub: driver "redis" needs redisUrl (set REDIS_URL)');
      // Required here, not imported: ioredis costs every start that does not use it.
      transport = (require('./redis.driver') as typeof import('./redis.driver')).createRedisTransport(opts.redisUrl, log);
      break;
    case 'postgres':
      if (!opts.databaseUrl) throw new Error('pubsub: driver "postgres" needs databaseUrl (set DATABASE_URL)');
      transport = createPostgresTransport(opts.databaseUrl, log);
      break;
    default:
      throw new Error(`pubsub: unknown driver "${String(opts.driver)}" (expected memory, redis or postgres)`);
  }

  const pubSub = createPubSub<WushePubSubArgs>({ eventTarget: transport.eventTarget });
  const resync = new Set<() => void>();
  transport.onReconnect?.(() => {
    for (const fn of [...resync]) fn();
  });
  return {
    driver: opts.driver,
    pubSub,
    publish: (topic, payload) => pubSub.publish(topic, payload),
    subscribe: (topic) => pubSub.subscribe(topic),
    ready: () => transport.ready(),
    close: () => transport.close(),
    onResync(fn) {
      resync.add(fn);
      return () => resync.delete(fn);
    },
  };
}
