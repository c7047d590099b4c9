// Inputs and result types of 入户走访 (household visits).
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Household } from '../core/public';
import { UserError } from '../../schema/user-error';
import { GridFindingReferral, GridVisitOutcome, HouseholdVisit, VisitFinding } from './visit.entity';
import { GridUnit } from './unit.entity';

@InputType({ description: '走访发现 — something found on the visit' })
export class GridVisitFindingInput {
  @Field({ description: '类别 — finding category key from the settings (findingCategories)' }) category!: string;
  @Field({ description: '情况描述 — what was found' }) description!: string;
  @Field(() => GridFindingReferral, { nullable: true, description: '转办 — make it a request or a need at once (null: record only)' })
  referTo?: GridFindingReferral | null;
}

@InputType({ description: '登记入户走访 — record a household visit (敲门问需)' })
export class GridHouseholdVisitRecordInput {
  @Field(() => ID, { description: '户 — the household visited' }) household!: string;
  @Field(() => String, {
    nullable: true,
    description: '幂等键 — 8–100 of A-Z a-z 0-9 _ . : -; the same key with the same visit replays it, with another visit is refused',
  })
  idempotencyKey?: string | null;
  @Field(() => Date, { nullable: true, description: '走访时间 — when (default now; not in the future, at most 90 days ago)' }) visitedAt?: Date | null;
  @Field(() => GridVisitOutcome, { defaultValue: GridVisitOutcome.MET, description: '走访结果 — met (default) or nobody home' }) outcome!: GridVisitOutcome;
  @Field({ defaultValue: '', description: '走访记录 — notes' }) notes!: string;
  @Field(() => [GridVisitFindingInput], { nullable: true, description: '走访发现 — findings (at most 20)' }) findings?: GridVisitFindingInput[] | null;
}

@InputType({ description: '批量提交入户走访 — visits recorded offline, synced together' })
export class GridHouseholdVisitBatchInput {
  @Field(() => [GridHouseholdVisitRecordInput], { description: '走访 — the visits (at most 100; each should carry an idempotencyKey)' })
  visits!: GridHouseholdVisitRecordInput[];
}

@InputType({ description: '转办走访发现 — turn a finding into a request or a need' })
export class GridVisitFindingReferInput {
  @Field(() => ID, { description: '走访发现 — the finding' }) finding!: string;
  @Field(() => GridFindingReferral, { description: '转办去向 — REQUEST (民需) or NEED (需求库)' }) to!: GridFindingReferral;
}

@ObjectType({ description: '批量走访单条结果 — the outcome of one visit of a batch' })
export class GridVisitBatchItem {
  @Field(() => Int, { description: '序号 — position in the batch (from 0)' }) index!: number;
  @Field(() => String, { nullable: true, description: '幂等键 — the key it was sent with' }) idempotencyKey!: string | null;
  @Field(() => HouseholdVisit, { nullable: true, description: '走访 — the visit (null when refused)' }) visit!: HouseholdVisit | null;
  @Field({ description: '重放 — the key was seen before: the visit is the one recorded then, nothing new was written' }) replayed!: boolean;
  @Field(() => [UserError], { description: '用户错误 — why this visit was refused; empty on success' }) userErrors!: UserError[];
}

@ObjectType({ description: '批量走访结果 — per-visit outcomes (a refused visit leaves the others recorded)' })
export class GridHouseholdVisitBatchPayload {
  @Field(() => [GridVisitBatchItem], { description: '各条结果 — one per visit, in order' }) results!: GridVisitBatchItem[];
  @Field(() => Int, { description: '新登记 — visits newly recorded' }) recorded!: number;
  @Field(() => Int, { description: '重放 — visits already recorded earlier (same key)' }) replayed!: number;
  @Field(() => Int, { description: '失败 — visits refused' }) failed!: number;
  @Field(() => [UserError], { description: '用户错误 — failures of the batch as a whole; empty on success' }) userErrors!: UserError[];
}

@ObjectType({ description: '走访覆盖（单元）— visit coverage of one unit of the role’s level' })
export class GridVisitUnitCoverage {
  @Field(() => GridUnit, { description: '单元 — the unit' }) unit!: GridUnit;
  @Field(() => Int, { description: '户数 — open households placed under it' }) households!: number;
  @Field(() => Int, { description: '已走访 — households met within the cadence' }) visited!: number;
  @Field(() => Int, { description: '逾期未访 — households not met within the cadence' }) overdue!: number;
  @Field(() => Float, { description: '覆盖率 — visited / households (1 when there are none)' }) rate!: number;
}

@ObjectType({ description: '走访覆盖（人员）— visit coverage of one holder of the role' })
export class GridVisitWorkerCoverage {
  @Field(() => ID, { description: '成员 — the holder (Membership id)' }) memberId!: string;
  @Field({ description: '姓名 — display name of the holder' }) name!: string;
  @Field(() => Int, { description: '户数 — open households under their units' }) households!: number;
  @Field(() => Int, { description: '已走访 — households they met within the cadence' }) visited!: number;
  @Field(() => Int, { description: '逾期未访 — households they did not meet within the cadence' }) overdue!: number;
  @Field(() => Float, { description: '覆盖率 — visited / households (1 when there are none)' }) rate!: number;
}

@ObjectType({ description: '走访计划覆盖 — coverage of one visit plan (a duty role and its cadence)' })
export class GridVisitPlanCoverage {
  @Field({ description: '职责 — duty role key' }) role!: string;
  @Field({ description: '职责名称 — duty role name' }) roleName!: string;
  @Field({ description: '计划名称 — plan name from the settings' }) name!: string;
  @Field(() => Int, { description: '周期 — every N days' }) everyDays!: number;
  @Field(() => Int, { description: '户数 — households under the role’s units (within the caller’s reach)' }) households!: number;
  @Field(() => Int, { description: '已走访 — met within the cadence' }) visited!: number;
  @Field(() => Int, { description: '逾期未访 — not met within the cadence' }) overdue!: number;
  @Field(() => Float, { description: '覆盖率 — visited / households (1 when there are none)' }) rate!: number;
  @Field(() => [GridVisitUnitCoverage], { description: '按网格 — per unit of the role’s level' }) units!: GridVisitUnitCoverage[];
  @Field(() => [GridVisitWorkerCoverage], { description: '按人员 — per holder (only the caller without grid.allUnits)' }) workers!: GridVisitWorkerCoverage[];
  @Field(() => [Household], { description: '逾期户 — households to visit next, longest unvisited first (at most `overdueFirst`)' })
  overdueHouseholds!: Household[];
}

export { HouseholdVisit, VisitFinding };
