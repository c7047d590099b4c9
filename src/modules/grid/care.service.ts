// Special care (老小残困) in SQL: who may see which member, when a visit is due, the overdue scan
// that publishes grid.CareVisitOverdue once per missed due date, and the coverage figure.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { NO_COMMUNITY } from '../../db/base.entity';
import { recordEvent } from '../../plugins/events/record-event';
import { Resident } from '../core/public';
import { CareMember } from './care.entity';
import { careVisible } from './grid.policy';
import { gridUnitOfHouseholds, tenantOf } from './grid.lookups';
import { uuidArray } from '../../db/sql';
import { scopeOf } from './scope.service';
import { defineStrategy, strategyOf } from '../../plugins/strategies';
import { GRID_EVENTS } from './grid.events';
import { calendarFor, calendarOf, daySql, todaySql } from '../../schema/calendar';

/** SQL for the day the next visit is due (days of the community's zone). */
export const dueSql = (alias: string, timeZone: string) =>
  `(coalesce(${daySql(`${alias}.last_visit_at`, timeZone)}, ${alias}.starts_on) + ${alias}.visit_every_days)`;

export interface CareFilter {
  category?: string | null;
  overdueOnly?: boolean;
  mine?: boolean;
  units?: string[] | null;
}

/** Ids of the open members the caller may see, filtered (raw SQL: MikroORM raw where keys are single-use). */
export async function visibleCareIds(ctx: Ctx, f: CareFilter = {}): Promise<string[]> {
  const readAll = await ctx.can('grid.care.readAll');
  const scope = await scopeOf(ctx);
  const where = ['m.community_id = ?', 'm.ends_on is null'];
  const params: unknown[] = [tenantOf(ctx.em)];
  const inUnits = (units: string[]) => {
    params.push(uuidArray(units));
    return `m.resident_id in (select r.id from resident r join grid_placement p on p.household_id = r.household_id and p.ended_at is null where p.unit_id = any(?::uuid[]))`;
  };
  if (!readAll) {
    params.push(scope.membershipId ?? NO_COMMUNITY);
    where.push(`(m.responsible_id = ?::uuid or ${inUnits([...scope.units])})`);
  }
  if (f.category) {
    where.push('m.category = ?');
    params.push(f.category);
  }
  if (f.mine) {
    where.push('m.responsible_id = ?::uuid');
    params.push(scope.membershipId ?? NO_COMMUNITY);
  }
  if (f.overdueOnly) {
    const { timeZone } = await calendarOf(ctx);
    where.push(`${dueSql('m', timeZone)} < ${todaySql(timeZone)}`);
  }
  if (f.units) where.push(inUnits(f.units));
  const rows = await ctx.em.getConnection().execute<{ id: string }[]>(`select m.id from grid_care_member m where ${where.join(' and ')}`, params);
  return rows.map((r) => r.id);
}

/** Object-level check for one member. */
/** `em`: inside a mutation pass its transaction's manager (ctx.em would take a second connection). */
export async function canSeeCare(ctx: Ctx, m: CareMember, em?: EntityManager): Promise<boolean> {
  const readAll = await ctx.can('grid.care.readAll');
  if (readAll) return true;
  const scope = await scopeOf(ctx);
  const isResponsible = !!scope.membershipId && m.responsible?.id === scope.membershipId;
  // "Staff of the unit" means holding a duty there; grid.allUnits alone does not open care records.
  let unitInScope = false;
  if (!isResponsible) {
    const resident = em ? await em.findOne(Resident, m.resident.id) : await ctx.loaders.entity(Resident).load(m.resident.id);
    const hh = resident?.household?.id;
    const unit = hh ? (await gridUnitOfHouseholds(em ?? ctx.em, [hh])).get(hh) : null;
    unitInScope = !!unit && scope.units.has(unit);
  }
  return careVisible({ readAll, isResponsible, unitInScope });
}

/** Publishes grid.CareVisitOverdue for members past their due day not notified since their last visit. */
export async function notifyOverdue(em: EntityManager): Promise<number> {
  const cid = tenantOf(em);
  const rows = await strategyOf(em, OVERDUE_MARKS).mark(em, cid, (await calendarFor(em, cid)).timeZone);
  if (!rows.length) return 0;
  const residents = await em.find(Resident, { id: { $in: rows.map((r) => r.resident_id) } });
  const hh = new Map(residents.map((r) => [r.id, r.household?.id ?? null]));
  const units = await gridUnitOfHouseholds(
    em,
    [...hh.values()].filter((h): h is string => !!h),
  );
  for (const r of rows) {
    const h = hh.get(r.resident_id);
    recordEvent(em, GRID_EVENTS.CareVisitOverdue, {
      communityId: cid,
      subject: { type: 'GridCareMember', id: r.id },
      data: { memberId: r.id, residentId: r.resident_id, unitId: h ? (units.get(h) ?? null) : null },
    });
  }
  return rows.length;
}

export interface OverdueMarks {
  /** Marks the community's overdue members not notified since their last visit as notified now; returns them. */
  mark(em: EntityManager, communityId: string, timeZone: string): Promise<{ id: string; resident_id: string }[]>;
}

/** One conditional write marks and returns the members to notify: concurrent scans publish once. */
export const OVERDUE_MARKS = defineStrategy<OverdueMarks>('grid.overdueMarks', 'How an overdue scan picks the care members it notifies', { mark: notifyRows });

function notifyRows(em: EntityManager, cid: string, timeZone: string): Promise<{ id: string; resident_id: string }[]> {
  return em.getConnection().execute(
    `update grid_care_member m set overdue_notified_at = now()
      where m.community_id = ? and m.ends_on is null and ${dueSql('m', timeZone)} < ${todaySql(timeZone)}
        and (m.overdue_notified_at is null or m.overdue_notified_at < coalesce(m.last_visit_at, m.starts_on::timestamptz))
      returning m.id, m.resident_id`,
    [cid],
    'all',
    em.getTransactionContext(),
  );
}

export interface CareStats {
  members: number;
  withResponsible: number;
  onTime: number;
  covered: number;
}

/** Members active today: with a 包保, visited on time (not overdue), and both. */
export async function careStats(em: EntityManager, cid: string, extraWhere = 'true', params: unknown[] = []): Promise<CareStats> {
  const { timeZone: tz } = await calendarFor(em, cid);
  const today = todaySql(tz);
  const [row] = await em.getConnection().execute<Record<string, string>[]>(
    `select count(*) as members,
            count(*) filter (where m.responsible_id is not null) as with_responsible,
            count(*) filter (where ${dueSql('m', tz)} >= ${today}) as on_time,
            count(*) filter (where m.responsible_id is not null and ${dueSql('m', tz)} >= ${today}) as covered
       from grid_care_member m
      where m.community_id = ? and m.starts_on <= ${today} and (m.ends_on is null or m.ends_on >= ${today}) and ${extraWhere}`,
    [cid, ...params],
    'all',
    em.getTransactionContext(),
  );
  return { members: Number(row!.members), withResponsible: Number(row!.with_responsible), onTime: Number(row!.on_time), covered: Number(row!.covered) };
}
