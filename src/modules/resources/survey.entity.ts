// 需求调查: a questionnaire (single/multiple choice and text questions) residents answer once
// each; choice answers are tallied as they arrive, so results are one read.
import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { QuestionKind, SurveyStatus } from './resources.enums';
import { PersonalText } from '../../schema/free-text';

export interface QuestionShape {
  key: string;
  text: string;
  kind: QuestionKind;
  required: boolean;
  options: { key: string; label: string }[];
}

@ObjectType('ResourcesSurveyOption', { description: '选项 — an option of a choice question' })
export class ResourcesSurveyOption {
  @Field({ description: '键 — option key' }) key!: string;
  @Field({ description: '选项文字 — label' }) label!: string;
}

@ObjectType('ResourcesSurveyQuestion', { description: '问题 — a question of a need survey' })
export class ResourcesSurveyQuestion {
  @Field({ description: '键 — question key, unique in the survey' }) key!: string;
  @Field({ description: '题目 — question text' }) text!: string;
  @Field(() => QuestionKind, { description: '题型 — single, multiple or text' }) kind!: QuestionKind;
  @Field({ description: '必答 — an answer must include it' }) required!: boolean;
  @Field(() => [ResourcesSurveyOption], { description: '选项 — options (choice questions)' }) options!: ResourcesSurveyOption[];
}

@ObjectType('ResourcesSurvey', { implements: Node, description: '需求调查 — a need survey (questionnaire)' })
@Entity({ tableName: 'resources_survey' })
export class ResourcesSurvey extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('ResourcesSurvey', this.id);
  }

  @PersonalText()
  @Field({ description: '标题 — title' })
  @Property({ type: 'text' })
  title!: string;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '说明 — description' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => [ResourcesSurveyQuestion], { description: '问题 — the questions, in order' })
  @Property({ type: 'json' })
  questions!: QuestionShape[];

  @Property({ type: 'uuid', nullable: true })
  gridUnitId: string | null = null;

  @Field(() => SurveyStatus, { description: '状态 — open or closed' })
  @Enum({ items: () => SurveyStatus, type: 'text' })
  status: SurveyStatus = SurveyStatus.OPEN;

  @Field(() => Int, { description: '答卷数 — residents who answered (each once)' })
  @Property({ type: 'integer' })
  responsesCount: number = 0;

  @Field(() => Date, { nullable: true, description: '结束时间 — when it was closed' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdByAccountId: string | null = null;
}

/** One resident's answers (one row per account and survey: the unique key makes it once). */
@Entity({ tableName: 'resources_survey_response' })
@Unique({ properties: ['surveyId', 'accountId'] })
export class ResourcesSurveyResponse extends TenantEntity {
  @Property({ type: 'uuid' })
  surveyId!: string;

  @Property({ type: 'uuid' })
  accountId!: string;

  @Property({ type: 'uuid', nullable: true })
  householdId: string | null = null;

  @Property({ type: 'json' })
  answers!: { questionKey: string; optionKeys: string[]; text: string | null }[];
}

/** Count of one option of one question, bumped by each response in the same transaction. */
@Entity({ tableName: 'resources_survey_tally' })
@Unique({ properties: ['surveyId', 'questionKey', 'optionKey'] })
export class ResourcesSurveyTally extends TenantEntity {
  @Property({ type: 'uuid' })
  surveyId!: string;

  @Property({ type: 'text' })
  questionKey!: string;

  @Property({ type: 'text' })
  optionKey!: string;

  @Property({ type: 'integer' })
  count: number = 0;
}
