// 需求调查 through GraphQL: run a questionnaire, answer it once, read the aggregated results,
// close it, and turn chosen options into needs.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError, type UserErrorShape } from '../../schema/errors';
import { toGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { UserError } from '../../schema/user-error';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { householdsOfAccounts } from '../core/public';
import { GRID_UNIT_TYPE, gridUnitPath } from '../grid/public';
import { ResourcesSurvey } from './survey.entity';
import { ResourcesNeed } from './need.entity';
import { QuestionKind, SurveyStatus } from './resources.enums';
import { ResourcesQuestionResult } from './resources.types';
import { actorOf, before, can, findIn, gridUnitOf, loadIn } from './resources.access';
import { answerSurvey, surveyToNeeds } from './survey.service';
import { ResourcesSettings } from './resources.settings';
import { RESOURCES_EVENTS } from './resources.events';

const SurveyConnection = Connection(ResourcesSurvey, 'ResourcesSurvey', '需求调查');
const SurveyPayload = Payload(ResourcesSurvey, 'survey', 'ResourcesSurvey', '需求调查');

@ObjectType('ResourcesSurveyToNeedsPayload', { description: '转入需求库结果 — the needs made from a survey' })
class ResourcesSurveyToNeedsPayload {
  @Field(() => [ResourcesNeed], { description: '新需求 — the needs created (empty when userErrors is not empty)' }) needs!: ResourcesNeed[];
  @Field(() => [UserError], { description: '用户错误 — expected failures; empty on success' }) userErrors!: UserErrorShape[];
}

@ArgsType()
class SurveysArgs extends ConnectionArgs {
  @Field(() => SurveyStatus, { nullable: true, description: '状态 — only surveys in this state' }) status?: SurveyStatus | null;
}

@InputType({ description: '选项 — an option of a choice question' })
class ResourcesSurveyOptionInput {
  @Field({ description: '键 — option key, unique in the question' }) key!: string;
  @Field({ description: '选项文字 — label' }) label!: string;
}

@InputType({ description: '问题 — a question of the survey' })
class ResourcesSurveyQuestionInput {
  @Field({ description: '键 — question key, unique in the survey' }) key!: string;
  @Field({ description: '题目 — question text' }) text!: string;
  @Field(() => QuestionKind, { description: '题型 — single, multiple or text' }) kind!: QuestionKind;
  @Field(() => Boolean, { nullable: true, description: '必答 — required (default false)' }) required?: boolean | null;
  @Field(() => [ResourcesSurveyOptionInput], { nullable: true, description: '选项 — options of a choice question (2–20)' }) options?:
    ResourcesSurveyOptionInput[] | null;
}

@InputType({ description: '发起需求调查 — start a need survey' })
class ResourcesSurveyCreateInput {
  @Field({ description: '标题 — title' }) title!: string;
  @Field(() => String, { nullable: true, description: '说明 — description' }) description?: string | null;
  @Field(() => ID, { nullable: true, description: '网格单元 — GridUnit id it is about (null: community-wide)' }) gridUnitId?: string | null;
  @Field(() => [ResourcesSurveyQuestionInput], { description: '问题 — 1–30 questions' }) questions!: ResourcesSurveyQuestionInput[];
}

@InputType({ description: '回答 — the answer to one question' })
class ResourcesSurveyAnswerItem {
  @Field({ description: '题目键 — question key' }) questionKey!: string;
  @Field(() => [String], { nullable: true, description: '所选选项 — option keys chosen (choice questions)' }) optionKeys?: string[] | null;
  @Field(() => String, { nullable: true, description: '文字回答 — free text (text questions)' }) text?: string | null;
}

@InputType({ description: '填写需求调查 — answer a survey (once per resident)' })
class ResourcesSurveyAnswerInput {
  @Field(() => ID, { description: '需求调查 — the survey' }) surveyId!: string;
  @Field(() => [ResourcesSurveyAnswerItem], { description: '回答 — answers, one per question answered' }) answers!: ResourcesSurveyAnswerItem[];
}

@InputType({ description: '结束调查 — close a survey' })
class ResourcesSurveyCloseInput {
  @Field(() => ID, { description: '需求调查 — the survey' }) id!: string;
}

@InputType({ description: '转入项 — one chosen option to become a need' })
class ResourcesSurveyToNeedsItem {
  @Field({ description: '题目键 — question key' }) questionKey!: string;
  @Field({ description: '选项键 — option key' }) optionKey!: string;
  @Field({ description: '类别 — need category key' }) category!: string;
  @Field(() => String, { nullable: true, description: '需求标题 — title (default: the option label)' }) title?: string | null;
}

@InputType({ description: '调查结果转入需求库 — turn aggregated answers into needs' })
class ResourcesSurveyToNeedsInput {
  @Field(() => ID, { description: '需求调查 — the survey' }) surveyId!: string;
  @Field(() => [ResourcesSurveyToNeedsItem], { description: '转入项 — options to turn into needs (1–30)' }) items!: ResourcesSurveyToNeedsItem[];
}

const key = z.string().regex(/^[a-zA-Z0-9_-]{1,30}$/);
const questionSchema = z
  .object({
    key,
    text: z.string().trim().min(1).max(200),
    kind: z.nativeEnum(QuestionKind),
    required: z.boolean().nullish(),
    options: z
      .array(z.object({ key, label: z.string().trim().min(1).max(60) }))
      .max(20)
      .nullish(),
  })
  .superRefine((q, c) => {
    const opts = q.options ?? [];
    if (q.kind === QuestionKind.TEXT && opts.length) c.addIssue({ code: 'custom', path: ['options'], message: 'a text question has no options' });
    if (q.kind !== QuestionKind.TEXT && opts.length < 2) c.addIssue({ code: 'custom', path: ['options'], message: 'a choice question needs 2–20 options' });
    if (new Set(opts.map((o) => o.key)).size !== opts.length) c.addIssue({ code: 'custom', path: ['options'], message: 'option keys must be unique' });
  });
const createSchema = z
  .object({
    title: z.string().trim().min(1).max(100),
    description: z.string().trim().max(2000).nullish(),
    gridUnitId: z.string().nullish(),
    questions: z.array(questionSchema).min(1).max(30),
  })
  .refine((s) => new Set(s.questions.map((q) => q.key)).size === s.questions.length, { path: ['questions'], message: 'question keys must be unique' });
const answerSchema = z
  .array(
    z.object({
      questionKey: z.string().max(30),
      optionKeys: z.array(z.string().max(30)).max(20).nullish(),
      text: z.string().trim().max(1000).nullish(),
    }),
  )
  .min(1)
  .max(30);
const itemsSchema = z
  .array(
    z.object({
      questionKey: z.string().max(30),
      optionKey: z.string().max(30),
      category: z.string().max(40),
      title: z.string().trim().min(1).max(100).nullish(),
    }),
  )
  .min(1)
  .max(30);

const surveyOf = (ctx: Ctx, id: string, field: string) => loadIn(ctx, ResourcesSurvey, 'ResourcesSurvey', id, field);

@Resolver(() => ResourcesSurvey)
export class SurveyResolver {
  @Query(() => SurveyConnection, { description: '需求调查列表 — need surveys, newest first' })
  @Requires('resources', 'resources.read')
  resourcesSurveys(@Args() args: SurveysArgs, @Context() ctx: Ctx) {
    return paginate(ctx.em, ResourcesSurvey, args.status ? { status: args.status } : {}, args);
  }

  @Query(() => ResourcesSurvey, { nullable: true, description: '需求调查 — one survey by id (null when not found)' })
  @Requires('resources', 'resources.read')
  resourcesSurvey(@Arg('id', () => ID, { description: '调查 ID — survey id' }) id: string, @Context() ctx: Ctx) {
    return findIn(ctx, ResourcesSurvey, 'ResourcesSurvey', id);
  }

  @Mutation(() => SurveyPayload, { description: '发起需求调查 — start a questionnaire (single/multiple choice and text questions)' })
  @Requires('resources', 'resources.manageSurveys')
  async resourcesSurveyCreate(@Arg('input', { description: '输入 — the mutation input' }) input: ResourcesSurveyCreateInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    const grid = await before(() => gridUnitOf(ctx, input.gridUnitId, 'gridUnitId', false));
    return mutate(ctx, async (em) => {
      const data = check(createSchema, input);
      const s = em.create(ResourcesSurvey, {
        communityId: actor.communityId,
        title: data.title,
        description: data.description ?? null,
        gridUnitId: grid().id,
        createdByAccountId: actor.accountId,
        questions: data.questions.map((q) => ({ key: q.key, text: q.text, kind: q.kind, required: !!q.required, options: q.options ?? [] })),
      });
      await em.flush();
      recordEvent(em, RESOURCES_EVENTS.SurveyCreated, {
        communityId: actor.communityId,
        subject: { type: 'ResourcesSurvey', id: s.id },
        data: { surveyId: s.id },
      });
      return s;
    });
  }

  @Mutation(() => SurveyPayload, { description: '填写需求调查 — answer once; a second answer (even sent at the same time) → RESOURCES_ALREADY_ANSWERED' })
  @Requires('resources', 'resources.answer')
  async resourcesSurveyAnswer(@Arg('input', { description: '输入 — the mutation input' }) input: ResourcesSurveyAnswerInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    const found = await before(async () => {
      const s = await surveyOf(ctx, input.surveyId, 'surveyId');
      const household = (await householdsOfAccounts(ctx.em, actor.communityId, [actor.accountId!])).get(actor.accountId!) ?? null;
      return { s, household };
    });
    return mutate(ctx, async (em) => {
      const { s, household } = found();
      if (!actor.accountId) throw new AppError('FORBIDDEN');
      const answers = check(answerSchema, input.answers).map((a) => ({ questionKey: a.questionKey, optionKeys: a.optionKeys ?? [], text: a.text || null }));
      await answerSurvey(em, s, actor.accountId, household, answers);
      return em.findOneOrFail(ResourcesSurvey, { id: s.id }, { refresh: true });
    });
  }

  @Mutation(() => SurveyPayload, { description: '结束调查 — close the survey; no more answers' })
  @Requires('resources', 'resources.manageSurveys')
  async resourcesSurveyClose(@Arg('input', { description: '输入 — the mutation input' }) input: ResourcesSurveyCloseInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    const found = await before(() => surveyOf(ctx, input.id, 'id'));
    return mutate(ctx, async (em) => {
      const s = found();
      const rows = await em.execute(
        `update resources_survey set status = 'CLOSED', closed_at = now(), updated_at = now() where id = ? and status = 'OPEN' returning id`,
        [s.id],
      );
      if (!rows[0]) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: 'CLOSED' });
      recordEvent(em, RESOURCES_EVENTS.SurveyClosed, {
        communityId: actor.communityId,
        subject: { type: 'ResourcesSurvey', id: s.id },
        data: { surveyId: s.id },
      });
      return em.findOneOrFail(ResourcesSurvey, { id: s.id }, { refresh: true });
    });
  }

  @Mutation(() => ResourcesSurveyToNeedsPayload, {
    description: '调查结果转入需求库 — each chosen option becomes a need (once), its demand = residents who chose it',
  })
  @Requires('resources', 'resources.manageSurveys')
  async resourcesSurveyToNeeds(
    @Arg('input', { description: '输入 — the mutation input' }) input: ResourcesSurveyToNeedsInput,
    @Context() ctx: Ctx,
  ): Promise<ResourcesSurveyToNeedsPayload> {
    const actor = await actorOf(ctx);
    const settings = await ctx.settings(ResourcesSettings);
    const found = await before(async () => {
      const s = await surveyOf(ctx, input.surveyId, 'surveyId');
      return { s, gridPath: s.gridUnitId ? await gridUnitPath(ctx.em, s.gridUnitId) : [] };
    });
    const r = await mutate(ctx, async (em) => {
      const { s, gridPath } = found();
      const items = check(itemsSchema, input.items);
      const bad = items.findIndex((i) => !settings.categories.some((c) => c.key === i.category));
      if (bad >= 0) throw new UserFacingError('RESOURCES_CATEGORY_UNKNOWN', ['input', 'items', String(bad), 'category'], { category: items[bad]!.category });
      const ids = await surveyToNeeds(
        em,
        { ...s, gridPath: s.gridUnitId && gridPath.length ? gridPath : [] },
        actor.accountId,
        items.map((i) => ({ questionKey: i.questionKey, optionKey: i.optionKey, category: i.category, title: i.title ?? null })),
      );
      return em.find(ResourcesNeed, { id: { $in: ids } }, { orderBy: { id: 'asc' } });
    });
    return { needs: r.value ?? [], userErrors: r.userErrors };
  }

  @FieldResolver(() => [ResourcesQuestionResult], { description: '调查结果 — answers aggregated per question (text answers only for those who run surveys)' })
  async results(@Root() s: ResourcesSurvey, @Context() ctx: Ctx): Promise<ResourcesQuestionResult[]> {
    const tallies: { question_key: string; option_key: string; count: number }[] = await ctx.em.execute(
      `select question_key, option_key, count from resources_survey_tally where survey_id = ?`,
      [s.id],
    );
    const seeTexts = await can(ctx, 'seeTextAnswers');
    const texts: { question_key: string; text: string }[] =
      seeTexts && s.questions.some((q) => q.kind === QuestionKind.TEXT)
        ? await ctx.em.execute(
            `select a->>'questionKey' question_key, a->>'text' as text from resources_survey_response r, jsonb_array_elements(r.answers) a
          where r.survey_id = ? and a->>'text' is not null order by r.id`,
            [s.id],
          )
        : [];
    const count = (q: string, o: string) => tallies.find((t) => t.question_key === q && t.option_key === o)?.count ?? 0;
    return s.questions.map((q) => {
      const options = q.options.map((o) => ({ key: o.key, label: o.label, count: count(q.key, o.key) })).sort((a, b) => b.count - a.count);
      return {
        key: q.key,
        text: q.text,
        options,
        answered: count(q.key, ''),
        texts: texts.filter((t) => t.question_key === q.key).map((t) => t.text),
      };
    });
  }

  @FieldResolver(() => Boolean, { description: '本人已填写 — the caller has answered it' })
  async answered(@Root() s: ResourcesSurvey, @Context() ctx: Ctx) {
    const me = ctx.viewer?.accountId;
    if (!me) return false;
    const [row] = await ctx.em.execute(`select 1 from resources_survey_response where survey_id = ? and account_id = ?`, [s.id, me]);
    return !!row;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: '网格单元 — GridUnit id it is about (null: community-wide)',
    deprecationReason: '改用 gridUnit — use `gridUnit { id name }`: the object, checked and batched',
  })
  gridUnitId(@Root() s: ResourcesSurvey) {
    return s.gridUnitId ? toGlobalId(GRID_UNIT_TYPE, s.gridUnitId) : null;
  }
}
