// Enums of the stations module, each value described with its Chinese term.
import { registerEnumType } from 'type-graphql';

export enum BookingStatus {
  BOOKED = 'BOOKED',
  CANCELLED = 'CANCELLED',
  ATTENDED = 'ATTENDED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(BookingStatus, {
  name: 'StationBookingStatus',
  description: '预约状态 — state of a booking',
  valuesConfig: {
    BOOKED: { description: '已预约 — holds a place in the slot' },
    CANCELLED: { description: '已取消 — cancelled; the place is free again' },
    ATTENDED: { description: '已到场 — staff confirmed attendance' },
    NO_SHOW: { description: '未到场 — staff recorded that the resident did not come' },
  },
});
