// Figure grid: listing a grid's households (一楼一册 page, first:50) in a grid of the 10× community
// vs the same in the 1× community — the first page and a deep keyset page (80 % down each grid).
// Bar: ≤ 1.3× latency (issue 3). Sets up its own grid: one unit per community holding every household.
import { Client } from 'pg';
import { Cursor } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { toGlobalId } from '../src/schema/global-id';
import { captureStatements, explainMs } from './list.bench';
import { BENCH_PASSWORD, type Seeded, type SeededCommunity } from './seed';
import { figure, gql, login, median, nowMs, percentile, type Figure } from './util';

const QUERY = `query GridBenchPage($unit: ID!, $after: String) {
  gridUnit(id: $unit) { households(first: 50, after: $after) { nodes { id number address tags } pageInfo { hasNextPage endCursor } } }
}`;

interface Ctx {
  url: string;
  databaseUrl: string;
  orm: MikroORM;
  seeded: Seeded;
  details: Record<string, unknown>;
}

/** Enables grid in the community, adds unit BG1 and places every household there; returns the unit id. */
async function gridOf(c: Client, community: SeededCommunity): Promise<string> {
  await c.query(
    `insert into community_module (community_id, module_key, enabled, settings, settings_version, role_permissions, updated_at)
    values ($1, 'grid', true, '{}', 1, '{}', now()) on conflict (community_id, module_key) do update set enabled = true`,
    [community.id],
  );
  const { rows } = await c.query(
    `insert into grid_unit (id, created_at, updated_at, community_id, level, code, name)
    values (gen_random_uuid(), now(), now(), $1, 'grid', 'BG1', '压测网格') returning id`,
    [community.id],
  );
  const unit = rows[0].id as string;
  await c.query(
    `insert into grid_placement (id, created_at, updated_at, community_id, household_id, unit_id, placed_at)
    select gen_random_uuid(), now(), now(), $1, h.id, $2, now() from household h where h.community_id = $1`,
    [community.id, unit],
  );
  return unit;
}

export async function gridHouseholdsPage(ctx: Ctx): Promise<Figure[]> {
  const c = new Client({ connectionString: ctx.databaseUrl });
  await c.connect();
  let sides;
  try {
    sides = [];
    for (const community of [ctx.seeded.big, ctx.seeded.small]) {
      const unit = await gridOf(c, community);
      const depth = Math.floor(community.households * 0.8);
      const [deep] = (
        await c.query(`select h.number, h.id from household h where h.community_id = $1 and h.closed_at is null order by h.number, h.id offset $2 limit 1`, [
          community.id,
          depth - 1,
        ])
      ).rows;
      sides.push({
        community,
        unit: toGlobalId('GridUnit', unit),
        depth,
        after: Cursor.encode([deep.number, deep.id]),
        token: await login(ctx.url, community.staffLogin.replace('staff', 'admin'), BENCH_PASSWORD),
        first: [] as number[],
        deep: [] as number[],
      });
    }
    await c.query('analyze grid_placement, grid_unit, community_module');
  } finally {
    await c.end();
  }
  for (const s of sides) {
    const first = await gql(ctx.url, QUERY, { unit: s.unit }, s.token);
    const deep = await gql(ctx.url, QUERY, { unit: s.unit, after: s.after }, s.token);
    if (first.gridUnit?.households.nodes.length !== 50 || deep.gridUnit?.households.nodes.length !== 50) {
      throw new Error(`grid page in ${s.community.name}: ${first.gridUnit?.households.nodes.length} / ${deep.gridUnit?.households.nodes.length} rows`);
    }
  }
  // Alternate sides so drift on a busy machine hits both alike; the first rounds warm up.
  for (let i = 0; i < 170; i++) {
    for (const s of i % 2 ? sides : [...sides].reverse()) {
      let t = nowMs();
      await gql(ctx.url, QUERY, { unit: s.unit }, s.token);
      if (i >= 20) s.first.push(nowMs() - t);
      t = nowMs();
      await gql(ctx.url, QUERY, { unit: s.unit, after: s.after }, s.token);
      if (i >= 20) s.deep.push(nowMs() - t);
    }
  }
  const [big, small] = sides as [(typeof sides)[0], (typeof sides)[0]];
  const statements = await captureStatements(ctx.orm, () => gql(ctx.url, QUERY, { unit: big.unit, after: big.after }, big.token));
  const plans: { ms: number; sql: string }[] = [];
  for (const q of statements.filter((x) => /^\s*select/i.test(x.sql))) {
    plans.push({ ms: await explainMs(ctx.orm, q), sql: q.sql.slice(0, 400) });
  }
  ctx.details.gridHouseholdsPage = {
    big: { community: big.community.name, households: big.community.households, depth: big.depth, firstMs: big.first, deepMs: big.deep },
    small: { community: small.community.name, households: small.community.households, depth: small.depth, firstMs: small.first, deepMs: small.deep },
    statementsPerRequest: statements.length,
    plansDeep10x: plans,
  };
  const label = (what: string) => `grid households page first:50, ${what}, grid of ${big.community.households} vs ${small.community.households} households`;
  return [
    figure({
      id: 'grid',
      name: `${label('first page')}, p50`,
      value: median(big.first),
      unit: 'ms',
      baseline: median(small.first),
      baselineName: '1× grid',
      bar: '≤ 1.3×',
      check: (_v, r) => r != null && r <= 1.3,
      note: `p95 ${percentile(big.first, 95).toFixed(1)} vs ${percentile(small.first, 95).toFixed(1)} ms; ${statements.length} SQL statements per request`,
    }),
    figure({
      id: 'grid-b',
      name: `${label(`deep keyset page (80 %: after ${big.depth} vs ${small.depth})`)}, p50`,
      value: median(big.deep),
      unit: 'ms',
      baseline: median(small.deep),
      baselineName: '1× grid',
      bar: '≤ 1.3×',
      check: (_v, r) => r != null && r <= 1.3,
      note: `p95 ${percentile(big.deep, 95).toFixed(1)} vs ${percentile(small.deep, 95).toFixed(1)} ms; slowest statement (10×) ${Math.max(...plans.map((p) => p.ms)).toFixed(2)} ms`,
    }),
  ];
}
