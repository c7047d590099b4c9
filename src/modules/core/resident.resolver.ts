// Residents. 身份证号 and phone are masked unless asked for and permitted; each unmasked read is
// logged. Sensitive flags (disability, hardship, health) are visible only to caring roles.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginateRows } from '../../schema/connection';
import { defineOrder } from '../../schema/order';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { Gender } from './core.enums';
import { Household } from './household.entity';
import { likePattern } from '../../db/sql';
import { Resident } from './resident.entity';
import { HOUSEHOLD_FIELD_PROPS, RESIDENT_FIELD_PROPS } from './field.selection';
import { joinedOf } from '../../db/row-objects';
import {
  birthDateFromId,
  isValidIdNumber,
  isValidMobile,
  logUnmaskedRead,
  maskIdNumber,
  maskPhone,
  openResidentField,
  personalIndex,
  setResidentField,
  type PersonalField,
} from './personal-data.service';
import { PersonalDataKeyError, personalDataKeysOf } from '../../schema/personal-crypto';
import { householdScope, residentScopeWhere, scopeHouseholds, scopeResidents, withinWhere, type HouseholdScope } from './row-scope.service';
import { CORE_EVENTS } from './core.events';

export const ResidentConnection = Connection(Resident, 'Resident', '居民');
const ResidentPayload = Payload(Resident, 'resident', 'Resident', '居民');

@ObjectType({ description: '敏感信息 — care-related flags, shown only to roles that need them' })
class ResidentSensitive {
  @Field({ description: '残疾 — has a disability' }) disability!: boolean;
  @Field({ description: '困难 — in hardship' }) hardship!: boolean;
  @Field(() => String, { nullable: true, description: '健康状况 — health note' }) healthNote!: string | null;
}

const ResidentOrder = defineOrder('Resident', '居民', {
  NAME: { prop: 'name', description: '姓名 — by name' },
  CREATED_AT: { prop: 'createdAt', description: '登记时间 — by when the resident was registered' },
});
type ResidentOrderInput = InstanceType<typeof ResidentOrder.Input>;

@ArgsType()
class ResidentsArgs extends ConnectionArgs {
  @Field(() => ResidentOrder.Input, { nullable: true, description: '排序 — order of the list (default: newest registered first)' })
  orderBy?: ResidentOrderInput | null;
  @Field(() => ID, { nullable: true, description: '范围 — only residents of households inside this object, e.g. a grid unit with its sub-units (网格)' })
  within?: string | null;
  @Field(() => Gender, { nullable: true, description: '性别 — only this gender' }) gender?: Gender | null;
  @Field(() => Boolean, { nullable: true, description: '有手机号 — only residents with (true) or without (false) a mobile number on file' })
  hasPhone?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: '残疾 — only residents with (true) or without (false) a disability (needs core.resident.readSensitive)',
  })
  disability?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '困难 — only residents in (true) or not in (false) hardship (needs core.resident.readSensitive)' })
  hardship?: boolean | null;
  @Field(() => String, { nullable: true, description: '搜索 — matches the name' }) search?: string | null;
  @Field(() => ID, { nullable: true, description: '户 — only members of this household' }) household?: string | null;
  @Field(() => String, { nullable: true, description: '身份证号 — exact match on the full number (blind index; needs core.resident.readPersonal)' }) idNumber?:
    string | null;
  @Field(() => String, { nullable: true, description: '手机号 — exact match on the full number (blind index; needs core.resident.readPersonal)' }) phone?:
    string | null;
}

@InputType({ description: '居民信息 — resident data' })
class ResidentFields {
  @Field(() => String, { nullable: true, description: '姓名 — name' }) name?: string | null;
  @Field(() => Gender, { nullable: true, description: '性别 — gender' }) gender?: Gender | null;
  @Field(() => ID, { nullable: true, description: '户 — household' }) household?: string | null;
  @Field(() => String, { nullable: true, description: '与户主关系 — relation to head of household' }) relationToHead?: string | null;
  @Field(() => String, { nullable: true, description: '身份证号 — resident ID number (checksum validated)' }) idNumber?: string | null;
  @Field(() => String, { nullable: true, description: '手机号 — mobile number' }) phone?: string | null;
  @Field(() => Boolean, { nullable: true, description: '残疾 — has a disability' }) disability?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '困难 — in hardship' }) hardship?: boolean | null;
  @Field(() => String, { nullable: true, description: '健康状况 — health note' }) healthNote?: string | null;
}

