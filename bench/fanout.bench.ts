// Figure 4: one event fanned out to N graphql-ws subscribers (N = 1,000 and 5,000; one community),
// for the core change feed (`changes`) and the dispatch board (`dispatchBoard`, its request resolved
// per event), each signed in two ways: one staff token reused (boards on many screens of one
// office) and 1,000 distinct staff logins (every worker signed in as herself: N/1,000 sockets
// each), against a raw `ws` broadcast of the same JSON to N raw sockets from a bare server in this
// process. Also the server's heap per subscribed socket (after a full GC, sockets open and
// subscribed minus after they closed) against the raw server's, and the evaluations per event;
// per event, for both, the server's CPU and GC pauses and the clients' process CPU (in the notes).
// Delivery latency per client: from the relay's publish (the moment the server has the event —
// the raw broadcast's start is the moment it has the JSON) to arrival; p50/p95/p99 per round,
// median over rounds. The time from the mutation's request is reported alongside (it adds the
// mutation and the outbox relay, which a broadcast has no counterpart for).
// Clients live in the worker process; every socket is closed after each scenario.
// BENCH_PROFILE=<dir> writes a CPU profile of the server process during the timed rounds.
import type { AddressInfo } from 'node:net';
import { PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Client } from 'pg';
import { WebSocketServer } from 'ws';
import type { Wushe } from '../src/server/boot';
import type { OutboxEventRecord } from '../src/plugins/events/event.types';
import { BENCH_PASSWORD, type Seeded } from './seed';
import { captureSql } from './list.bench';
import { figure, gql, login, median, percentile, profiled, sleep, type Figure, type Worker } from './util';

const SIZES = (process.env.FANOUT_SIZES ?? '1000,5000').split(',').map(Number);
/** `one`: one login for every socket; `distinct`: LOGINS distinct staff logins. */
const LOGIN_MODES = (process.env.FANOUT_LOGINS ?? 'one,distinct').split(',') as ('one' | 'distinct')[];
const LOGINS = Number(process.env.FANOUT_DISTINCT_LOGINS ?? 1000);

/** Garbage-collection pause time of this process so far (ms), from a 'gc' performance observer. */
let gcTotal = 0;
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcTotal += e.duration;
});
/** The total once the entries of what just happened are in (the observer hears them a timer later). */
const gcPauses = async (): Promise<number> => {
  await sleep(10);
  return gcTotal;
};

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
/** Heap in use after full collections (a few: weak maps and finalisers settle over passes). */
async function settledHeap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc();
    await sleep(50);
  }
  return process.memoryUsage().heapUsed;
}

