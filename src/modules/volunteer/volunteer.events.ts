// Events volunteer publishes. Hours reach points only through `ShiftCompleted` and
// `HoursCorrected`; the handler of dispatch's rated requests is in volunteer.handlers.ts.
import { z } from 'zod';
import { defineEvent } from '../../plugins/events/define-event';

const id = z.string();
const minutes = z.number().int();
const e = <S extends z.ZodType<Record<string, unknown>>>(name: string, schema: S, zh: string, en: string, permission = 'volunteer.organize') =>
  defineEvent(`volunteer.${name}`, schema, { description: { 'zh-CN': zh, en }, permission });
/** Whom served hours count for (points credits the person or the household). */
const who = { memberId: id, accountId: id.nullable(), householdId: id.nullable() };

export const VOLUNTEER_EVENTS = {
  MemberRegistered: e('MemberRegistered', z.object({}), '志愿者注册', 'Volunteer registered'),
  MemberUpdated: e('MemberUpdated', z.object({}), '志愿者信息变更', 'Volunteer updated'),
  ActivityPublished: e('ActivityPublished', z.object({}), '志愿活动发布', 'Activity published', 'volunteer.read'),
  SignedUp: e('SignedUp', z.object({ shiftId: id, memberId: id, status: z.string() }), '报名', 'Signed up'),
  SignupCancelled: e('SignupCancelled', z.object({ shiftId: id }), '取消报名', 'Sign-up cancelled'),
  SignupPromoted: e('SignupPromoted', z.object({ shiftId: id }), '候补转正', 'Moved up from the waiting list'),
  CheckedIn: e('CheckedIn', z.object({}), '签到', 'Checked in'),
  /** hoursRecordId: the hours computed at check-out, when any. */
  CheckedOut: e('CheckedOut', z.object({ hoursRecordId: id.nullable().optional() }), '签退', 'Checked out'),
  ShiftCompleted: e(
    'ShiftCompleted',
    z.object({ ...who, shiftId: id.nullable(), volunteerId: id.nullable(), minutes }),
    '服务时长确认（班次完成）',
    'Shift completed: hours confirmed',
  ),
  /** minutes: the change; previousMinutes/totalMinutes: the record's total before and after; correctedKind: SERVICE or DISPATCH. */
  HoursCorrected: e(
    'HoursCorrected',
    z.object({ ...who, correctsId: id, correctedKind: z.string(), previousMinutes: minutes, totalMinutes: minutes, minutes }),
    '服务时长更正',
    'Hours corrected',
  ),
  HoursRecorded: e('HoursRecorded', z.object({ memberId: id, minutes }), '接单服务时长记录', 'Hours recorded from a dispatch request'),
};

export const volunteerEvents = Object.values(VOLUNTEER_EVENTS);
