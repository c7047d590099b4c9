// Whom the stations' events concern: a booking belongs to the household of the resident who made
// it (`stations.booking`: the booker and her household's other members), so each of them follows
// it in their own feed, and is told when staff cancel it or record that nobody came.
import type { NotificationDeclarations } from '../../plugins/module-contract';
import { uuidArray } from '../../db/sql';
import { accountsOfHouseholds, householdsOfAccounts } from '../core/public';
import { STATIONS_EVENTS } from './stations.events';

const household = [{ field: 'bookingId', audience: 'stations.booking' }];

export const stationsNotifications: NotificationDeclarations = {
  audiences: {
    booking: {
      accounts: async (em, communityId, ids) => {
        const rows = await em.execute<{ account_id: string }[]>(
          'select distinct account_id from stations_booking where community_id = ? and id = any(?::uuid[])',
          [communityId, uuidArray(ids)],
        );
        const bookers = rows.map((r) => r.account_id);
        const households = [...(await householdsOfAccounts(em, communityId, bookers)).values()].filter((h): h is string => !!h);
        return [...new Set([...bookers, ...(await accountsOfHouseholds(em, communityId, households))])];
      },
      of: async (em, communityId, accountId) => {
        const h = (await householdsOfAccounts(em, communityId, [accountId])).get(accountId);
        const members = h ? await accountsOfHouseholds(em, communityId, [h]) : [];
        return (
          await em.execute<{ id: string }[]>('select id from stations_booking where community_id = ? and account_id = any(?::uuid[])', [
            communityId,
            uuidArray([...new Set([accountId, ...members])]),
          ])
        ).map((r) => r.id);
      },
    },
  },
  rules: [
    { key: 'feedBookingCreated', event: STATIONS_EVENTS.BookingCreated.type, to: household },
    {
      key: 'bookingCancelled',
      event: STATIONS_EVENTS.BookingCancelled.type,
      to: household,
      notify: {
        title: { 'zh-CN': '预约已取消', en: 'Booking cancelled' },
        body: { 'zh-CN': '您家的一项站点服务预约已取消，名额已释放。', en: 'A station booking of your household was cancelled and its place freed.' },
      },
    },
    { key: 'feedAttendanceRecorded', event: STATIONS_EVENTS.AttendanceRecorded.type, to: household },
  ],
};
