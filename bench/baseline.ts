// Hand-written baselines: plain node:http + a pg Pool of the server's size, one SQL query with the
// joins, the same masking and global ids, the same JSON shape out (the list page's here, the
// dispatch board's in dispatch.bench.ts). No GraphQL, no ORM, no auth — the floor the GraphQL
// stack is compared with; loadVersusBaseline runs the same load against both.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { toGlobalId } from '../src/schema/global-id';
import { maskedResidentField } from '../src/modules/core/personal-data.service';
import type { PersonalDataKeys } from '../src/schema/personal-crypto';
import { cpuDelta, dbCpu, gql, median, profiled, settle, type Worker } from './util';

const SQL = `select r.id, r.name, r.phone_enc, r.id_number_enc, h.number, h.address
  from resident r left join household h on h.id = r.household_id and h.community_id = r.community_id
  where r.community_id = $1 and r.moved_out_at is null
  order by r.id desc limit $2`;

export interface Baseline {
  url: string;
  /** True while queries are running or queued (requests left over from a load run). */
  busy(): boolean;
  close(): Promise<void>;
}

/** A bare node:http server over a pg Pool of `poolMax`: every request answers `{ data: await data(pool) }`. */
export async function startSqlBaseline(databaseUrl: string, poolMax: number, data: (pool: Pool) => Promise<unknown>): Promise<Baseline> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolMax });
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      try {
        const body = JSON.stringify({ data: await data(pool) });
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      } catch (e) {
        res.writeHead(500).end(String((e as Error).message));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    busy: () => pool.waitingCount > 0 || pool.idleCount < pool.totalCount,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await pool.end();
    },
  };
}

export function startListBaseline(databaseUrl: string, communityId: string, poolMax: number, keys: PersonalDataKeys, pageSize = 100): Promise<Baseline> {
  return startSqlBaseline(databaseUrl, poolMax, async (pool) => {
    const { rows } = await pool.query(SQL, [communityId, pageSize]);
    const nodes = rows.map((r) => ({
      id: toGlobalId('Resident', r.id),
      name: r.name,
      // The same decrypt-then-mask the server does (personal data is sealed at rest).
      phone: maskedResidentField(keys, { id: r.id, idNumberEnc: null, phoneEnc: r.phone_enc }, 'phone'),
      idNumber: maskedResidentField(keys, { id: r.id, idNumberEnc: r.id_number_enc, phoneEnc: null }, 'idNumber'),
      household: r.number == null ? null : { number: r.number, address: r.address },
    }));
    return { residents: { nodes } };
  });
}

/** One autocannon run (bench/worker.ts) plus CPU per request: this process and the database's backends. */
export interface LoadRun {
  rps: number;
  total: number;
  latencyP50: number;
  latencyP99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  bytesPerReq: number;
  nodeCpuMsPerReq: number;
  /** null when the backends' CPU cannot be read (not a local server). */
  dbCpuMsPerReq: number | null;
}

/** Rounds per load comparison (BENCH_ROUNDS, default 3): each figure is the median of its rounds. */
export const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));

/** Each field of the runs, its median (the rounds' spread is kept in `rounds`). */
function medianRun(runs: LoadRun[]): LoadRun {
  const mid = (f: (r: LoadRun) => number) => median(runs.map(f));
  const db = runs.every((r) => r.dbCpuMsPerReq != null) ? mid((r) => r.dbCpuMsPerReq!) : null;
  return {
    rps: mid((r) => r.rps),
    total: mid((r) => r.total),
    latencyP50: mid((r) => r.latencyP50),
    latencyP99: mid((r) => r.latencyP99),
    non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
    errors: runs.reduce((s, r) => s + r.errors, 0),
    timeouts: runs.reduce((s, r) => s + r.timeouts, 0),
    bytesPerReq: mid((r) => r.bytesPerReq),
    nodeCpuMsPerReq: mid((r) => r.nodeCpuMsPerReq),
    dbCpuMsPerReq: db,
  };
}

/** The same POST (32 connections) against the server `c.url` and `baseline`: both warmed up 3 s,
 * then ROUNDS interleaved rounds of 10 s each (the order alternating, so a drift of the machine
 * weighs on both), each run starting once the previous one's queued requests have drained.
 * Each side's figures are the medians of its rounds; `ratios` holds every round's req/s ratio. */
export async function loadVersusBaseline(
  c: { url: string; orm: MikroORM; worker: Worker },
  baseline: Baseline,
  headers: Record<string, string>,
  body: string,
  label: string,
): Promise<{ g: LoadRun; b: LoadRun; ratios: number[] }> {
  const pool = (c.orm.em.getConnection().getKnex().client as any).pool;
  const gqlBusy = () => pool.numPendingAcquires() > 0 || pool.numUsed() > 1; // the outbox relay may hold one
  const run = async (url: string, duration: number, busy: () => boolean, profile?: string): Promise<LoadRun> => {
    await settle(busy); // requests queued by the previous run must not leak into this one
    const cpu0 = process.cpuUsage();
    const db0 = await dbCpu(c.orm);
    const cannon = () => c.worker.call('cannon', { url, headers, body, connections: 32, duration }, (duration + 30) * 1000);
    const r = profile ? await profiled(profile, cannon) : await cannon();
    const cpu = process.cpuUsage(cpu0);
    const db1 = await dbCpu(c.orm);
    const total = Math.max(1, r.total);
    return { ...r, nodeCpuMsPerReq: (cpu.user + cpu.system) / 1000 / total, dbCpuMsPerReq: db0 && db1 ? cpuDelta(db0, db1) / total : null };
  };
  await run(baseline.url, 3, baseline.busy); // warm-up both (JIT, pools, plan cache)
  await run(c.url, 3, gqlBusy);
  const gs: LoadRun[] = [];
  const bs: LoadRun[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const graphql = async () => void gs.push(await run(c.url, 10, gqlBusy, i === 0 ? `load-${label}` : undefined));
    const hand = async () => void bs.push(await run(baseline.url, 10, baseline.busy));
    if (i % 2) await hand().then(graphql);
    else await graphql().then(hand);
  }
  await settle(gqlBusy);
  return { g: medianRun(gs), b: medianRun(bs), ratios: gs.map((g, i) => g.rps / Math.max(1, bs[i]!.rps)) };
}

export const cpuPerRequest = (r: LoadRun) => r.nodeCpuMsPerReq + (r.dbCpuMsPerReq ?? 0);
export const cpuNote = (r: LoadRun) =>
  `${r.nodeCpuMsPerReq.toFixed(2)} ms node` + (r.dbCpuMsPerReq == null ? '' : ` + ${r.dbCpuMsPerReq.toFixed(2)} ms postgres`);

/** The figure's query through GraphQL and the same request to the baseline must give the same
 * 100 rows of `root.nodes`; then the same load against both (loadVersusBaseline). */
export async function sameRowsThenLoad(c: { url: string; orm: MikroORM; worker: Worker }, baseline: Baseline, query: string, root: string, token: string) {
  const body = JSON.stringify({ query, variables: { first: 100 } });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const viaGql = await gql(c.url, query, { first: 100 }, token);
  const viaSql = (await (await fetch(baseline.url, { method: 'POST', body })).json()) as any;
  const same = JSON.stringify(viaGql[root].nodes) === JSON.stringify(viaSql.data[root].nodes);
  if (viaGql[root].nodes.length !== 100) throw new Error(`expected 100 rows, got ${viaGql[root].nodes.length}`);
  return { same, ...(await loadVersusBaseline(c, baseline, headers, body, root)) };
}
