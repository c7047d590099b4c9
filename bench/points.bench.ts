// Figure `points`: ledger mutations per second through GraphQL over HTTP (pointsAdjust +1 to one
// of 256 households, a fresh idempotencyKey each, 32 connections) against pgbench's tpcb-like
// with 32 clients on the same database server in the same run. Bar ≥ 0.3×. Also: SQL statements
// the server sends per ledger mutation, and CPU per posted mutation (server process, postgres).
// pgbench runs ~7 statements per transaction; pointsAdjust is 2 (access + one autocommit posting
// statement, src/modules/points/adjust-posting.ts).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { MikroORM } from '@mikro-orm/postgresql';
import { toGlobalId } from '../src/schema/global-id';
import { captureSql } from './list.bench';
import type { Seeded } from './seed';
import { BENCH_PASSWORD } from './seed';
import { cpuDelta, dbCpu, figure, gql, login, median, sleep, type Figure, type Worker } from './util';

const run = promisify(execFile);
const PGBENCH = process.env.PGBENCH ?? '/usr/bin/pgbench';
const SECONDS = 10;

const ADJUST = `mutation BenchPointsAdjust($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { id status } userErrors { code } } }`;

interface Ctx {
  url: string;
  databaseUrl: string;
  orm: MikroORM;
  seeded: Seeded;
  worker: Worker;
  details: Record<string, unknown>;
}

async function pgbench(databaseUrl: string, seconds: number): Promise<number> {
  const { stdout } = await run(PGBENCH, ['-b', 'tpcb-like', '-c', '32', '-j', '2', '-n', '-T', String(seconds), databaseUrl], { maxBuffer: 1 << 20 });
  const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout) ?? /tps = ([\d.]+)/.exec(stdout);
  if (!m) throw new Error(`pgbench: no tps in ${stdout.slice(-300)}`);
  return Number(m[1]);
}

