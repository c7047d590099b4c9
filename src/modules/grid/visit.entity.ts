// 入户走访 (敲门问需): a duty holder's visit to an ordinary household, and what they found there.
// A visit sent from a worker's phone after offline work carries an idempotency key: replaying the
// same batch finds the visit it made the first time instead of making another.
import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { PersonalText } from '../../schema/free-text';

export enum GridVisitOutcome {
  MET = 'MET',
  NOT_HOME = 'NOT_HOME',
}
registerEnumType(GridVisitOutcome, {
  name: 'GridVisitOutcome',
  description: '走访结果 — whether the household was met',
  valuesConfig: {
    MET: { description: '已入户 — met the household (counts for the plan)' },
    NOT_HOME: { description: '未遇 — nobody at home (recorded, does not count for the plan)' },
  },
});

export enum GridFindingReferral {
  REQUEST = 'REQUEST',
  NEED = 'NEED',
}
registerEnumType(GridFindingReferral, {
  name: 'GridFindingReferral',
  description: '转办去向 — what a finding becomes',
  valuesConfig: {
    REQUEST: { description: '转为民需 — a dispatch service request (channel GRID_VISIT)' },
    NEED: { description: '转入需求库 — a need of the 三项清单 (resources)' },
  },
});

@ObjectType('GridHouseholdVisit', { implements: Node, description: '入户走访 — a routine visit to a household (敲门问需)' })
@Entity({ tableName: 'grid_household_visit' })
@Index({ properties: ['communityId', 'householdId', 'visitedAt'] })
@Index({ properties: ['communityId', 'visitorMembershipId', 'visitedAt'] })
export class HouseholdVisit extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('GridHouseholdVisit', this.id);
  }

  @Property({ type: 'uuid' }) householdId!: string;
  /** The household's unit when visited (null when unplaced). */
  @Property({ type: 'uuid', nullable: true }) unitId: string | null = null;
  @Property({ type: 'uuid' }) visitorMembershipId!: string;
  @Property({ type: 'uuid' }) visitorAccountId!: string;

  @Field(() => String, { nullable: true, description: '职责 — the duty role the visit counts for (null: the visitor holds no planned role there)' })
  @Property({ type: 'text', nullable: true })
  dutyRole: string | null = null;

  @Field(() => Date, { description: '走访时间 — visited at' })
  @Property({ type: 'timestamptz' })
  visitedAt!: Date;

  @Field({ description: '走访日期 — the day in the community time zone (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  visitedOn!: string;

  @Field(() => GridVisitOutcome, { description: '走访结果 — met or nobody home' })
  @Enum({ items: () => GridVisitOutcome, type: 'text' })
  outcome!: GridVisitOutcome;

  @PersonalText()
  @Field({ description: '走访记录 — notes' })
  @Property({ type: 'text' })
  notes: string = '';

  @Field(() => String, { nullable: true, description: '幂等键 — the key the worker sent it with (offline sync)' })
  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  @Property({ type: 'text', nullable: true }) requestHash: string | null = null;
}

@ObjectType('GridVisitFinding', { implements: Node, description: '走访发现 — something a household visit found (问需)' })
@Entity({ tableName: 'grid_visit_finding' })
@Index({ properties: ['communityId', 'visitId'] })
export class VisitFinding extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('GridVisitFinding', this.id);
  }

  @Property({ type: 'uuid' }) visitId!: string;
  @Property({ type: 'uuid' }) householdId!: string;
  @Property({ type: 'uuid', nullable: true }) unitId: string | null = null;

  @Field({ description: '类别 — finding category key from the settings (e.g. repair, dispute)' })
  @Property({ type: 'text' })
  category!: string;

  @PersonalText()
  @Field({ description: '情况描述 — what was found' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => GridFindingReferral, { nullable: true, description: '转办去向 — request or need it became (null: not referred)' })
  @Enum({ items: () => GridFindingReferral, type: 'text', nullable: true })
  referral: GridFindingReferral | null = null;

  @Field(() => Date, { nullable: true, description: '转办时间 — when it was referred' })
  @Property({ type: 'timestamptz', nullable: true })
  referredAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true }) referredByAccountId: string | null = null;
}
