// GraphQL views of settings and computed figures (not entities).
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CouncilStep } from './council.enums';
import type { CouncilRules } from './council.settings';

@ObjectType('CouncilRules', { description: "议事规则（设置）— rules a body follows, from the community's council settings" })
export class CouncilRulesView {
  @Field(() => Int, { description: '法定人数（%）— share of eligible voters needed for a valid vote' })
  quorumPercent!: number;
  @Field({ description: '通过标准 — simple（过半）, twoThirds（三分之二）or consensus（一致同意）' })
  threshold!: string;
  @Field({ description: '表决单位 — member（一人一票）or household（一户一票，户代表）' })
  votingUnit!: string;
  @Field({ description: '会议周期 — none, weekly, monthly, quarterly（每季度）or yearly' })
  cadence!: string;
  @Field({ description: '掌上议事开放 — any resident may join the online discussion' })
  onlineDiscussionOpen!: boolean;
  @Field(() => [CouncilStep], { description: '五民步骤 — steps the body uses' })
  steps!: string[];
  @Field({ description: '可改票 — ballots may be changed until the vote closes' })
  allowVoteChange!: boolean;

  static of(rules: CouncilRules): CouncilRulesView {
    return Object.assign(new CouncilRulesView(), rules);
  }
}

@ObjectType('CouncilLevel', { description: '议事层级 — a deliberation level configured for the community' })
export class CouncilLevelView {
  @Field({ description: '键 — level key' })
  key!: string;
  @Field({ description: '名称 — name, e.g. 邻里议事亭' })
  name!: string;
  @Field(() => Int, { description: '序号 — 0 is the top level; escalation goes to index − 1' })
  index!: number;
  @Field(() => CouncilRulesView, { description: '规则 — rules of bodies at this level' })
  rules!: CouncilRulesView;
}

@ObjectType('CouncilTally', { description: '计票 — ballots per option' })
export class CouncilTally {
  @Field({ description: '选项 — option text' })
  option!: string;
  @Field(() => Int, { description: '票数 — ballots' })
  count!: number;
}

@ObjectType('CouncilLevelFigures', { description: '分层统计 — figures of one level in a period' })
export class CouncilLevelFigures {
  @Field({ description: '层级 — level key' })
  levelKey!: string;
  @Field(() => Int, { description: '召开会议数 — meetings held' })
  meetingsHeld!: number;
  @Field(() => Int, { description: '提出议题数 — topics raised' })
  topicsRaised!: number;
  @Field(() => Int, { description: '决定议题数 — topics decided' })
  topicsDecided!: number;
  @Field(() => Int, { description: '办结议题数 — topics carried out' })
  topicsDone!: number;
}

@ObjectType('CouncilStatistics', { description: '议事成效 — council figures of a period (治理成效)' })
export class CouncilStatistics {
  @Field(() => [CouncilLevelFigures], { description: '分层 — per level' })
  levels!: CouncilLevelFigures[];
  @Field(() => Int, { description: '召开会议数 — meetings held, all levels' })
  meetingsHeld!: number;
  @Field(() => Int, { description: '提出议题数 — topics raised' })
  topicsRaised!: number;
  @Field(() => Int, { description: '决定议题数 — topics decided' })
  topicsDecided!: number;
  @Field(() => Int, { description: '办结议题数 — topics done' })
  topicsDone!: number;
  @Field(() => Float, { nullable: true, description: '平均办理天数 — average days from raised to done' })
  averageDaysToDone!: number | null;
  @Field(() => Float, { description: '户参与率（%）— share of open households that raised, discussed, voted or evaluated' })
  participationPercent!: number;
}