/** LOGINS staff accounts with a membership in the community, and an access token for each. */
async function distinctLogins(c: Ctx, communityId: string): Promise<string[]> {
  const db = new Client({ connectionString: c.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(
      `with a as (
         insert into account (id, created_at, updated_at, login, password_hash, display_name)
         select gen_random_uuid(), now(), now(), 'bench-board-' || g || '-' || $2, 'x', '看板用户 ' || g from generate_series(1, $3::int) g
         on conflict do nothing returning id
       ), m as (
         insert into membership (id, created_at, updated_at, community_id, account_id, roles, title)
         select gen_random_uuid(), now(), now(), $1, a.id, array['COMMUNITY_STAFF'], null from a returning account_id
       ) select account_id as id from m`,
      [communityId, Date.now(), LOGINS],
    );
    return Promise.all(rows.map(async (r) => (await c.wushe.app.tokens.signAccess({ accountId: r.id, communityId, platformAdmin: false })).token));
  } finally {
    await db.end();
  }
}
const ROUNDS = 5;
const MUTATION = 'mutation($i: ResidentUpdateInput!) { residentUpdate(input: $i) { userErrors { code } } }';
const REQUEST_CREATE = `mutation($i: ServiceRequestCreateInput!) { serviceRequestCreate(input: $i) { serviceRequest { id } userErrors { code message } } }`;

interface Ctx {
  url: string;
  databaseUrl: string;
  wushe: Wushe;
  seeded: Seeded;
  worker: Worker;
  details: Record<string, unknown>;
}
interface Round {
  key: string;
  /** Event evaluations the live hub made for this round's events. */
  evaluations: number;
  got: number;
  fromSend: number[];
  fromPublish: number[];
  json: string;
  cpuMs: number;
  /** The clients' process (worker) CPU for this round. */
  clientCpuMs: number;
  /** Garbage-collection pauses of this (the server's) process during this round (the note gives the largest). */
  gcMs: number;
}
interface Scenario {
  key: 'changes' | 'dispatchBoard';
  subscription: string;
  /** Commits one change that the subscription reports. */
  fire(i: number): Promise<void>;
}

const hr = () => process.hrtime.bigint();
const msSince = (t0: bigint, arrivals: string[]) => arrivals.map((t) => Number(BigInt(t) - t0) / 1e6);
const stats = (rounds: number[][]) => ({
  p50: median(rounds.map((ms) => percentile(ms, 50))),
  p95: median(rounds.map((ms) => percentile(ms, 95))),
  p99: median(rounds.map((ms) => percentile(ms, 99))),
  max: median(rounds.map((ms) => Math.max(...ms))),
});

async function scenarios(c: Ctx, token: string): Promise<Scenario[]> {
  const residents = (await gql(c.url, 'query { residents(first: 1) { nodes { id household { id } } } }', {}, token)).residents.nodes;
  const out: Scenario[] = [
    {
      key: 'changes',
      subscription: 'subscription { changes { cursor type occurredAt subjectType data } }',
      async fire(i) {
        const r = await gql(c.url, MUTATION, { i: { id: residents[0].id, name: `基准${i}` } }, token);
        if (r.residentUpdate.userErrors?.length) throw new Error(`mutation: ${JSON.stringify(r.residentUpdate.userErrors)}`);
      },
    },
  ];
  // The dispatch board, if the dispatch module can be enabled here (admin of the same community).
  try {
    const admin = await login(c.url, c.seeded.typical.staffLogin.replace('staff', 'admin'), BENCH_PASSWORD);
    const on = await gql(
      c.url,
      'mutation($i: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $i) { userErrors { code message } } }',
      { i: { moduleKey: 'dispatch', enabled: true } },
      admin,
    );
    if (on.communityModuleConfigure.userErrors?.length) throw new Error(JSON.stringify(on.communityModuleConfigure.userErrors));
    const intake = (i: number) => ({
      kind: 'routine',
      category: 'repair',
      title: `基准民需 ${i}`,
      description: '路灯不亮',
      channel: 'WALK_IN',
      requester: residents[0].id,
      household: residents[0].household.id,
    });
    const probe = await gql(c.url, REQUEST_CREATE, { i: intake(0) }, token);
    if (probe.serviceRequestCreate.userErrors?.length) throw new Error(JSON.stringify(probe.serviceRequestCreate.userErrors));
    out.push({
      key: 'dispatchBoard',
      subscription: 'subscription { dispatchBoard { cursor type occurredAt requestId request { id status kind title } } }',
      async fire(i) {
        const r = await gql(c.url, REQUEST_CREATE, { i: intake(i) }, token);
        if (r.serviceRequestCreate.userErrors?.length) throw new Error(`mutation: ${JSON.stringify(r.serviceRequestCreate.userErrors)}`);
      },
    });
  } catch (e) {
    c.details.fanoutDispatchSkipped = (e as Error).message.slice(0, 500);
  }
  return out;
}

export async function fanout(c: Ctx): Promise<Figure[]> {
  const community = c.seeded.typical;
  const token = await login(c.url, community.staffLogin, BENCH_PASSWORD);
  const pubsub = c.wushe.app.pubsub;
  const publish = pubsub.publish;
  const published = new Map<string, { at: bigint; e: OutboxEventRecord }>();
  pubsub.publish = ((topic: string, e: OutboxEventRecord) => {
    published.set(String(e.seq), { at: hr(), e });
    return publish(topic as any, e as any);
  }) as typeof publish;
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  gcObserver.observe({ entryTypes: ['gc'] });
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  c.details.fanout = details;
  let fired = 0;
  try {
    const wsUrl = c.url.replace(/^http/, 'ws');
    const list = await scenarios(c, token);
    const many = LOGIN_MODES.includes('distinct') ? await distinctLogins(c, community.id) : [];
    details.distinctLogins = many.length;
    const hub = c.wushe.app.live.stats;
    for (const n of SIZES) {
      const measured: { s: Scenario; mode: 'one' | 'distinct'; rounds: Round[]; warm: Round; sql: string[]; heapPerSocket: number }[] = [];
      for (const s of list) {
        for (const mode of LOGIN_MODES) {
          const tokens = mode === 'one' ? [token] : many;
          const open = await c.worker.call('gql-open', { url: wsUrl, tokens, n, query: s.subscription }, 300_000);
          const fire = async (): Promise<Round> => {
            const before = new Set(published.keys());
            const evaluations0 = hub.evaluations;
            const gc0 = await gcPauses();
            const cpu0 = process.cpuUsage();
            const t0 = hr();
            await s.fire(++fired);
            let key: string | undefined;
            for (let i = 0; i < 500 && !key; i++) {
              key = [...published.keys()].find((k) => !before.has(k) && published.get(k)!.e.type.startsWith(s.key === 'changes' ? 'core.' : 'dispatch.'));
              if (!key) await sleep(10);
            }
            if (!key) throw new Error("the mutation's event was never published");
            const got: { arrivals: string[]; sample: string | null; cpuMs: number } = await c.worker.call('arrivals', { key, n, timeoutMs: 30_000 }, 40_000);
            const cpu = process.cpuUsage(cpu0);
            const gcMs = (await gcPauses()) - gc0;
            const { at } = published.get(key)!;
            return {
              key,
              evaluations: hub.evaluations - evaluations0,
              got: got.arrivals.length,
              fromSend: msSince(t0, got.arrivals),
              fromPublish: msSince(at, got.arrivals),
              json: got.sample ?? '',
              cpuMs: (cpu.user + cpu.system) / 1000,
              clientCpuMs: got.cpuMs,
              gcMs,
            };
          };
          // Warm-up: subscriptions register asynchronously; wait until one event reaches every client.
          let warm: Round | null = null;
          for (let i = 0; i < 5 && (!warm || warm.got < n); i++) warm = await fire();
          const heapOpen = await settledHeap();
          const rounds: Round[] = [];
          let sql: string[] = [];
          await profiled(`fanout-${s.key}-${mode}-${n}`, async () => {
            for (let i = 0; i < ROUNDS; i++) {
              await sleep(300);
              if (i < ROUNDS - 1) rounds.push(await fire());
              else sql = await captureSql(c.wushe.app.orm, async () => void rounds.push(await fire()));
            }
          });
          details[`${s.key}-${mode}-${n}-clients`] = open.connected;
          await c.worker.call('close-all', {}, 60_000);
          // Heap per socket: open and subscribed minus the same server once they have closed.
          await sleep(1000);
          const heapPerSocket = (heapOpen - (await settledHeap())) / n;
          measured.push({ s, mode, rounds, warm: warm!, sql, heapPerSocket });
        }
      }

      // Baseline: the same JSON each round's clients received, broadcast by a bare ws server here.
      const port = (wss.address() as AddressInfo).port;
      await c.worker.call('raw-open', { url: `ws://127.0.0.1:${port}`, n }, 300_000);
      for (let i = 0; i < 200 && wss.clients.size < n; i++) await sleep(50);
      const rawHeapOpen = await settledHeap();
      const heapFigures: ((raw: number) => Figure)[] = [];
      for (const m of measured) {
        const raw: number[][] = [];
        const rawCpu: number[] = [];
        const rawClientCpu: number[] = [];
        const rawGc: number[] = [];
        for (const [i, r] of [m.warm, ...m.rounds].entries()) {
          if (!r.json) continue; // no client got this round's event in time: nothing to broadcast
          await sleep(300);
          const gc0 = await gcPauses();
          const cpu0 = process.cpuUsage();
          const t0 = hr();
          for (const sock of wss.clients) sock.send(r.json);
          const got: { arrivals: string[]; cpuMs: number } = await c.worker.call('arrivals', { key: r.key, n, timeoutMs: 30_000 }, 40_000);
          const cpu = process.cpuUsage(cpu0);
          const gcMs = (await gcPauses()) - gc0;
          if (i > 0) (raw.push(msSince(t0, got.arrivals)), rawCpu.push((cpu.user + cpu.system) / 1000), rawClientCpu.push(got.cpuMs), rawGc.push(gcMs));
        }
        const g = stats(m.rounds.map((r) => r.fromPublish));
        const gs = stats(m.rounds.map((r) => r.fromSend));
        const b = stats(raw);
        const complete = m.rounds.every((r) => r.got === n) && raw.every((r) => r.length === n);
        const kinds: Record<string, number> = {};
        for (const q of m.sql) kinds[q.slice(0, 60).replace(/\s+/g, ' ')] = (kinds[q.slice(0, 60).replace(/\s+/g, ' ')] ?? 0) + 1;
        const cpu = { graphql: median(m.rounds.map((r) => r.cpuMs)), raw: median(rawCpu) };
        const clientCpu = { graphql: median(m.rounds.map((r) => r.clientCpuMs)), raw: median(rawClientCpu) };
        const gcMs = { graphql: Math.max(0, ...m.rounds.map((r) => r.gcMs)), raw: Math.max(0, ...rawGc) };
        const evaluations = median(m.rounds.map((r) => r.evaluations));
        const who = m.mode === 'one' ? 'one login' : `${many.length} distinct logins`;
        details[`${m.s.key}-${m.mode}-${n}`] = {
          fromPublish: g,
          fromMutationSent: gs,
          raw: b,
          serverCpuMsPerEvent: cpu,
          clientCpuMsPerEvent: clientCpu,
          serverGcPauseMsMaxPerRound: gcMs,
          evaluationsPerEvent: m.rounds.map((r) => r.evaluations),
          heapPerSocketBytes: Math.round(m.heapPerSocket),
          payloadBytes: m.rounds[0]?.json.length,
          delivered: m.rounds.map((r) => r.got),
          rawDelivered: raw.map((r) => r.length),
          sqlStatementsPerEvent: m.sql.length,
          sqlKinds: kinds,
        };
        const id = `4${m.s.key === 'changes' ? '' : 'd'}${m.mode === 'one' ? '' : 'l'}${n === 1000 ? '' : `.${n / 1000}k`}`;
        const label = `fan-out of one event to ${n} \`${m.s.key}\` subscribers (${who}), publish → arrival (median of ${ROUNDS})`;
        const note =
          `${complete ? 'all delivered' : `INCOMPLETE: GraphQL ${m.rounds.map((r) => r.got).join('/')}, raw ${raw.map((r) => r.length).join('/')} of ${n}`}; ` +
          `${evaluations} evaluation(s) per round (the mutation's events); ` +
          `${m.sql.length} SQL statements per event (mutation included); from the mutation's request: p50 ${gs.p50.toFixed(1)} / p95 ${gs.p95.toFixed(1)} ms; ` +
          `server CPU per event ${cpu.graphql.toFixed(0)} ms (mutation included) vs ${cpu.raw.toFixed(0)} ms raw; ` +
          `its GC pauses at most ${gcMs.graphql.toFixed(1)} vs ${gcMs.raw.toFixed(1)} ms per round; clients' CPU ${clientCpu.graphql.toFixed(0)} vs ${clientCpu.raw.toFixed(0)} ms`;
        figures.push(
          figure({
            id,
            name: `${label}, p50`,
            value: g.p50,
            unit: 'ms',
            baseline: b.p50,
            baselineName: 'raw ws broadcast',
            bar: '≤ 2×',
            check: (_v, r) => complete && r != null && r <= 2,
            note,
          }),
          figure({
            id: `${id}b`,
            name: `${label}, p99`,
            value: g.p99,
            unit: 'ms',
            baseline: b.p99,
            baselineName: 'raw ws broadcast',
            bar: '≤ 2.5×',
            check: (_v, r) => complete && r != null && r <= 2.5,
          }),
          figure({ id: `${id}c`, name: `${label}, max (all have it)`, value: g.max, unit: 'ms', baseline: b.max, baselineName: 'raw ws broadcast', bar: '—' }),
        );
        heapFigures.push((raw) =>
          figure({
            id: `${id}h`,
            name: `server heap per subscribed socket, ${n} \`${m.s.key}\` subscribers (${who})`,
            value: m.heapPerSocket / 1024,
            unit: 'KiB',
            baseline: raw / 1024,
            baselineName: 'raw ws server',
            bar: '≤ 20 KiB',
            check: (v) => v != null && v <= 20,
          }),
        );
      }
      await c.worker.call('close-all', {}, 60_000);
      for (let i = 0; i < 100 && wss.clients.size > 0; i++) await sleep(50);
      await sleep(1000);
      const rawHeapPerSocket = (rawHeapOpen - (await settledHeap())) / n;
      details[`raw-${n}-heapPerSocketBytes`] = Math.round(rawHeapPerSocket);
      figures.push(...heapFigures.splice(0).map((f) => f(rawHeapPerSocket)));
    }
    return figures;
  } finally {
    details.gcPauseMsWholeFigure = gcTotal; // forced collections between scenarios included: shows the observer hears them
    gcObserver.disconnect();
    pubsub.publish = publish;
    await c.worker.call('close-all', {}, 60_000).catch(() => undefined);
    for (const s of wss.clients) s.terminate();
    await new Promise<void>((r) => wss.close(() => r()));
  }
}
