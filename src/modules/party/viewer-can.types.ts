// `viewerCan` of a joint meeting: the actions the caller may take now, from party.policy.ts
// (meetingActionAllows: staff or the convening unit's liaison, and the meeting's state).
import { Field, ObjectType } from 'type-graphql';
import type { MeetingAction } from './party.policy';

@ObjectType('PartyMeetingViewerCan', { description: '当前用户可执行的操作 — which actions the caller may take on this joint meeting now' })
export class PartyMeetingViewerCan implements Record<MeetingAction, boolean> {
  @Field({ description: '登记出席 — record attendance (partyMeetingAttendanceRecord)' }) recordAttendance!: boolean;
  @Field({ description: '记录纪要与决定 — record minutes; the meeting is held (partyMeetingClose)' }) close!: boolean;
  @Field({ description: '取消会议 — cancel (partyMeetingCancel)' }) cancel!: boolean;
}
