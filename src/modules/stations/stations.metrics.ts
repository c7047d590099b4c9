// 治理成效 figures of the stations, per community and period [from, to) by slot start.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MetricDeclaration } from '../../plugins/module-contract';

const one = async (em: EntityManager, sql: string, params: unknown[]): Promise<number> => Number((await em.execute(sql, params))[0]?.v ?? 0);
const bookings = (status: string) => (em: EntityManager, c: string, from: Date, to: Date) =>
  one(em, `select count(*)::int v from stations_booking where community_id = ? and starts_at >= ? and starts_at < ? and status in (${status})`, [c, from, to]);

export const stationsMetrics: MetricDeclaration[] = [
  {
    key: 'stations.active',
    name: { 'zh-CN': '在用服务站点（个）', en: 'Stations in service' },
    compute: (em, c) => one(em, `select count(*)::int v from stations_station where community_id = ? and active`, [c]),
  },
  {
    key: 'stations.bookings',
    name: { 'zh-CN': '站点服务预约（人次）', en: 'Bookings of station services' },
    compute: bookings(`'BOOKED', 'ATTENDED', 'NO_SHOW'`),
  },
  { key: 'stations.attended', name: { 'zh-CN': '到场服务（人次）', en: 'Attended bookings' }, compute: bookings(`'ATTENDED'`) },
  {
    key: 'stations.attendanceRate',
    name: { 'zh-CN': '到场率（%，已确认的预约中）', en: 'Attendance rate (% of bookings with attendance recorded)' },
    aggregation: 'rate',
    weightKey: 'stations.bookings',
    compute: (em, c, from, to) =>
      one(
        em,
        `select coalesce(round(100.0 * count(*) filter (where status = 'ATTENDED') / nullif(count(*), 0), 1), 0) v
                 from stations_booking where community_id = ? and starts_at >= ? and starts_at < ? and status in ('ATTENDED', 'NO_SHOW')`,
        [c, from, to],
      ),
  },
];

/** Stations in service per kind key (the per-kind figure; kinds are each community's settings). */
export async function stationsPerKind(em: EntityManager, c: string): Promise<Map<string, number>> {
  const rows: { kind: string; n: number }[] = await em.execute(
    `select kind, count(*)::int n from stations_station where community_id = ? and active group by kind`,
    [c],
  );
  return new Map(rows.map((r) => [r.kind, r.n]));
}
