// Codes the stations module's mutations return in `userErrors` (its part of the UserErrorCode enum),
// declared in its manifest. A new refusal: add its code here; the text is also its message
// (`{name}` placeholders are filled from the params, and read as "…" in the schema's documentation).
import type { LocalizedText } from '../../plugins/module-contract';

export const stationsErrorCodes: Record<string, LocalizedText> = {
  STATION_KIND_UNKNOWN: { 'zh-CN': '本社区没有此站点类型：{value}', en: 'Unknown station kind: {value}' },
  STATION_GROUPING_UNKNOWN: { 'zh-CN': '本社区没有此服务共同体：{value}', en: 'Unknown service grouping: {value}' },
  STATION_CATEGORY_UNKNOWN: { 'zh-CN': '本社区没有此服务类别：{value}', en: 'Unknown service category: {value}' },
  STATION_CLOSED: { 'zh-CN': '站点当日闭站', en: 'The station is closed on that day' },
  SERVICE_NOT_BOOKABLE: { 'zh-CN': '该服务暂不接受预约', en: 'This service does not take bookings' },
  OUTSIDE_OPENING_HOURS: { 'zh-CN': '不在站点开放时间内', en: "Outside the station's opening hours" },
  SLOT_NOT_ALIGNED: { 'zh-CN': '不是该服务的预约时段起点', en: "Not the start of one of the service's slots" },
  SLOT_PASSED: { 'zh-CN': '该时段已开始或已过去', en: 'The slot has started or passed' },
  BOOKING_TOO_FAR: { 'zh-CN': '最多提前 {days} 天预约', en: 'Bookings open at most {days} days ahead' },
  SLOT_FULL: { 'zh-CN': '该时段已约满', en: 'The slot is fully booked' },
  ALREADY_BOOKED: { 'zh-CN': '您已预约此时段', en: 'You have already booked this slot' },
};
