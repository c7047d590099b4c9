// Small GraphQL shapes of 三项清单: a provider, a matching suggestion, survey results, per-viewer
// permissions on a project.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ProviderType } from './resources.enums';
import { ResourcesResource } from './resource.entity';

@ObjectType('ResourcesProvider', { description: '提供方 — the five-forces record offering a resource' })
export class ResourcesProvider {
  @Field(() => ID, { description: '登记 ID — global id of the Organization, CobuildingUnit, SocialOrganization or CharityResource' }) id!: string;
  @Field(() => ProviderType, { description: '类型 — which registry' }) type!: ProviderType;
  @Field({ description: '名称 — name (匿名爱心人士 for a donor who asks to stay anonymous)' }) name!: string;
}

@ObjectType('ResourcesMatch', { description: '匹配建议 — a resource suggested for a need, with why' })
export class ResourcesMatch {
  @Field(() => ResourcesResource, { description: '资源 — the resource' }) resource!: ResourcesResource;
  @Field(() => Int, { description: '匹配分 — higher first: same category +2, same grid +1' }) score!: number;
  @Field(() => [String], { description: '匹配理由 — SAME_CATEGORY | ANY_CATEGORY, SAME_GRID | COMMUNITY_WIDE' }) reasons!: string[];
}

@ObjectType('ResourcesOptionResult', { description: '选项统计 — how many residents chose an option' })
export class ResourcesOptionResult {
  @Field({ description: '选项键 — option key' }) key!: string;
  @Field({ description: '选项文字 — label' }) label!: string;
  @Field(() => Int, { description: '人数 — residents who chose it' }) count!: number;
}

@ObjectType('ResourcesQuestionResult', { description: '题目统计 — aggregated answers of one question' })
export class ResourcesQuestionResult {
  @Field({ description: '题目键 — question key' }) key!: string;
  @Field({ description: '题目 — question text' }) text!: string;
  @Field(() => [ResourcesOptionResult], { description: '选项统计 — counts per option (choice questions), most chosen first' })
  options!: ResourcesOptionResult[];
  @Field(() => Int, { description: '填写人数 — residents who answered this question' }) answered!: number;
  @Field(() => [String], { description: '文字回答 — free-text answers (only for those who run surveys; empty otherwise)' }) texts!: string[];
}

@ObjectType('ResourcesProjectPermissions', { description: '本人可执行操作 — what the caller may do on this project now' })
export class ResourcesProjectPermissions {
  @Field({ description: '开始实施 — start' }) start!: boolean;
  @Field({ description: '完成 — complete (every milestone done)' }) complete!: boolean;
  @Field({ description: '撤销 — cancel' }) cancel!: boolean;
  @Field({ description: '里程碑 — add, tick or untick milestones' }) editMilestones!: boolean;
  @Field({ description: '申请基金 — ask the fund for a disbursement' }) requestFunding!: boolean;
}
