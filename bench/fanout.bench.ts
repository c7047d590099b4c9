// Figure 4: one mutation → `changes` event to 1,000 graphql-ws subscribers (one community, one
// staff token reused), per-client arrival p50/p99/max, against a raw `ws` broadcast of the same
// JSON to 1,000 raw sockets. Clients live in the worker process; every socket is closed after.
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { Wushe } from '../src/server/boot';
import type { OutboxEventRecord } from '../src/plugins/events/event.types';
import { BENCH_PASSWORD, type Seeded } from './seed';
import { captureSql } from './list.bench';
import { figure, gql, login, median, percentile, sleep, type Figure, type Worker } from './util';

const N = 1_000;
const ROUNDS = 5;
const SUBSCRIPTION = 'subscription { changes { cursor type occurredAt subjectType data } }';
const MUTATION = 'mutation($i: ResidentUpdateInput!) { residentUpdate(input: $i) { userErrors { code } } }';

interface Ctx { url: string; wushe: Wushe; seeded: Seeded; worker: Worker; details: Record<string, unknown> }
interface Round { key: string; got: number; fromSend: number[]; fromPublish: number[]; json: string }

const hr = () => process.hrtime.bigint();
const msSince = (t0: bigint, arrivals: string[]) => arrivals.map((t) => Number(BigInt(t) - t0) / 1e6);
const stats = (rounds: { ms: number[] }[]) => ({
  p50: median(rounds.map((r) => percentile(r.ms, 50))),
  p99: median(rounds.map((r) => percentile(r.ms, 99))),
  max: median(rounds.map((r) => Math.max(...r.ms))),
});