export async function pointsThroughput(c: Ctx): Promise<Figure[]> {
  const community = c.seeded.typical;
  const conn = c.orm.em.getConnection();
  const admin = await login(c.url, community.staffLogin.replace('staff', 'admin'), BENCH_PASSWORD);
  const configured = await gql(
    c.url,
    `mutation BenchPointsEnable { communityModuleConfigure(input: { moduleKey: "points", enabled: true }) { userErrors { code } } }`,
    {},
    admin,
  );
  if (configured.communityModuleConfigure.userErrors.length) throw new Error(`enable points: ${JSON.stringify(configured)}`);
  const staff = await login(c.url, community.staffLogin, BENCH_PASSWORD);
  const households = (await conn.execute<{ id: string }[]>('select id from household where community_id = ? order by id limit 256', [community.id])).map((h) =>
    toGlobalId('Household', h.id),
  );
  const tag = Date.now().toString(36);
  const body = (h: string) =>
    JSON.stringify({ query: ADJUST, variables: { input: { householdId: h, amount: 1, reason: '压测奖励', idempotencyKey: `bench-${tag}-__SEQ__` } } });
  const bodies = households.map(body);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${staff}` };

  // One request by hand: it must post (no userErrors) before the load is worth measuring.
  const first = await gql(c.url, ADJUST, { input: { householdId: households[0], amount: 1, reason: '压测奖励', idempotencyKey: `bench-${tag}-first` } }, staff);
  if (first.pointsAdjust.userErrors.length || first.pointsAdjust.adjustment.status !== 'POSTED') throw new Error(`pointsAdjust: ${JSON.stringify(first)}`);
  const counts: number[] = [];
  let sample: string[] = [];
  for (let i = 0; i < 5; i++) {
    sample = await captureSql(c.orm, () =>
      gql(c.url, ADJUST, { input: { householdId: households[i + 1], amount: 1, reason: '压测奖励', idempotencyKey: `bench-${tag}-sql-${i}` } }, staff),
    );
    counts.push(sample.length);
  }

  const posted = async () => Number((await conn.execute(`select count(*)::int as n from points_transaction where community_id = ?`, [community.id]))[0].n);
  await run0(
    c,
    bodies.map((b) => b.replace('bench-', 'warm-')),
    headers,
    3,
  );
  await run(PGBENCH, ['-i', '-q', '-s', '1', c.databaseUrl]).catch((e: Error) => {
    throw new Error(`pgbench -i: ${e.message}`);
  });
  await pgbench(c.databaseUrl, 3); // warm-up
  await quiesce(c.orm);
  const before = await posted();
  const cpu0 = process.cpuUsage();
  const db0 = await dbCpu(c.orm);
  const r = await run0(c, bodies, headers, SECONDS);
  const cpu = process.cpuUsage(cpu0);
  const db1 = await dbCpu(c.orm);
  const after = await posted();
  // CPU per posted mutation: this process (server, relay, consumers; the load generator is a child
  // process) and the database's backends (pg_stat_activity at both ends, /proc; local servers only).
  const nodeMs = (cpu.user + cpu.system) / 1000 / Math.max(1, after - before);
  const dbMs = db0 && db1 ? cpuDelta(db0, db1) / Math.max(1, after - before) : null;
  await quiesce(c.orm);
  const tps = await pgbench(c.databaseUrl, SECONDS);
  await conn.execute('drop table if exists pgbench_accounts, pgbench_branches, pgbench_tellers, pgbench_history');
  const [bad] = await conn.execute(
    `select count(*)::int as n from points_account where community_id = ? and kind <> 'SYSTEM' and balance <> (select coalesce(sum(amount), 0) from points_entry e where e.account_id = points_account.id)`,
    [community.id],
  );
  const perSecond = (after - before) / SECONDS;
  c.details.points = {
    community: community.name,
    households: households.length,
    autocannon: r,
    postedInWindow: after - before,
    pgbenchTps: tps,
    nodeCpuMsPerMutation: nodeMs,
    dbCpuMsPerMutation: dbMs,
    sqlPerMutation: counts,
    statements: sample.map((q) => q.slice(0, 300)),
    balancesOff: bad.n,
  };
  return [
    figure({
      id: 'points',
      name: 'ledger mutations/s (pointsAdjust via GraphQL HTTP, 32 conns, 10 s) vs pgbench tpcb-like -c 32',
      value: perSecond,
      unit: 'tx/s',
      baseline: tps,
      baselineName: 'pgbench tpcb-like, scale 1',
      bar: '≥ 0.3×',
      check: (_v, ratio) => ratio != null && ratio >= 0.3,
      note: `posted ${after - before} (autocannon ${r.total} req, p50/p99 ${r.latencyP50}/${r.latencyP99} ms, non-2xx ${r.non2xx}, errors ${r.errors}); ${median(counts)} SQL statements per mutation; CPU per mutation ${nodeMs.toFixed(1)} ms node${dbMs == null ? '' : ` + ${dbMs.toFixed(1)} ms postgres`}; balances off: ${bad.n}`,
    }),
  ];
}

/**
 * Both measured runs start from the same steady state. Statistics are current: the ledger tables
 * and the outbox grew from empty to thousands of rows in the warm-up seconds, and planning on
 * empty-table statistics (which autovacuum replaces within a minute in a running system; pgbench
 * -i analyzes its own tables) cost 2.8 ms of postgres CPU per mutation instead of 1.0. A checkpoint
 * is just taken (the first write of each page after one logs the whole page, so whichever run
 * followed the other's burst of writes would pay for it), and no autovacuum is at work.
 */
async function quiesce(orm: MikroORM): Promise<void> {
  const conn = orm.em.getConnection();
  await conn.execute('analyze');
  await conn.execute('checkpoint').catch(() => undefined); // needs superuser or pg_checkpoint: best effort
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const [{ n }] = await conn.execute<{ n: number }[]>(`select count(*)::int as n from pg_stat_activity where backend_type = 'autovacuum worker'`);
    if (n === 0) break;
    await sleep(250);
  }
  await sleep(500);
}

function run0(c: Ctx, bodies: string[], headers: Record<string, string>, duration: number) {
  return c.worker.call('cannon', { url: c.url, headers, bodies, connections: 32, duration }, (duration + 30) * 1000);
}