@InputType({ description: '登记居民 — register a resident' })
class ResidentCreateInput extends ResidentFields {
  @Field({ description: '姓名 — name' }) declare name: string;
}

@InputType({ description: '修改居民 — update a resident' })
class ResidentUpdateInput extends ResidentFields {
  @Field(() => ID, { description: '居民 — the resident' }) id!: string;
}

@InputType({ description: '迁出 — mark a resident as moved away (kept, never deleted)' })
class ResidentMoveOutInput {
  @Field(() => ID, { description: '居民 — the resident' }) id!: string;
}

const fields = z.object({
  name: z.string().trim().min(1).max(50).optional(),
  relationToHead: z.string().trim().max(20).nullish(),
  idNumber: z.string().trim().toUpperCase().refine(isValidIdNumber, 'ID_NUMBER_INVALID').nullish(),
  phone: z.string().trim().refine(isValidMobile, 'PHONE_INVALID').nullish(),
  healthNote: z.string().max(1000).nullish(),
});

async function apply(scope: HouseholdScope, em: Ctx['em'], r: Resident, input: ResidentFields): Promise<void> {
  const data = check(fields, input);
  const keys = personalDataKeysOf(em);
  if (data.name) r.name = data.name;
  if (input.gender) r.gender = input.gender;
  if (data.relationToHead !== undefined) r.relationToHead = data.relationToHead ?? null;
  if (data.idNumber !== undefined) {
    setResidentField(keys, r, 'idNumber', data.idNumber ?? null);
    r.birthDate = data.idNumber ? birthDateFromId(data.idNumber) : r.birthDate;
  }
  if (data.phone !== undefined) setResidentField(keys, r, 'phone', data.phone ?? null);
  if (input.disability != null) r.disability = input.disability;
  if (input.hardship != null) r.hardship = input.hardship;
  if (data.healthNote !== undefined) r.healthNote = data.healthNote ?? null;
  if (input.household !== undefined) {
    const h = input.household ? await em.findOne(Household, scopeHouseholds(scope, { id: fromGlobalId(input.household, 'Household') })) : null;
    if (input.household && !h) throw new UserFacingError('NOT_FOUND', ['input', 'household']);
    r.household = h;
  }
}

/** The access log's "why": the caller's reason (trimmed, at most 200 characters), else the operation. */
const reasonOf = (reason: string | null, info: GraphQLResolveInfo) =>
  reason?.trim().slice(0, 200) || `operation ${info.operation.name?.value ?? '(anonymous)'}`;

/**
 * A search by 身份证号 or phone uses the number like an unmasked read does: one access-log row per
 * resident it found (the search tells who holds that number), or one for the search itself when it
 * found no one (subject type ResidentSearch, subject the community).
 */
async function logNumberSearch(ctx: Ctx, fields: PersonalField[], found: Resident[], communityId: string, reason: string): Promise<void> {
  const why = `search: ${reason}`;
  const subjects = found.length
    ? found.map((r) => ({ subjectType: 'Resident', subjectId: r.id }))
    : [{ subjectType: 'ResidentSearch', subjectId: communityId }];
  await Promise.all(subjects.flatMap((s) => fields.map((field) => logUnmaskedRead(ctx, { ...s, field, reason: why }))));
}

