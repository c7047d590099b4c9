// 治理成效 figures of the stations, per community and period [from, to) by slot start.
import type { EntityManager } from '@mikro-orm/postgresql';
import { ratioValue, type MetricDeclaration, type MetricFacts, type RatioParts } from '../../plugins/module-contract';
import { haversineMetres } from '../../db/geo';
import { householdPlaces } from '../core/public';
import { unitPointsOfHouseholds } from '../grid/public';
import { StationsSettings } from './stations.settings';

const one = async (em: EntityManager, sql: string, params: unknown[]): Promise<number> => Number((await em.execute(sql, params))[0]?.v ?? 0);
const bookings = (status: string) => (em: EntityManager, c: string, from: Date, to: Date) =>
  one(em, `select count(*)::int v from stations_booking where community_id = ? and starts_at >= ? and starts_at < ? and status in (${status})`, [c, from, to]);

/**
 * 站点覆盖率 (15分钟生活圈) now: residents of open households whose place — the household's own
 * coordinates, else those of its grid building (or the nearest unit above with some) while grid is
 * enabled — lies within `reachRadiusMetres` of a station in service with coordinates, over all
 * residents of open households. Residents of households with no known place are `unknown` and
 * count as not reached. A state, not a flow: the period does not change it.
 */
export async function reachParts(em: EntityManager, c: string, _from: Date, _to: Date, facts: MetricFacts): Promise<RatioParts> {
  const households = await householdPlaces(em, c);
  const fromGrid = facts.enabled('grid')
    ? await unitPointsOfHouseholds(
        em,
        households.filter((h) => h.latitude == null).map((h) => h.id),
      )
    : new Map<string, { latitude: number; longitude: number }>();
  const placed: { id: string; residents: number; latitude: number; longitude: number }[] = [];
  let denominator = 0;
  let unknown = 0;
  for (const h of households) {
    denominator += h.residents;
    const p = h.latitude != null && h.longitude != null ? { latitude: h.latitude, longitude: h.longitude } : fromGrid.get(h.id);
    if (p) placed.push({ id: h.id, residents: h.residents, ...p });
    else unknown += h.residents;
  }
  if (placed.length === 0) return { numerator: 0, denominator, unknown };
  const radius = (await facts.settingsAs(StationsSettings)).reachRadiusMetres;
  const [row] = await em.execute(
    `select coalesce(sum(h.residents), 0)::int v
       from unnest(?::int[], ?::float8[], ?::float8[]) as h(residents, lat, lng)
      where exists (select 1 from stations_station s where s.community_id = ? and s.active and s.latitude is not null
                      and ${haversineMetres('h.lat', 'h.lng', 's.latitude', 's.longitude')} <= ?)`,
    [
      `{${placed.map((h) => h.residents).join(',')}}`,
      `{${placed.map((h) => h.latitude).join(',')}}`,
      `{${placed.map((h) => h.longitude).join(',')}}`,
      c,
      radius,
    ],
  );
  return { numerator: Number(row?.v ?? 0), denominator, unknown };
}

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
  {
    key: 'stations.reach',
    name: { 'zh-CN': '站点覆盖率（%，步行半径内的居民）', en: 'Residents within walking reach of a station (%)' },
    aggregation: 'ratio',
    parts: reachParts,
    // The module's own reports read the value without settings: the default radius applies there.
    compute: async (em, c, from, to, facts) =>
      ratioValue(await reachParts(em, c, from, to, facts ?? { enabled: () => false, settingsAs: async (d) => d.schema.parse({}) })),
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
