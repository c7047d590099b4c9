// 户参与率 source of the stations: households whose member booked a service slot in the period
// (cancelled bookings and no-shows do not count).
import type { ParticipationDeclaration } from '../../plugins/module-contract';

export const stationsParticipation: ParticipationDeclaration[] = [
  {
    key: 'stations.bookings',
    name: { 'zh-CN': '预约站点服务', en: 'Booked a station service' },
    households: (c, from, to) => ({
      sql: `select null::uuid as household_id, account_id from stations_booking
             where community_id = ? and status in ('BOOKED', 'ATTENDED') and starts_at >= ? and starts_at < ?`,
      params: [c, from, to],
    }),
  },
];