@Resolver(() => Resident)
export class ResidentResolver {
  @Query(() => ResidentConnection, { description: '居民列表 — residents of the community, newest first' })
  @Requires('core', 'core.resident.read')
  async residents(@Args() args: ResidentsArgs, @Context() ctx: Ctx, @Info() info: GraphQLResolveInfo) {
    const where: Record<string, unknown> = { movedOutAt: null };
    if (args.search) where.name = { $ilike: likePattern(args.search, 50) };
    if (args.household) where.household = fromGlobalId(args.household, 'Household');
    if (args.gender) where.gender = args.gender;
    if (args.hasPhone != null) where.phoneBidx = args.hasPhone ? { $ne: null } : null;
    if (args.disability != null || args.hardship != null) {
      // Filtering by a sensitive flag discloses it: only roles that may read the flags.
      if (!(await ctx.can('core.resident.readSensitive'))) throw new AppError('FORBIDDEN');
      if (args.disability != null) where.disability = args.disability;
      if (args.hardship != null) where.hardship = args.hardship;
    }
    Object.assign(where, await withinWhere(ctx, args.within, 'household'));
    const searched: PersonalField[] = [...(args.idNumber != null ? ['idNumber' as const] : []), ...(args.phone != null ? ['phone' as const] : [])];
    if (searched.length) {
      // Finding a person by their number is a use of it: only roles that may read it.
      if (!(await ctx.can('core.resident.readPersonal'))) throw new AppError('FORBIDDEN');
      const keys = personalDataKeysOf(ctx.em);
      if (args.idNumber != null) where.idNumberBidx = personalIndex(keys, 'idNumber', args.idNumber);
      if (args.phone != null) where.phoneBidx = personalIndex(keys, 'phone', args.phone);
    }
    // Rows, not hydrated entities: a page is 100 residents, read-only; their households come in
    // the same statement for the \`household\` field (which still checks core.household.read).
    const households = ctx.loaders.entity(Household);
    const { communityId } = await ctx.access();
    const page = await paginateRows<Resident, Household>(ctx.em, Resident, communityId!, await residentScopeWhere(ctx, where), args, {
      info,
      fields: RESIDENT_FIELD_PROPS,
      join: { property: 'household', entity: Household, fields: HOUSEHOLD_FIELD_PROPS, prime: (h) => households.prime(h.id, h) },
      sort: ResidentOrder.sortKey(args.orderBy),
    });
    if (searched.length) await logNumberSearch(ctx, searched, page.nodes, communityId!, reasonOf(null, info));
    return page;
  }

