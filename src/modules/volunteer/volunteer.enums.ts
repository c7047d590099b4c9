// Enums of the volunteer module, each value described with its Chinese term.
import { registerEnumType } from 'type-graphql';

export enum SignupStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
  CHECKED_IN = 'CHECKED_IN',
  CHECKED_OUT = 'CHECKED_OUT',
}
registerEnumType(SignupStatus, {
  name: 'VolunteerSignupStatus',
  description: '报名状态 — state of a sign-up',
  valuesConfig: {
    CONFIRMED: { description: '已报名 — holds a place' },
    WAITLISTED: { description: '候补 — on the waiting list; moves up when a place frees' },
    CANCELLED: { description: '已取消 — cancelled' },
    CHECKED_IN: { description: '已签到 — checked in' },
    CHECKED_OUT: { description: '已签退 — checked out; service hours recorded' },
  },
});

export enum HoursKind {
  SERVICE = 'SERVICE',
  CORRECTION = 'CORRECTION',
  DISPATCH = 'DISPATCH',
}
registerEnumType(HoursKind, {
  name: 'VolunteerHoursKind',
  description: '时长类型 — where a service-hours record comes from',
  valuesConfig: {
    SERVICE: { description: '活动服务 — a shift checked out' },
    CORRECTION: { description: '更正 — a correction of an earlier record (signed minutes)' },
    DISPATCH: { description: '接单服务 — a dispatch request the volunteer took, resolved and rated' },
  },
});

export enum HoursStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
}
registerEnumType(HoursStatus, {
  name: 'VolunteerHoursStatus',
  description: '确认状态 — whether the organizer confirmed the hours',
  valuesConfig: {
    PENDING: { description: '待确认 — computed at check-out, waiting for the organizer' },
    CONFIRMED: { description: '已确认 — confirmed; counts in totals and certificates' },
  },
});

export enum ActivityStatus {
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActivityStatus, {
  name: 'VolunteerActivityStatus',
  description: '活动状态 — state of an activity',
  valuesConfig: {
    PUBLISHED: { description: '已发布 — open for sign-ups' },
    CANCELLED: { description: '已取消 — cancelled' },
  },
});
