// Pub/sub drivers against the real Redis / PostgreSQL on this machine.
import { randomUUID } from 'node:crypto';
import { createWushePubSub, type PubSubDriverName, type WushePubSub } from '../../src/plugins/pubsub';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const logs: Array<{ obj: object; msg: string }> = [];
const open: WushePubSub[] = [];
async function make(driver: PubSubDriverName): Promise<WushePubSub> {
  const ps = await createWushePubSub({
    driver,
    redisUrl: REDIS_URL,
    databaseUrl: DATABASE_URL,
    log: (obj, msg) => logs.push({ obj, msg }),
  });
  open.push(ps);
  return ps;
}

const timeout = (ms: number, what: string) => new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms).unref());

/** SUBSCRIBE/LISTEN register asynchronously: re-publish until the first event lands. */
async function firstEvent<T>(it: AsyncIterator<T>, publish: () => void, ms = 3000): Promise<T> {
  const next = it.next();
  publish();
  const retry = setInterval(publish, 100);
  try {
    return (await Promise.race([next, timeout(ms, 'first event')])).value;
  } finally {
    clearInterval(retry);
  }
}

afterAll(async () => {
  await Promise.all(open.map((ps) => ps.close()));
});

test('validates that the needed url is given', async () => {
  await expect(createWushePubSub({ driver: 'redis' })).rejects.toThrow(/redisUrl/);
  await expect(createWushePubSub({ driver: 'postgres' })).rejects.toThrow(/databaseUrl/);
  await expect(createWushePubSub({ driver: 'nope' as PubSubDriverName })).rejects.toThrow(/unknown driver/);
});

describe.each(['memory', 'redis', 'postgres'] as const)('%s driver', (driver) => {
  test('a subscriber receives a published event (also via type-graphql style dynamic id)', async () => {
    const ps = await make(driver);
    await ps.ready();
    const topic = `community:${randomUUID()}`;
    const it = ps.subscribe(topic)[Symbol.asyncIterator]();
    await expect(firstEvent(it, () => ps.publish(topic, { id: 'a1' }))).resolves.toEqual({ id: 'a1' });
    await it.return?.();

    const id = randomUUID();
    const it2 = ps.pubSub.subscribe('community', id)[Symbol.asyncIterator]();
    await expect(firstEvent(it2, () => ps.pubSub.publish('community', id, { n: 1 }))).resolves.toEqual({ n: 1 });
    await it2.return?.();
  });
});

describe.each(['redis', 'postgres'] as const)('%s driver across processes', (driver) => {
  test('publish on one instance, receive on the other within 1 s; publisher gets its own event once', async () => {
    const [a, b] = [await make(driver), await make(driver)];
    await Promise.all([a.ready(), b.ready()]);
    const topic = `community:${randomUUID()}`;
    const onB = b.subscribe(topic)[Symbol.asyncIterator]();
    const onA = a.subscribe(topic)[Symbol.asyncIterator]();
    await firstEvent(onB, () => a.publish(topic, { warmup: true }));
    await firstEvent(onA, () => a.publish(topic, { warmup: true }));
    // Drain warm-up duplicates by waiting for a marker on both sides.
    const drain = async (it: AsyncIterator<{ marker?: string }>, marker: string) => {
      for (;;) if ((await it.next()).value.marker === marker) return;
    };
    a.publish(topic, { marker: 'm0' });
    await Promise.all([drain(onA, 'm0'), drain(onB, 'm0')]);

    const started = Date.now();
    a.publish(topic, { cursor: 'c1' });
    a.publish(topic, { cursor: 'c2' });
    const within = (p: Promise<IteratorResult<unknown>>) => Promise.race([p, timeout(1000, 'event within 1s')]);
    expect((await within(onB.next())).value).toEqual({ cursor: 'c1' });
    expect((await within(onB.next())).value).toEqual({ cursor: 'c2' });
    expect(Date.now() - started).toBeLessThan(1000);
    // The publisher sees each event exactly once (through the transport, not also locally).
    expect((await within(onA.next())).value).toEqual({ cursor: 'c1' });
    expect((await within(onA.next())).value).toEqual({ cursor: 'c2' });
    await Promise.all([onA.return?.(), onB.return?.()]);
  });

  test('close() with a live subscription does not throw or reject later', async () => {
    const ps = await make(driver);
    await ps.ready();
    const it = ps.subscribe(`community:${randomUUID()}`)[Symbol.asyncIterator]();
    const pending = it.next();
    await ps.close();
    ps.publish('community:x', { after: 'close' }); // logged or dropped, never an unhandled rejection
    await it.return?.();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    await expect(ps.ready()).rejects.toThrow(/closed/);
    await new Promise((r) => setTimeout(r, 100));
  });
});

test('postgres rejects payloads over the NOTIFY budget with a clear error', async () => {
  const ps = await make('postgres');
  expect(() => ps.publish('community:big', { blob: 'x'.repeat(8000) })).toThrow(/NOTIFY budget/);
});

test('no connection errors were logged', () => {
  expect(logs).toEqual([]);
});
