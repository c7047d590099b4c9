// Small GraphQL shapes of the fund: per-viewer permissions, roster entries, the custodian, and
// the public statement (公示) with its lines.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CustodianType, FundMemberRole } from './fund.enums';
import { Fen } from '../../schema/fen.scalar';

@ObjectType('FundCustodian', { description: '托管方 — the charity organization holding the fund with separate accounting (专项核算)' })
export class FundCustodian {
  @Field(() => ID, { description: '登记 ID — global id of the SocialOrganization or CharityResource' }) id!: string;
  @Field(() => CustodianType, { description: '类型 — which registry' }) type!: CustodianType;
  @Field({ description: '名称 — name' }) name!: string;
}

@ObjectType('FundRosterEntry', { description: '基金成员 — a management committee member or custodian agent' })
export class FundRosterEntry {
  @Field({ description: '姓名 — display name' }) displayName!: string;
  @Field(() => FundMemberRole, { description: '角色 — role in the fund' }) role!: FundMemberRole;
}

@ObjectType('FundPermissions', { description: '本人可执行操作 — what the caller may do on this fund' })
export class FundPermissions {
  @Field({ description: '登记捐赠 — record donations and fulfil pledges' }) recordDonation!: boolean;
  @Field({ description: '认捐 — pledge as oneself' }) pledge!: boolean;
  @Field({ description: '申请支出 — request a disbursement' }) requestDisbursement!: boolean;
  @Field({ description: '审批 — approve or reject requests (management committee)' }) approve!: boolean;
  @Field({ description: '支付 — pay approved requests (custodian)' }) pay!: boolean;
  @Field({ description: '管理基金 — change the fund and its roster' }) manage!: boolean;
  @Field({ description: '查看匿名捐赠人 — see who anonymous donors are' }) seeDonors!: boolean;
}

@ObjectType('FundDonationPermissions', { description: '本人可执行操作 — what the caller may do on this donation now' })
export class FundDonationPermissions {
  @Field({ description: '确认到账 — fulfil the pledge (issue the receipt)' }) fulfil!: boolean;
  @Field({ description: '撤销认捐 — cancel the pledge' }) cancel!: boolean;
  @Field({ description: '退回 — refund the donation' }) refund!: boolean;
}

@ObjectType('FundDisbursementPermissions', { description: '本人可执行操作 — what the caller may do on this request now' })
export class FundDisbursementPermissions {
  @Field({ description: '批准 — approve (committee member, not the requester, not yet approved)' }) approve!: boolean;
  @Field({ description: '驳回 — reject with a reason' }) reject!: boolean;
  @Field({ description: '撤回 — cancel with a reason (requester or community staff)' }) cancel!: boolean;
  @Field({ description: '支付 — record the payment (custodian)' }) pay!: boolean;
}

@ObjectType('FundApprovalEntry', { description: '审批记录 — one committee approval' })
export class FundApprovalEntry {
  @Field({ description: '审批人 — approver display name' }) approverName!: string;
  @Field(() => Date, { description: '批准时间 — when' }) approvedAt!: Date;
}

@ObjectType('FundStatementIncomeLine', { description: '收入明细 — income of one donor in the period (anonymous donors as one line)' })
export class FundStatementIncomeLine {
  @Field({ description: '捐赠方 — donor name, or 匿名捐赠人 for anonymous donors' }) donor!: string;
  @Field({ description: '匿名 — this line gathers anonymous donors' }) anonymous!: boolean;
  @Field(() => Fen, { description: '资金（分）— money received, net of refunds' }) moneyFen!: number;
  @Field(() => Fen, { description: '物资估值（分）— goods at valuation, net of refunds' }) goodsFen!: number;
  @Field(() => Int, { description: '笔数 — donations received' }) count!: number;
}

@ObjectType('FundStatementSpendingLine', { description: '支出明细 — spending on one purpose in the period' })
export class FundStatementSpendingLine {
  @Field({ description: '用途 — purpose key' }) purpose!: string;
  @Field({ description: '用途名称 — purpose name' }) purposeName!: string;
  @Field(() => Fen, { description: '金额（分）— amount paid' }) amountFen!: number;
  @Field(() => Int, { description: '笔数 — payments' }) count!: number;
}

@ObjectType('FundStatement', { description: '基金公示 — public statement of a fund for a period (readable by every member)' })
export class FundStatement {
  @Field({ description: '基金名称 — fund name' }) fundName!: string;
  @Field(() => Date, { description: '起 — period start (inclusive)' }) from!: Date;
  @Field(() => Date, { description: '止 — period end (exclusive)' }) to!: Date;
  @Field(() => Fen, { description: '期初余额（分）— money held at the start' }) openingBalanceFen!: number;
  @Field(() => Fen, { description: '资金收入（分）— money received in the period, net of refunds' }) incomeFen!: number;
  @Field(() => Fen, { description: '物资收入（分）— goods received at valuation, net of refunds' }) goodsFen!: number;
  @Field(() => Fen, { description: '支出（分）— money paid out in the period' }) spendingFen!: number;
  @Field(() => Fen, { description: '期末余额（分）— money held at the end' }) closingBalanceFen!: number;
  @Field(() => [FundStatementIncomeLine], { description: '收入明细 — income by donor' }) income!: FundStatementIncomeLine[];
  @Field(() => [FundStatementSpendingLine], { description: '支出明细 — spending by purpose' }) spending!: FundStatementSpendingLine[];
  @Field({ description: 'CSV 导出 — the statement as CSV text (UTF-8, comma-separated)' }) csv!: string;
}
