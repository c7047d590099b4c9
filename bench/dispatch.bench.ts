// Figure `dispatch` (issue 4): the dispatch board query — the 100 newest open requests with
// requester, household, grid and taker — through GraphQL over HTTP under concurrency, against a
// hand-written node:http + pg endpoint sending ONE SQL statement for the same JSON, in the same
// run, on ≥ 100,000 requests. Also the SQL statements per board request at first:10 and first:100.
import { Client } from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { toGlobalId } from '../src/schema/global-id';
import { cpuNote, cpuPerRequest, sameRowsThenLoad, startSqlBaseline } from './baseline';
import type { Seeded } from './seed';
import { BENCH_PASSWORD } from './seed';
import { statementCounts } from './list.bench';
import { figure, gql, login, median, type Figure, type Worker } from './util';

// What a board renders: the requester's name, the household's number and address, the grid's
// name and the taker's name through the graph edges (objects, not `gridUnit: ID` / `takerName`).
export const BOARD_QUERY = `query Board($first: Int!) {
  dispatchBoard(first: $first) {
    nodes { id title status kind category dueAt requester { id name } household { id number address } grid { id name } taker { id displayName } }
  }
}`;
const GRIDS = 12;

const REQUESTS = 100_000;
const BACKGROUND =
  /array_append\(reminders_sent|overdue_at is null|status = 'RESOLVED'|select distinct community_id|event_consumer|outbox_event|pg_advisory|^\s*(BEGIN|COMMIT|ROLLBACK)/i;
const ACTIVE = `('SUBMITTED','OPEN','IN_PROGRESS','ESCALATED')`;

interface Ctx {
  url: string;
  databaseUrl: string;
  orm: MikroORM;
  poolMax: number;
  seeded: Seeded;
  worker: Worker;
  details: Record<string, unknown>;
}

/** 100,000 requests in one community in a single INSERT … SELECT generate_series: ~1 in 5 open. */
async function seedRequests(databaseUrl: string, communityId: string, staffLogin: string): Promise<{ seconds: number; open: number }> {
  const t0 = Date.now();
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query(`create or replace function bench_dispatch_uuid7(ts timestamptz) returns uuid language sql volatile as $$
      select (lpad(to_hex((extract(epoch from ts) * 1000)::bigint), 12, '0') || '7' || substr(h, 1, 3) || '8' || substr(h, 4, 15))::uuid
        from (select md5(random()::text || clock_timestamp()::text) as h) s $$`);
    for (const key of ['dispatch', 'grid'])
      await c.query(
        `insert into community_module (community_id, module_key, enabled, settings, settings_version, role_permissions, updated_at)
         values ($1, $2, true, '{}', 1, '{}', now()) on conflict (community_id, module_key) do update set enabled = true`,
        [communityId, key],
      );
    // The community's grids (网格): every request is placed in one, so the board shows its name.
    await c.query(
      `insert into grid_unit (id, created_at, updated_at, community_id, level, code, name, sort_order)
       select bench_dispatch_uuid7(now()), now(), now(), $1, 'grid', 'BG' || g, '第' || g || '网格', g from generate_series(1, $2::int) g`,
      [communityId, GRIDS],
    );
    const staff = (await c.query(`select id from account where login = $1`, [staffLogin])).rows[0].id;
    await c.query(
      `with pick as (
         select array_agg(id) rid, array_agg(household_id) hid, count(*)::int n from resident where community_id = $1 and household_id is not null
       ), gu as (
         select array_agg(id order by sort_order) ids, count(*)::int n from grid_unit where community_id = $1 and level = 'grid'
       ), g as (
         select g, timestamptz '2024-01-01' + (g::float8 / $3) * interval '700 days' + random() * interval '1 hour' ts,
                random() r, 1 + floor(random() * (select n from pick))::int k
           from generate_series(1, $3::int) g
       )
       insert into dispatch_request (id, created_at, updated_at, community_id, kind, category, title, description, address, channel,
                                     status, household_id, requester_resident_id, filed_by_account_id, route, taker_account_id, taker_name,
                                     due_at, dispatched_at, taken_at, resolved_at, closed_at, result, rating, grid_unit_id, grid_path)
       select bench_dispatch_uuid7(g.ts), g.ts, g.ts, $1,
              (array['routine','wish','expectation'])[1 + g % 3], (array['repair','care','environment','dispute','policy','other'])[1 + g % 6],
              '民需 ' || g, '楼道灯不亮，请尽快处理 #' || g, null, 'MINI_PROGRAM',
              case when g.r < 0.06 then 'SUBMITTED' when g.r < 0.12 then 'OPEN' when g.r < 0.2 then 'IN_PROGRESS' else 'CLOSED' end,
              p.hid[g.k], p.rid[g.k], $2,
              case when g.r < 0.2 then null else 'PARTY_ORGANIZATION' end,
              case when g.r >= 0.12 then $2::uuid end, case when g.r >= 0.12 then '社区工作人员' end,
              -- Open ones are due in a month: the sweep and reminder jobs stay idle during the run.
              case when g.r < 0.2 then now() + interval '30 days' + random() * interval '30 days' else g.ts + interval '72 hours' end, g.ts + interval '1 hour', case when g.r >= 0.12 then g.ts + interval '2 hours' end,
              case when g.r >= 0.2 then g.ts + interval '1 day' end, case when g.r >= 0.2 then g.ts + interval '2 days' end,
              case when g.r >= 0.2 then '已处理' end, case when g.r >= 0.2 then 5 end,
              gu.ids[1 + g.g % gu.n], array[gu.ids[1 + g.g % gu.n]::text]
         from g cross join pick p cross join gu`,
      [communityId, staff, REQUESTS],
    );
    await c.query('drop function bench_dispatch_uuid7(timestamptz)');
    await c.query('analyze dispatch_request');
    const open = Number((await c.query(`select count(*) n from dispatch_request where community_id = $1 and status in ${ACTIVE}`, [communityId])).rows[0].n);
    return { seconds: (Date.now() - t0) / 1000, open };
  } finally {
    await c.end();
  }
}

