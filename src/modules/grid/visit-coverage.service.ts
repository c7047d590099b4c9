// 走访覆盖: for each visit plan (duty role, every N days), the households under the role's units
// and how many were met within the last N days of the community's calendar — per unit of the
// role's level and per holder of the role. A household not met within N days is overdue.
import type { EntityManager } from '@mikro-orm/postgresql';
import { todaySql } from '../../schema/calendar';
import { uuidArray } from '../../db/sql';

export interface CoverageRow {
  id: string;
  households: number;
  visited: number;
}

export interface PlanWindow {
  communityId: string;
  role: string;
  level: string;
  everyDays: number;
  timeZone: string;
  /** null: every unit; else only these unit ids (the caller's reach). */
  units: string[] | null;
}

/** Condition on visit `v`: met for the plan within its cadence (binds community, role, days). */
const MET_SINCE = (p: PlanWindow) => `v.community_id = ? and v.duty_role = ? and v.outcome = 'MET' and v.visited_on > ${todaySql(p.timeZone)} - ?::int`;
const metParams = (p: PlanWindow) => [p.communityId, p.role, p.everyDays];
const reachOf = (p: PlanWindow) => (p.units ? { sql: 'and u.id = any(?::uuid[])', params: [uuidArray(p.units)] } : { sql: '', params: [] });

function run<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
}

/** Households and visited households per unit of the plan's level (units outside the reach left out). */
export function unitCoverage(em: EntityManager, p: PlanWindow): Promise<CoverageRow[]> {
  const reach = reachOf(p);
  return run<CoverageRow>(
    em,
    `with recursive tree as (
       select u.id as root, u.id from grid_unit u where u.community_id = ? and u.level = ? ${reach.sql}
       union all select t.root, c.id from grid_unit c join tree t on c.parent_id = t.id where c.community_id = ?),
     hh as (select distinct t.root, p.household_id from tree t
              join grid_placement p on p.unit_id = t.id and p.ended_at is null and p.community_id = ?
              join household h on h.id = p.household_id and h.closed_at is null),
     seen as (select distinct v.household_id from grid_household_visit v where ${MET_SINCE(p)})
     select u.id, count(hh.household_id)::int as households, count(s.household_id)::int as visited
       from grid_unit u join (select distinct root from tree) r on r.root = u.id
       left join hh on hh.root = u.id left join seen s on s.household_id = hh.household_id
      group by u.id, u.sort_order, u.code order by u.sort_order, u.code`,
    [p.communityId, p.level, ...reach.params, p.communityId, p.communityId, ...metParams(p)],
  );
}

/** Households and households the holder met, per active holder of the role (`only`: just this membership). */
export function workerCoverage(em: EntityManager, p: PlanWindow, only: string | null): Promise<CoverageRow[]> {
  const today = todaySql(p.timeZone);
  return run<CoverageRow>(
    em,
    `with recursive tree as (
       select d.membership_id as who, d.unit_id as id from grid_duty d join membership m on m.id = d.membership_id and m.active
        where d.community_id = ? and d.role = ? and d.starts_on <= ${today} and (d.ends_on is null or d.ends_on >= ${today})
          ${only ? 'and d.membership_id = ?' : ''}
       union select t.who, c.id from grid_unit c join tree t on c.parent_id = t.id where c.community_id = ?),
     hh as (select distinct t.who, p.household_id from tree t
              join grid_placement p on p.unit_id = t.id and p.ended_at is null and p.community_id = ?
              join household h on h.id = p.household_id and h.closed_at is null)
     select w.who as id, count(hh.household_id)::int as households,
            (count(hh.household_id) filter (where exists (select 1 from grid_household_visit v
              where ${MET_SINCE(p)} and v.household_id = hh.household_id and v.visitor_membership_id = w.who)))::int as visited
       from (select distinct who from tree) w left join hh on hh.who = w.who group by w.who order by w.who`,
    [p.communityId, p.role, ...(only ? [only] : []), p.communityId, p.communityId, ...metParams(p)],
  );
}

/** Households under the plan's units (within the reach) not met within the cadence, longest unvisited first. */
export async function overdueHouseholds(em: EntityManager, p: PlanWindow, limit: number): Promise<string[]> {
  const reach = reachOf(p);
  const rows = await run<{ household_id: string }>(
    em,
    `with recursive tree as (
       select u.id from grid_unit u where u.community_id = ? and u.level = ? ${reach.sql}
       union select c.id from grid_unit c join tree t on c.parent_id = t.id where c.community_id = ?)
     select p.household_id from grid_placement p join tree t on t.id = p.unit_id
       join household h on h.id = p.household_id and h.closed_at is null
      where p.community_id = ? and p.ended_at is null
        and not exists (select 1 from grid_household_visit v where ${MET_SINCE(p)} and v.household_id = p.household_id)
      order by (select max(v.visited_at) from grid_household_visit v where v.community_id = ? and v.household_id = p.household_id) asc nulls first,
               h.number
      limit ?`,
    [p.communityId, p.level, ...reach.params, p.communityId, p.communityId, ...metParams(p), p.communityId, limit],
  );
  return rows.map((r) => r.household_id);
}
