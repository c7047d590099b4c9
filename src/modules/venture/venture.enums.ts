// Enums of the venture module (公益创投), each value described with its Chinese term.
import { registerEnumType } from 'type-graphql';

export enum CallStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  AWARDED = 'AWARDED',
}
registerEnumType(CallStatus, {
  name: 'VentureCallStatus',
  description: '创投状态 — state of a call for proposals',
  valuesConfig: {
    OPEN: { description: '征集中 — takes applications within its window' },
    CLOSED: { description: '已截止 — applications closed; the panel scores' },
    AWARDED: { description: '已评定 — projects awarded by rank within the budget' },
  },
});

export enum ApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  AWARDED = 'AWARDED',
  NOT_AWARDED = 'NOT_AWARDED',
}
registerEnumType(ApplicationStatus, {
  name: 'VentureApplicationStatus',
  description: '申报状态 — state of an application',
  valuesConfig: {
    SUBMITTED: { description: '已申报 — waiting for review and award' },
    AWARDED: { description: '已立项 — awarded; its milestones are paid as they are done' },
    NOT_AWARDED: { description: '未立项 — not awarded in this call' },
  },
});

export enum MilestoneStatus {
  PLANNED = 'PLANNED',
  REPORTED = 'REPORTED',
  PAYMENT_REQUESTED = 'PAYMENT_REQUESTED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
}
registerEnumType(MilestoneStatus, {
  name: 'VentureMilestoneStatus',
  description: '节点状态 — state of a project milestone',
  valuesConfig: {
    PLANNED: { description: '未完成 — not yet reported done' },
    REPORTED: { description: '已报完成 — the organization reported it done; payment may be requested' },
    PAYMENT_REQUESTED: { description: '已申请拨付 — a fund disbursement waits for its approvals' },
    APPROVED: { description: '已批准 — the fund approved the disbursement; payment pending' },
    PAID: { description: '已拨付 — the fund paid the milestone' },
  },
});
