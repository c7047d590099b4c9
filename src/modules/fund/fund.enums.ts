// Enums of the community fund, each value described with its Chinese term.
import { registerEnumType } from 'type-graphql';

export enum FundKind {
  GENERAL = 'GENERAL',
  EARMARKED = 'EARMARKED',
}
registerEnumType(FundKind, {
  name: 'FundKind',
  description: '基金类型 — general fund or earmarked sub-fund',
  valuesConfig: {
    GENERAL: { description: '综合基金 — general fund, any configured purpose' },
    EARMARKED: { description: '专项基金 — earmarked sub-fund, spent only on its purpose' },
  },
});

export enum CustodianType {
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
  CHARITY_RESOURCE = 'CHARITY_RESOURCE',
}
registerEnumType(CustodianType, {
  name: 'FundCustodianType',
  description: '托管方类型 — which registry the custodian charity organization is in',
  valuesConfig: {
    SOCIAL_ORGANIZATION: { description: '社会组织 — a social organization' },
    CHARITY_RESOURCE: { description: '慈善资源 — a charity organization / foundation from the charity registry' },
  },
});

export enum FundMemberRole {
  COMMITTEE = 'COMMITTEE',
  CUSTODIAN = 'CUSTODIAN',
}
registerEnumType(FundMemberRole, {
  name: 'FundMemberRole',
  description: '基金角色 — role of an account in one fund',
  valuesConfig: {
    COMMITTEE: { description: '管委会成员 — management committee member (approves spending)' },
    CUSTODIAN: { description: '托管方经办人 — acts for the custodian (records receipts, pays out)' },
  },
});

export enum DonationKind {
  MONEY = 'MONEY',
  GOODS = 'GOODS',
  SERVICE = 'SERVICE',
}
registerEnumType(DonationKind, {
  name: 'FundDonationKind',
  description: '捐赠形式 — money, goods (with valuation) or pledged services',
  valuesConfig: {
    MONEY: { description: '资金 — money' },
    GOODS: { description: '物资 — goods, recorded at their valuation' },
    SERVICE: { description: '服务 — pledged services (no money moves)' },
  },
});

export enum DonationStatus {
  PLEDGED = 'PLEDGED',
  RECEIVED = 'RECEIVED',
  REFUNDED = 'REFUNDED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(DonationStatus, {
  name: 'FundDonationStatus',
  description: '捐赠状态 — state of a donation',
  valuesConfig: {
    PLEDGED: { description: '已认捐 — pledged, not yet paid' },
    RECEIVED: { description: '已到账 — received, receipt issued' },
    REFUNDED: { description: '已退回 — refunded by a reversing entry' },
    CANCELLED: { description: '已撤销 — pledge cancelled' },
  },
});

export enum DonorType {
  CHARITY_RESOURCE = 'CHARITY_RESOURCE',
  COBUILDING_UNIT = 'COBUILDING_UNIT',
  INDIVIDUAL = 'INDIVIDUAL',
  ORGANIZATION = 'ORGANIZATION',
}
registerEnumType(DonorType, {
  name: 'FundDonorType',
  description: '捐赠方类型 — who gave',
  valuesConfig: {
    CHARITY_RESOURCE: { description: '慈善资源 — a registered charity resource (individual, business, 商会 …)' },
    COBUILDING_UNIT: { description: '共建单位 — a co-building unit' },
    INDIVIDUAL: { description: '个人 — a person not in the registry (or a member giving for themselves)' },
    ORGANIZATION: { description: '组织 — an organisation by its identity (e.g. a 大党委 member unit, without registering it again)' },
  },
});

export enum DisbursementStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(DisbursementStatus, {
  name: 'FundDisbursementStatus',
  description: '支出申请状态 — state of a disbursement request',
  valuesConfig: {
    REQUESTED: { description: '审批中 — awaiting committee approvals (and a council vote above the threshold)' },
    APPROVED: { description: '已批准 — approved, awaiting payment' },
    PAID: { description: '已支付 — paid, with a payment reference' },
    REJECTED: { description: '已驳回 — rejected with a reason' },
    CANCELLED: { description: '已撤回 — cancelled with a reason' },
  },
});
