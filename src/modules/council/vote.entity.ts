// 表决 on a topic: options, the rules frozen when it opened, ballots (one per voter key), and the
// result computed once on the closed snapshot.
import { ArrayType, Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { CouncilChannel, CouncilVoteStatus } from './council.enums';

@ObjectType('CouncilVote', { implements: Node, description: '表决 — a vote on a topic (民事民决)' })
@Entity({ tableName: 'council_vote' })
@Index({ properties: ['communityId', 'topicId'] })
export class CouncilVote extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('CouncilVote', this.id);
  }

  @Property({ type: 'uuid' })
  topicId!: string;

  @Property({ type: 'uuid' })
  bodyId!: string;

  @Property({ type: 'uuid', nullable: true })
  meetingId: string | null = null;

  @Field(() => [String], { description: '选项 — options; a yes/no vote has 赞成/反对/弃权' })
  @Property({ type: ArrayType })
  options!: string[];

  @Field({ description: '赞成反对式 — for/against/abstain (otherwise a choice between options)' })
  @Property({ type: 'boolean' })
  yesNo: boolean = true;

  @Field(() => CouncilVoteStatus, { description: '状态 — open or closed' })
  @Enum({ items: () => CouncilVoteStatus, type: 'text' })
  status: CouncilVoteStatus = CouncilVoteStatus.OPEN;

  @Field(() => Date, { description: '开始时间 — opens at' })
  @Property({ type: 'timestamptz' })
  opensAt!: Date;

  @Field(() => Date, { nullable: true, description: '截止时间 — ballots are refused after this' })
  @Property({ type: 'timestamptz', nullable: true })
  closesAt: Date | null = null;

  @Field(() => Int, { description: '法定人数（%）— quorum in percent of eligible voters, frozen at opening' })
  @Property({ type: 'smallint' })
  quorumPercent!: number;

  @Field({ description: '通过标准 — simple / twoThirds / consensus, frozen at opening' })
  @Property({ type: 'text' })
  threshold!: string;

  @Field({ description: '表决单位 — member (一人一票) or household (一户一票), frozen at opening' })
  @Property({ type: 'text' })
  votingUnit!: string;

  @Field({ description: '可改票 — whether a ballot may be changed before closing' })
  @Property({ type: 'boolean' })
  allowChange!: boolean;

  @Field(() => Int, { description: '应到 — eligible voters (members or households) when it opened' })
  @Property({ type: 'integer' })
  eligible!: number;

  @Field(() => Date, { nullable: true, description: '结束时间 — when it was closed' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  closedByAccountId: string | null = null;

  /** Option index → ballots, written once at close. */
  @Property({ type: 'json', nullable: true })
  finalTally: number[] | null = null;

  @Field(() => Boolean, { nullable: true, description: '达到法定人数 — quorum met (null while open)' })
  @Property({ type: 'boolean', nullable: true })
  quorumMet: boolean | null = null;

  @Field(() => Boolean, { nullable: true, description: '通过 — passed (null while open)' })
  @Property({ type: 'boolean', nullable: true })
  passed: boolean | null = null;

  @Field(() => Int, { nullable: true, description: '胜出选项 — index of the winning option (choice votes)' })
  @Property({ type: 'smallint', nullable: true })
  winner: number | null = null;
}

@ObjectType('CouncilBallot', { description: "选票 — one voter's ballot (shown to vote managers)" })
@Entity({ tableName: 'council_ballot' })
@Unique({ name: 'council_ballot_voter_unique', properties: ['voteId', 'voterKey'] })
export class CouncilBallot extends TenantEntity {
  @Property({ type: 'uuid' })
  voteId!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'uuid' })
  accountId!: string;

  @Property({ type: 'uuid', nullable: true })
  householdId: string | null = null;

  /** `m:<memberId>` or `h:<householdId>`: the unique key makes "once per voter" a database rule. */
  @Property({ type: 'text' })
  voterKey!: string;

  @Field(() => Int, { description: '所选选项 — index of the option chosen' })
  @Property({ type: 'smallint' })
  choice!: number;

  @Field(() => CouncilChannel, { description: '方式 — online, or in person entered by staff' })
  @Enum({ items: () => CouncilChannel, type: 'text' })
  channel: CouncilChannel = CouncilChannel.ONLINE;

  /** Staff who entered an in-person ballot. */
  @Property({ type: 'uuid', nullable: true })
  enteredByAccountId: string | null = null;
}
