// Enums of the points module, each value described with its Chinese term.
import { registerEnumType } from 'type-graphql';

export enum PointsAccountKind {
  HOUSEHOLD = 'HOUSEHOLD',
  PERSON = 'PERSON',
  SYSTEM = 'SYSTEM',
}
registerEnumType(PointsAccountKind, {
  name: 'PointsAccountKind',
  description: '积分账户类型 — whose account it is',
  valuesConfig: {
    HOUSEHOLD: { description: '户账户 — a household account (按户建立积分台账), usable by its members' },
    PERSON: { description: '个人账户 — a personal account' },
    SYSTEM: { description: '系统账户 — the community side of the ledger (issued, redeemed, expired)' },
  },
});

export enum PointsTransactionKind {
  EARN = 'EARN',
  AWARD = 'AWARD',
  DEDUCT = 'DEDUCT',
  REDEEM = 'REDEEM',
  REFUND = 'REFUND',
  EXPIRE = 'EXPIRE',
}
registerEnumType(PointsTransactionKind, {
  name: 'PointsTransactionKind',
  description: '积分交易类型 — what moved the points',
  valuesConfig: {
    EARN: { description: '规则获得 — earned by a rule from an event (志愿服务、议事、评单 …)' },
    AWARD: { description: '奖励 — awarded by staff with a reason' },
    DEDUCT: { description: '扣减 — deducted by staff with a reason' },
    REDEEM: { description: '兑换 — spent in the points supermarket' },
    REFUND: { description: '退还 — refunded when a redemption was cancelled' },
    EXPIRE: { description: '过期 — expired after the configured months' },
  },
});

export enum RedemptionStatus {
  RESERVED = 'RESERVED',
  PICKED_UP = 'PICKED_UP',
  CANCELLED = 'CANCELLED',
}
registerEnumType(RedemptionStatus, {
  name: 'PointsRedemptionStatus',
  description: '兑换状态 — state of a redemption',
  valuesConfig: {
    RESERVED: { description: '待领取 — points and stock taken, waiting for pickup' },
    PICKED_UP: { description: '已领取 — picked up, confirmed by staff with the redemption code' },
    CANCELLED: { description: '已取消 — cancelled; points refunded and stock returned' },
  },
});

export enum AdjustmentStatus {
  PENDING = 'PENDING',
  POSTED = 'POSTED',
  REJECTED = 'REJECTED',
}
registerEnumType(AdjustmentStatus, {
  name: 'PointsAdjustmentStatus',
  description: '调整状态 — state of a staff award or deduction',
  valuesConfig: {
    PENDING: { description: '待复核 — above the threshold, waiting for a second approver' },
    POSTED: { description: '已入账 — written to the ledger' },
    REJECTED: { description: '已驳回 — rejected by the second approver' },
  },
});