  @FieldResolver(() => Household, { nullable: true, description: '户 — household of the resident (null without core.household.read)' })
  household(@Root() r: Resident, @Context() ctx: Ctx): Household | null | Promise<Household | null> {
    if (!r.household) return null;
    const id = r.household.id;
    const access = ctx.accessNow();
    // Per row of a list: once access is known and the household at hand (lists prime it), no promise.
    if (!access) return ctx.access().then(() => this.household(r, ctx));
    if (!access.permissions.has('core.household.read')) return null;
    const joined = joinedOf<Household>(r, 'household');
    if (joined !== undefined) return joined;
    const loader = ctx.loaders.entity(Household);
    return loader.peek(id) ?? loader.load(id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '身份证号 — masked (110***********1234) unless unmasked is asked and permitted; unmasked reads are logged',
  })
  idNumber(
    @Root() r: Resident,
    @Context() ctx: Ctx,
    @Arg('unmasked', { defaultValue: false, description: '明文 — return the full number (logged)' }) unmasked: boolean,
    @Arg('reason', () => String, { nullable: true, description: '用途 — why the full number is needed (kept in the access log)' }) reason: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.personal(r, ctx, 'idNumber', unmasked, maskIdNumber, reasonOf(reason, info));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '手机号 — masked (138****5678) unless unmasked is asked and permitted; unmasked reads are logged',
  })
  phone(
    @Root() r: Resident,
    @Context() ctx: Ctx,
    @Arg('unmasked', { defaultValue: false, description: '明文 — return the full number (logged)' }) unmasked: boolean,
    @Arg('reason', () => String, { nullable: true, description: '用途 — why the full number is needed (kept in the access log)' }) reason: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.personal(r, ctx, 'phone', unmasked, maskPhone, reasonOf(reason, info));
  }

  @FieldResolver(() => Int, { nullable: true, description: '年龄 — age in whole years, from the birth date' })
  age(@Root() r: Resident): number | null {
    if (!r.birthDate) return null;
    const b = new Date(`${r.birthDate}T00:00:00Z`);
    const now = new Date();
    let age = now.getUTCFullYear() - b.getUTCFullYear();
    if (now.getUTCMonth() < b.getUTCMonth() || (now.getUTCMonth() === b.getUTCMonth() && now.getUTCDate() < b.getUTCDate())) age--;
    return age;
  }

  @FieldResolver(() => ResidentSensitive, { nullable: true, description: "敏感信息 — null unless the viewer's role needs it" })
  async sensitive(@Root() r: Resident, @Context() ctx: Ctx): Promise<ResidentSensitive | null> {
    if (!(await ctx.can('core.resident.readSensitive'))) return null;
    return { disability: r.disability, hardship: r.hardship, healthNote: r.healthNote };
  }

  /** Masked: the value at once (a list asks twice per row, a promise each was measurable); unmasked: checked and logged. */
  private personal(
    r: Resident,
    ctx: Ctx,
    field: PersonalField,
    unmasked: boolean,
    mask: (v: string) => string,
    reason: string,
  ): string | null | Promise<string | null> {
    if (unmasked) return this.unmaskedRead(r, ctx, field, reason);
    const value = this.open(r, ctx, field);
    return value ? mask(value) : null;
  }

  private async unmaskedRead(r: Resident, ctx: Ctx, field: PersonalField, reason: string): Promise<string | null> {
    if (!(await ctx.can('core.resident.readPersonal'))) throw new AppError('FORBIDDEN');
    const value = this.open(r, ctx, field);
    if (!value) return null;
    await logUnmaskedRead(ctx, { subjectType: 'Resident', subjectId: r.id, field, reason });
    return value;
  }

  private open(r: Resident, ctx: Ctx, field: PersonalField): string | null {
    try {
      return openResidentField(personalDataKeysOf(ctx.em), r, field);
    } catch (e) {
      if (!(e instanceof PersonalDataKeyError)) throw e;
      ctx.app.log.error({ err: e.message, subjectId: r.id, field }, 'personal data does not decrypt');
      throw new AppError('PERSONAL_DATA_KEY');
    }
  }

  @Mutation(() => ResidentPayload, { description: '登记居民 — register a resident' })
  @Requires('core', 'core.resident.write')
  async residentCreate(@Arg('input', { description: '输入 — the mutation input' }) input: ResidentCreateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    // Computed before the transaction: mutate's callback must not touch ctx.em.
    const scope = await householdScope(ctx);
    return mutate(ctx, async (em) => {
      const r = new Resident();
      r.communityId = communityId!;
      await apply(scope, em, r, input);
      if (!r.name) throw new UserFacingError('BAD_USER_INPUT', ['input', 'name'], { detail: { 'zh-CN': 'name：必填', en: 'name: required' } });
      em.persist(r);
      recordEvent(em, CORE_EVENTS.ResidentRegistered, { communityId, subject: { type: 'Resident', id: r.id } });
      return r;
    });
  }

  @Mutation(() => ResidentPayload, { description: '修改居民 — update a resident' })
  @Requires('core', 'core.resident.write')
  async residentUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: ResidentUpdateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    // Computed before the transaction: mutate's callback must not touch ctx.em.
    const scope = await householdScope(ctx);
    return mutate(ctx, async (em) => {
      const r = await em.findOne(Resident, scopeResidents(scope, { id: fromGlobalId(input.id, 'Resident') }));
      if (!r) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      await apply(scope, em, r, input);
      recordEvent(em, CORE_EVENTS.ResidentUpdated, { communityId, subject: { type: 'Resident', id: r.id } });
      return r;
    });
  }

  @Mutation(() => ResidentPayload, { description: '迁出 — mark a resident as moved away' })
  @Requires('core', 'core.resident.write')
  async residentMoveOut(@Arg('input', { description: '输入 — the mutation input' }) input: ResidentMoveOutInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    // Computed before the transaction: mutate's callback must not touch ctx.em.
    const scope = await householdScope(ctx);
    return mutate(ctx, async (em) => {
      const r = await em.findOne(Resident, scopeResidents(scope, { id: fromGlobalId(input.id, 'Resident') }));
      if (!r) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      if (r.movedOutAt) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: 'MOVED_OUT' });
      r.movedOutAt = new Date();
      recordEvent(em, CORE_EVENTS.ResidentMovedOut, { communityId, subject: { type: 'Resident', id: r.id } });
      return r;
    });
  }
}
