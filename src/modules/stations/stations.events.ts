// Events the stations module publishes (data: raw ids and times, never names).
import type { EventDeclaration } from '../../plugins/module-contract';

const e = (type: string, zh: string, en: string, permission = 'stations.read'): EventDeclaration => ({ type: `stations.${type}`, description: { 'zh-CN': zh, en }, permission });

export const stationsEvents: EventDeclaration[] = [
  e('StationCreated', '站点已设立', 'Station created'),
  e('StationUpdated', '站点信息已修改（含开放时间）', 'Station updated (opening hours included)'),
  e('ServiceCreated', '站点服务已添加', 'Service added'),
  e('ServiceUpdated', '站点服务已修改', 'Service updated'),
  e('ClosureAdded', '闭站已登记', 'Closure added'),
  e('ClosureRemoved', '闭站已撤销', 'Closure removed'),
  e('BookingCreated', '已预约', 'Slot booked', 'stations.attend'),
  e('BookingCancelled', '预约已取消', 'Booking cancelled', 'stations.attend'),
  e('AttendanceRecorded', '到场情况已确认', 'Attendance recorded', 'stations.attend'),
];