export async function fanout(c: Ctx): Promise<Figure[]> {
  const community = c.seeded.typical;
  const token = await login(c.url, community.staffLogin, BENCH_PASSWORD);
  const residentId = (await gql(c.url, 'query { residents(first: 1) { nodes { id } } }', {}, token)).residents.nodes[0].id;
  const pubsub = c.wushe.app.pubsub;
  const publish = pubsub.publish;
  const published = new Map<string, { at: bigint; e: OutboxEventRecord }>();
  pubsub.publish = ((topic: string, e: OutboxEventRecord) => {
    published.set(String(e.seq), { at: hr(), e });
    return publish(topic as any, e as any);
  }) as typeof publish;
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  try {
    const wsUrl = c.url.replace(/^http/, 'ws');
    const open = await c.worker.call('gql-open', { url: wsUrl, token, n: N, query: SUBSCRIPTION }, 180_000);
    let seq = 0;
    const fire = async (): Promise<Round> => {
      const before = new Set(published.keys());
      const t0 = hr();
      const r = await gql(c.url, MUTATION, { i: { id: residentId, name: `基准${++seq}` } }, token);
      if (r.residentUpdate.userErrors?.length) throw new Error(`mutation: ${JSON.stringify(r.residentUpdate.userErrors)}`);
      let key: string | undefined;
      for (let i = 0; i < 500 && !key; i++) {
        key = [...published.keys()].find((k) => !before.has(k));
        if (!key) await sleep(10);
      }
      if (!key) throw new Error('the mutation\'s event was never published');
      const arrivals: string[] = await c.worker.call('arrivals', { key, n: N, timeoutMs: 20_000 }, 30_000);
      const { at, e } = published.get(key)!;
      const json = JSON.stringify({ id: '00000000-0000-4000-8000-000000000000', type: 'next', payload: { data: { changes: {
        cursor: e.seq, type: e.type, occurredAt: new Date(e.createdAt).toISOString(), subjectType: e.subjectType, data: e.data } } } });
      return { key, got: arrivals.length, fromSend: msSince(t0, arrivals), fromPublish: msSince(at, arrivals), json };
    };
    // Warm-up: subscriptions register asynchronously; wait until one event reaches every client.
    let warm: Round | null = null;
    for (let i = 0; i < 5 && (!warm || warm.got < N); i++) warm = await fire();
    const rounds: Round[] = [];
    let sqlPerEvent: string[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      await sleep(300);
      if (i < ROUNDS - 1) rounds.push(await fire());
      else sqlPerEvent = await captureSql(c.wushe.app.orm, async () => void rounds.push(await fire()));
    }
    await c.worker.call('close-all', {}, 30_000);

    // Baseline: the same JSON, broadcast by a bare ws server in this process to 1,000 raw sockets.
    const port = (wss.address() as AddressInfo).port;
    await c.worker.call('raw-open', { url: `ws://127.0.0.1:${port}`, n: N }, 120_000);
    for (let i = 0; i < 100 && wss.clients.size < N; i++) await sleep(50);
    const raw: { ms: number[]; got: number }[] = [];
    for (const [i, r] of [warm!, ...rounds].entries()) {
      await sleep(300);
      const t0 = hr();
      for (const s of wss.clients) s.send(r.json);
      const arrivals: string[] = await c.worker.call('arrivals', { key: r.key, n: N, timeoutMs: 20_000 }, 30_000);
      if (i > 0) raw.push({ ms: msSince(t0, arrivals), got: arrivals.length });
    }
    await c.worker.call('close-all', {}, 30_000);

    const g = stats(rounds.map((r) => ({ ms: r.fromSend })));
    const gp = stats(rounds.map((r) => ({ ms: r.fromPublish })));
    const b = stats(raw);
    const delivered = `delivered per round: GraphQL ${rounds.map((r) => r.got).join('/')}, raw ${raw.map((r) => r.got).join('/')} of ${N}`;
    const kinds = new Map<string, number>();
    for (const q of sqlPerEvent) kinds.set(q.slice(0, 60).replace(/\s+/g, ' '), (kinds.get(q.slice(0, 60).replace(/\s+/g, ' ')) ?? 0) + 1);
    c.details.fanout = { sqlStatementsPerEvent: sqlPerEvent.length, sqlKinds: Object.fromEntries(kinds), clientsConnected: open.connected, warmupDelivered: warm?.got, graphqlFromSend: g, graphqlFromPublish: gp, raw: b,
      rounds: rounds.map((r) => ({ got: r.got, p50: percentile(r.fromSend, 50), p99: percentile(r.fromSend, 99), max: Math.max(...r.fromSend), publishP99: percentile(r.fromPublish, 99) })) };
    const label = `fan-out to ${N} graphql-ws subscribers, from mutation sent (median of ${ROUNDS})`;
    const complete = rounds.every((r) => r.got === N) && raw.every((r) => r.got === N);
    return [
      figure({ id: '4', name: `${label}, p50`, value: g.p50, unit: 'ms', baseline: b.p50, baselineName: 'raw ws broadcast', bar: '≤ 3×',
        check: (_v, r) => complete && r != null && r <= 3, note: `${delivered}; ${sqlPerEvent.length} SQL statements for one event (mutation included); from the relay's publish instead: p50 ${gp.p50.toFixed(1)} / p99 ${gp.p99.toFixed(1)} / max ${gp.max.toFixed(1)} ms` }),
      figure({ id: '4b', name: `${label}, p99`, value: g.p99, unit: 'ms', baseline: b.p99, baselineName: 'raw ws broadcast', bar: '≤ 3×',
        check: (_v, r) => complete && r != null && r <= 3 }),
      figure({ id: '4c', name: `${label}, max (all have it)`, value: g.max, unit: 'ms', baseline: b.max, baselineName: 'raw ws broadcast', bar: '—' }),
    ];
  } finally {
    pubsub.publish = publish;
    await c.worker.call('close-all', {}, 30_000).catch(() => undefined);
    for (const s of wss.clients) s.terminate();
    await new Promise<void>((r) => wss.close(() => r()));
  }
}
