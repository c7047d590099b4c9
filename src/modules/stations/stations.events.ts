// Events the stations module publishes (data: raw ids and times, never names).
import { z } from 'zod';
import { defineEvent } from '../../plugins/events/define-event';

const id = z.string();
const e = <S extends z.ZodType<Record<string, unknown>>>(name: string, schema: S, zh: string, en: string, permission = 'stations.read') =>
  defineEvent(`stations.${name}`, schema, { description: { 'zh-CN': zh, en }, permission });

export const STATIONS_EVENTS = {
  StationCreated: e('StationCreated', z.object({ kind: z.string() }), '站点已设立', 'Station created'),
  StationUpdated: e('StationUpdated', z.object({}), '站点信息已修改（含开放时间）', 'Station updated (opening hours included)'),
  ServiceCreated: e('ServiceCreated', z.object({ stationId: id }), '站点服务已添加', 'Service added'),
  ServiceUpdated: e('ServiceUpdated', z.object({}), '站点服务已修改', 'Service updated'),
  ClosureAdded: e('ClosureAdded', z.object({ stationId: id }), '闭站已登记', 'Closure added'),
  ClosureRemoved: e('ClosureRemoved', z.object({ stationId: id }), '闭站已撤销', 'Closure removed'),
  // bookingId: whose booking it is (residents' own feed); absent on events written before it was added.
  BookingCreated: e(
    'BookingCreated',
    z.object({ stationId: id, serviceId: id, startsAt: z.string(), bookingId: id.optional() }),
    '已预约',
    'Slot booked',
    'stations.attend',
  ),
  BookingCancelled: e(
    'BookingCancelled',
    z.object({ stationId: id, serviceId: id, bookingId: id.optional() }),
    '预约已取消',
    'Booking cancelled',
    'stations.attend',
  ),
  AttendanceRecorded: e(
    'AttendanceRecorded',
    z.object({ attended: z.boolean(), bookingId: id.optional() }),
    '到场情况已确认',
    'Attendance recorded',
    'stations.attend',
  ),
};

export const stationsEvents = Object.values(STATIONS_EVENTS);
