// Figure 1: list page req/s (GraphQL vs hand-written endpoint) + SQL statements per request.
// Figure 2: a deep keyset page in the 10× community vs the same depth in the 1× community.
import type { MikroORM } from '@mikro-orm/postgresql';
import { Cursor } from '@mikro-orm/core';
import { cpuNote, cpuPerRequest, sameRowsThenLoad, startListBaseline } from './baseline';
import { personalDataKeysOf } from '../src/schema/personal-crypto';
import type { Seeded } from './seed';
import { BENCH_PASSWORD } from './seed';
import { figure, gql, login, median, nowMs, percentile, type Figure, type Worker } from './util';

export const LIST_QUERY = `query List($first: Int!, $after: String) {
  residents(first: $first, after: $after) { nodes { id name phone idNumber household { number address } } }
}`;

interface Ctx {
  url: string;
  databaseUrl: string;
  orm: MikroORM;
  poolMax: number;
  seeded: Seeded;
  worker: Worker;
  details: Record<string, unknown>;
}

/** A statement as the server sent it: text plus bind values (`$n` placeholders; none when MikroORM inlined them). */
export interface Statement {
  sql: string;
  bindings: readonly unknown[];
}

/** Statements the server sends while `fn` runs, leaving out the outbox relay's own transactions
 * (they run on a timer, not for the request). */
export async function captureStatements(orm: MikroORM, fn: () => Promise<unknown>): Promise<Statement[]> {
  const knex = orm.em.getConnection().getKnex();
  const seen: (Statement & { tx?: string })[] = [];
  const listener = (q: { sql: string; bindings?: unknown[]; __knexTxId?: string }) =>
    void seen.push({ sql: q.sql, bindings: q.bindings ?? [], tx: q.__knexTxId });
  knex.on('query', listener);
  try {
    await fn();
  } finally {
    knex.removeListener('query', listener);
  }
  // Relay transactions are recognised by their lock or their numbering update; a BEGIN or COMMIT alone
  // in the window belongs to a transaction that ran mostly outside it (the relay's, in practice).
  const relay = new Set(seen.filter((q) => q.tx && /pg_advisory_xact_lock|set seq = base\.m/.test(q.sql)).map((q) => q.tx));
  const perTx = new Map<string, number>();
  for (const q of seen) if (q.tx) perTx.set(q.tx, (perTx.get(q.tx) ?? 0) + 1);
  const lone = (q: { sql: string; tx?: string }) => !!q.tx && perTx.get(q.tx) === 1 && /^(BEGIN|COMMIT|ROLLBACK)/i.test(q.sql.trim());
  return seen.filter((q) => !(q.tx && relay.has(q.tx)) && !lone(q)).map(({ sql, bindings }) => ({ sql, bindings }));
}

/** The text of each statement the server sends while `fn` runs (see captureStatements). */
export async function captureSql(orm: MikroORM, fn: () => Promise<unknown>): Promise<string[]> {
  return (await captureStatements(orm, fn)).map((q) => q.sql);
}

/** Statements per request at first:10 and first:100, five requests each, alternating; `keep` drops
 * statements that are not the request's (timers sharing the pool). The last first:100 request's as a sample. */
export async function statementCounts(orm: MikroORM, request: (first: number) => Promise<unknown>, keep: (sql: string) => boolean = () => true) {
  const counts: Record<number, number[]> = { 10: [], 100: [] };
  let sample: string[] = [];
  for (const size of [10, 100, 10, 100, 10, 100, 10, 100, 10, 100]) {
    const sql = (await captureSql(orm, () => request(size))).filter(keep);
    counts[size]!.push(sql.length);
    if (size === 100) sample = sql;
  }
  return { counts, sample };
}

/** EXPLAIN ANALYZE of a captured statement, its execution time in ms. Runs on a pooled pg connection
 * with the captured bind values, so `$n`-parameterised statements (src/db/prepared.ts) replay too. */
export async function explainMs(orm: MikroORM, q: Statement): Promise<number> {
  const client = orm.em.getConnection().getKnex().client;
  const conn = await client.acquireConnection();
  try {
    const { rows } = await conn.query(`explain (analyze, format json) ${q.sql}`, q.bindings);
    return rows[0]['QUERY PLAN'][0]['Execution Time'];
  } finally {
    await client.releaseConnection(conn);
  }
}