// The hand-written floor: one SQL statement with the joins (requester, household, grid, the
// taker's membership and account), the same global ids and JSON shape.
const BASELINE_SQL = `select s.id, s.title, s.status, s.kind, s.category, s.due_at,
       r.id as r_id, r.name as r_name, h.id as h_id, h.number as h_number, h.address as h_address,
       g.id as g_id, g.name as g_name, m.id as m_id, a.display_name as m_name
  from dispatch_request s
  left join resident r on r.id = s.requester_resident_id and r.community_id = s.community_id
  left join household h on h.id = s.household_id and h.community_id = s.community_id
  left join grid_unit g on g.id = s.grid_unit_id and g.community_id = s.community_id
  left join membership m on m.account_id = s.taker_account_id and m.community_id = s.community_id
  left join account a on a.id = m.account_id
 where s.community_id = $1 and s.status in ${ACTIVE}
 order by s.id desc limit $2`;

function startBoardBaseline(databaseUrl: string, communityId: string, poolMax: number) {
  return startSqlBaseline(databaseUrl, poolMax, async (pool) => {
    const { rows } = await pool.query(BASELINE_SQL, [communityId, 100]);
    const nodes = rows.map((x) => ({
      id: toGlobalId('ServiceRequest', x.id),
      title: x.title,
      status: x.status,
      kind: x.kind,
      category: x.category,
      dueAt: x.due_at ? new Date(x.due_at).toISOString() : null,
      requester: x.r_id ? { id: toGlobalId('Resident', x.r_id), name: x.r_name } : null,
      household: x.h_id ? { id: toGlobalId('Household', x.h_id), number: x.h_number, address: x.h_address } : null,
      grid: x.g_id ? { id: toGlobalId('GridUnit', x.g_id), name: x.g_name } : null,
      taker: x.m_id ? { id: toGlobalId('Membership', x.m_id), displayName: x.m_name } : null,
    }));
    return { dispatchBoard: { nodes } };
  });
}

export async function dispatchBoard(c: Ctx): Promise<Figure[]> {
  const community = c.seeded.typical;
  const seeded = await seedRequests(c.databaseUrl, community.id, community.staffLogin);
  const token = await login(c.url, community.staffLogin, BENCH_PASSWORD);
  const baseline = await startBoardBaseline(c.databaseUrl, community.id, c.poolMax);
  try {
    const { same, g, b, ratios } = await sameRowsThenLoad(c, baseline, BOARD_QUERY, 'dispatchBoard', token);

    // Periodic jobs (sweep, reminders) and event consumers share the pool on their own timers:
    // their statements are not the request's.
    const { counts, sample } = await statementCounts(
      c.orm,
      (first) => gql(c.url, BOARD_QUERY, { first }, token),
      (q) => !BACKGROUND.test(q),
    );
    const s10 = median(counts[10]!);
    const s100 = median(counts[100]!);
    c.details.dispatchBoard = {
      community: community.name,
      requests: REQUESTS,
      open: seeded.open,
      seedSeconds: seeded.seconds,
      sameRowsAsBaseline: same,
      graphql: g,
      baseline: b,
      counts,
      statementsAtFirst100: sample.map((q) => q.slice(0, 3000)),
    };
    const errs = g.non2xx + g.errors + b.non2xx + b.errors;
    return [
      figure({
        id: 'd1',
        name: `dispatch board req/s (100 newest open + requester, household, grid and taker as objects; ${REQUESTS} requests, ${seeded.open} open; 32 conns, 10 s)`,
        value: g.rps,
        unit: 'req/s',
        baseline: b.rps,
        baselineName: 'node:http + pg, 1 SQL',
        bar: '≥ 0.6×',
        check: (_v, r) => r != null && r >= 0.6,
        note: `median of ${ratios.length} interleaved rounds (ratios ${ratios.map((r) => r.toFixed(2)).join(' / ')}); GraphQL p50/p99 ${g.latencyP50}/${g.latencyP99} ms vs baseline ${b.latencyP50}/${b.latencyP99} ms; same JSON as baseline: ${same}; errors/non-2xx: ${errs}; seeded in ${seeded.seconds.toFixed(1)} s`,
      }),
      figure({
        id: 'd1c',
        name: 'CPU per board request (server process + its postgres backends)',
        value: cpuPerRequest(g),
        unit: 'ms',
        baseline: cpuPerRequest(b),
        baselineName: 'hand-written',
        bar: '—',
        note: `GraphQL ${cpuNote(g)}; baseline ${cpuNote(b)}`,
      }),
      figure({
        id: 'd1b',
        name: 'SQL statements per board request, first:100 (first:10)',
        value: s100,
        unit: 'stmts',
        baseline: s10,
        baselineName: 'first:10',
        bar: 'constant, ≤ 3',
        check: (v) => v === s10 && v <= 3,
        note: `per request at first:10 ${JSON.stringify(counts[10])}, at first:100 ${JSON.stringify(counts[100])}`,
      }),
    ];
  } finally {
    await baseline.close();
  }
}
