// 社区基金: a fund held by a custodian charity organization with separate accounting (专项核算),
// its roster (management committee, custodian agents) and its ledger accounts with cached balances.
import { BigIntType, Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { CustodianType, FundKind, FundMemberRole } from './fund.enums';
import { PersonalText } from '../../schema/free-text';

@ObjectType('Fund', { implements: Node, description: '社区基金 — a community fund (general or earmarked sub-fund)' })
@Entity({ tableName: 'fund_fund' })
export class Fund extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('Fund', this.id);
  }

  @Field({ description: '名称 — fund name, unique in the community' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => FundKind, { description: '类型 — general or earmarked' })
  @Enum({ items: () => FundKind, type: 'text' })
  kind: FundKind = FundKind.GENERAL;

  @Field(() => String, { nullable: true, description: '专项用途 — the purpose key an earmarked fund is spent on' })
  @Property({ type: 'text', nullable: true })
  purpose: string | null = null;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '说明 — description' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => CustodianType, { description: '托管方类型 — registry of the custodian' })
  @Enum({ items: () => CustodianType, type: 'text' })
  custodianType!: CustodianType;

  @Property({ type: 'uuid' })
  custodianId!: string;

  /** Last receipt number issued; incremented under the fund row's lock, so numbers have no gaps. */
  @Property({ type: 'integer' })
  receiptSeq: number = 0;

  @Field({ description: '启用 — the fund accepts donations and requests' })
  @Property({ type: 'boolean' })
  active: boolean = true;
}

@Entity({ tableName: 'fund_member' })
@Unique({ properties: ['fundId', 'accountId', 'role'] })
export class FundMember extends TenantEntity {
  @Property({ type: 'uuid' })
  fundId!: string;

  @Property({ type: 'uuid' })
  accountId!: string;

  @Enum({ items: () => FundMemberRole, type: 'text' })
  role!: FundMemberRole;

  @Property({ type: 'boolean' })
  active: boolean = true;
}

export type LedgerCode = 'CASH' | 'GOODS' | 'INCOME' | 'SPENT';
export const LEDGER_CODES: LedgerCode[] = ['CASH', 'GOODS', 'INCOME', 'SPENT'];

/** A ledger account of one fund; `balanceFen` caches Σ of its entries (CHECK keeps assets ≥ 0). */
@Entity({ tableName: 'fund_account' })
@Unique({ properties: ['fundId', 'code'] })
export class FundAccount extends TenantEntity {
  @Property({ type: 'uuid' })
  fundId!: string;

  @Property({ type: 'text' })
  code!: LedgerCode;

  @Property({ type: 'text' })
  normal!: 'DEBIT' | 'CREDIT';

  @Property({ type: new BigIntType('number') })
  balanceFen: number = 0;
}