export async function listThroughput(c: Ctx): Promise<Figure[]> {
  const community = c.seeded.typical;
  const token = await login(c.url, community.staffLogin, BENCH_PASSWORD);
  const baseline = await startListBaseline(c.databaseUrl, community.id, c.poolMax, personalDataKeysOf(c.orm), 100);
  try {
    const { same, g, b, ratios } = await sameRowsThenLoad(c, baseline, LIST_QUERY, 'residents', token);
    c.details.listThroughput = { community: community.name, residents: community.residents, sameRowsAsBaseline: same, graphql: g, baseline: b };

    const { counts, sample } = await statementCounts(c.orm, (first) => gql(c.url, LIST_QUERY, { first }, token));
    c.details.sqlPerRequest = { counts, statementsAtFirst100: sample.map((s) => s.slice(0, 400)) };
    const s10 = median(counts[10]!);
    const s100 = median(counts[100]!);
    const errs = g.non2xx + g.errors + b.non2xx + b.errors;
    return [
      figure({
        id: '1',
        name: `list page req/s (residents first:100 + household, ${community.residents} residents, 32 conns, 10 s)`,
        value: g.rps,
        unit: 'req/s',
        baseline: b.rps,
        baselineName: 'node:http + pg, 1 SQL',
        bar: '≥ 0.45×',
        check: (_v, r) => r != null && r >= 0.45,
        note: `median of ${ratios.length} interleaved rounds (ratios ${ratios.map((r) => r.toFixed(2)).join(' / ')}); GraphQL p50/p99 ${g.latencyP50}/${g.latencyP99} ms vs baseline ${b.latencyP50}/${b.latencyP99} ms; same rows as baseline: ${same}; errors/non-2xx: ${errs}`,
      }),
      figure({
        id: '1c',
        name: 'CPU per list request (server process + its postgres backends)',
        value: cpuPerRequest(g),
        unit: 'ms',
        baseline: cpuPerRequest(b),
        baselineName: 'hand-written',
        bar: '—',
        note: `GraphQL ${cpuNote(g)}; baseline ${cpuNote(b)} (contention-resistant view of figure 1: the inverse ratio is the throughput ratio a CPU-bound box would show)`,
      }),
      figure({
        id: '1b',
        name: 'SQL statements per list request, first:100 (first:10)',
        value: s100,
        unit: 'stmts',
        baseline: s10,
        baselineName: 'first:10',
        bar: 'constant, ≤ 5',
        check: (v) => v === s10 && v <= 5,
        note: `per request at first:10 ${JSON.stringify(counts[10])}, at first:100 ${JSON.stringify(counts[100])}`,
      }),
    ];
  } finally {
    await baseline.close();
  }
}

async function cursorAt(orm: MikroORM, communityId: string, depth: number): Promise<string> {
  const [row] = await orm.em
    .getConnection()
    .execute('select id from resident where community_id = ? and moved_out_at is null order by id desc offset ? limit 1', [communityId, depth - 1]);
  return Cursor.encode([row.id]);
}

export async function deepPage(c: Ctx): Promise<Figure[]> {
  const depth = 2_500;
  const sides = await Promise.all(
    [c.seeded.big, c.seeded.small].map(async (community) => ({
      community,
      token: await login(c.url, community.staffLogin, BENCH_PASSWORD),
      after: await cursorAt(c.orm, community.id, depth),
      ms: [] as number[],
    })),
  );
  for (const s of sides) {
    const page = await gql(c.url, LIST_QUERY, { first: 100, after: s.after }, s.token);
    if (page.residents.nodes.length !== 100) throw new Error(`deep page in ${s.community.name}: ${page.residents.nodes.length} rows`);
  }
  for (let i = 0; i < 170; i++) {
    for (const s of i % 2 ? sides : [...sides].reverse()) {
      const t = nowMs();
      await gql(c.url, LIST_QUERY, { first: 100, after: s.after }, s.token);
      if (i >= 20) s.ms.push(nowMs() - t);
    }
  }
  const [big, small] = sides as [(typeof sides)[0], (typeof sides)[0]];
  // Where the time goes: EXPLAIN ANALYZE every statement of one deep-page request on each side.
  const plans: Record<string, { ms: number; sql: string }[]> = {};
  for (const s of sides) {
    const sql = await captureStatements(c.orm, () => gql(c.url, LIST_QUERY, { first: 100, after: s.after }, s.token));
    plans[s.community.name] = [];
    for (const q of sql.filter((x) => /^\s*select/i.test(x.sql))) {
      plans[s.community.name]!.push({ ms: await explainMs(c.orm, q), sql: q.sql.slice(0, 300) });
    }
  }
  c.details.deepPage = { depth, big: big.community.name, small: small.community.name, bigMs: big.ms, smallMs: small.ms, plans };
  const slowest = (name: string) => plans[name]!.reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, sql: '' });
  const sb = slowest(big.community.name);
  const ss = slowest(small.community.name);
  const label = `deep page (after ${depth} rows, first:100) in ${big.community.residents} vs ${small.community.residents} residents`;
  const note = `slowest statement ${sb.ms.toFixed(2)} ms (10×) vs ${ss.ms.toFixed(2)} ms (1×): ${sb.sql.slice(0, 140)}…`;
  return (['p50', 'p95'] as const).map((p, i) =>
    figure({
      id: i ? '2b' : '2',
      name: `${label}, ${p}`,
      value: percentile(big.ms, i ? 95 : 50),
      unit: 'ms',
      baseline: percentile(small.ms, i ? 95 : 50),
      baselineName: '1× community',
      bar: '≤ 1.3×',
      check: (_v, r) => r != null && r <= 1.3,
      note: i ? undefined : note,
    }),
  );
}
