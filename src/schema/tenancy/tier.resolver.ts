// The tiers above a community: districts/counties (区/县) and street offices (街道). Platform admins
// create them and appoint their admins (an existing login, or a new one); a district's admins read
// its streets and their communities, a street's admins its communities — each tier only its own.
import { Arg, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../context';
import { AppError, UserFacingError } from '../errors';
import { fromGlobalId, parseGlobalId } from '../global-id';
import { UserError as UserErrorType } from '../user-error';
import { check, mutate, Payload } from '../mutation';
import { Requires, SIGNED_IN } from '../requires';
import { recordEvent } from '../../plugins/events/record-event';
import { District, Street } from './community.entity';
import { Account, DistrictAdmin, StreetAdmin } from '../identity/account.entity';
import { hashPassword, MIN_PASSWORD } from '../identity/password.service';
import { TENANCY_EVENTS } from './tenancy.events';
import { districtsOfAccount, mayReadDistrict, mayReadStreet } from './tier.lookups';

@InputType({ description: '新建区/县 — create a district or county' })
class DistrictCreateInput {
  @Field({ description: '名称 — name, e.g. 盘州市, 凤庆县' }) name!: string;
  @Field({ description: '行政区划代码 — region code (6–12 digits)' }) regionCode!: string;
}

@InputType({ description: '街道归属区/县 — put a street office under a district (or take it out)' })
class StreetDistrictSetInput {
  @Field(() => ID, { description: '街道 — the street office' }) street!: string;
  @Field(() => ID, { nullable: true, description: '区/县 — the district (null: none)' }) district?: string | null;
}

@InputType({ description: '任命街道或区/县管理员 — appoint an admin of a street office or a district' })
class TierAdminAppointInput {
  @Field(() => ID, { description: '街道或区/县 — a Street or a District id' }) tier!: string;
  @Field({ description: '账号 — login of the admin (an existing login is appointed as it is)' }) login!: string;
  @Field(() => String, { nullable: true, description: '显示名 — for a new login' }) displayName?: string | null;
  @Field(() => String, { nullable: true, description: '初始密码 — for a new login (at least 8 characters)' }) password?: string | null;
}

@InputType({ description: '免去街道或区/县管理员 — remove an admin of a street office or a district' })
class TierAdminRemoveInput {
  @Field(() => ID, { description: '街道或区/县 — a Street or a District id' }) tier!: string;
  @Field({ description: '账号 — login of the admin' }) login!: string;
}

@ObjectType({ description: '层级管理员 — an admin of a street office or a district' })
class TierAdmin {
  @Field({ description: '账号 — login' }) login!: string;
  @Field({ description: '显示名 — display name' }) displayName!: string;
}

@ObjectType({ description: '层级管理员任免结果 — result of appointing or removing a tier admin' })
class TierAdminPayload {
  @Field(() => Street, { nullable: true, description: '街道 — the street office (when the tier is a street)' }) street!: Street | null;
  @Field(() => District, { nullable: true, description: '区/县 — the district (when the tier is a district)' }) district!: District | null;
  @Field(() => [TierAdmin], { description: '管理员 — its admins after the change' }) admins!: TierAdmin[];
  @Field(() => [UserErrorType], { description: '用户错误 — expected failures; empty on success' }) userErrors!: UserErrorType[];
}

const DistrictPayload = Payload(District, 'district', 'District', '区/县');
const StreetTierPayload = Payload(Street, 'street', 'StreetDistrict', '街道归属');

const tierSchema = z.object({
  name: z.string().trim().min(1).max(100),
  regionCode: z.string().regex(/^\d{6,12}$/, '行政区划代码应为 6–12 位数字'),
});
const appointSchema = z.object({
  login: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9_.@-]{3,60}$/, '3–60 letters, digits or _.@-'),
  displayName: z.string().trim().min(1).max(50).nullish(),
  password: z.string().min(MIN_PASSWORD, 'PASSWORD_WEAK').max(200).nullish(),
});

type Tier = { kind: 'Street'; row: Street } | { kind: 'District'; row: District };

function platformOnly(ctx: Ctx): void {
  if (!ctx.viewer?.platformAdmin || ctx.viewer.apiKey) throw new AppError('FORBIDDEN');
}

async function tierOf(em: Ctx['em'], globalId: string): Promise<Tier> {
  const kind = parseGlobalId(globalId)?.type === 'District' ? 'District' : 'Street';
  const id = fromGlobalId(globalId, kind, 'tier');
  const row = kind === 'District' ? await em.findOne(District, id) : await em.findOne(Street, id);
  if (!row) throw new UserFacingError('NOT_FOUND', ['input', 'tier']);
  return { kind, row } as Tier;
}

async function adminsOf(em: Ctx['em'], tier: Tier): Promise<TierAdmin[]> {
  const rows =
    tier.kind === 'Street'
      ? await em.find(StreetAdmin, { street: tier.row.id }, { populate: ['account'] })
      : await em.find(DistrictAdmin, { district: tier.row.id }, { populate: ['account'] });
  return rows.map((r) => ({ login: r.account.login, displayName: r.account.displayName })).sort((a, b) => a.login.localeCompare(b.login));
}

const payloadOf = async (em: Ctx['em'], tier: Tier) => ({
  street: tier.kind === 'Street' ? tier.row : null,
  district: tier.kind === 'District' ? tier.row : null,
  admins: await adminsOf(em, tier),
});

/** The account's appointment to the tier, if it holds one. */
function appointmentOf(em: Ctx['em'], tier: Tier, account: Account): Promise<StreetAdmin | DistrictAdmin | null> {
  return tier.kind === 'Street' ? em.findOne(StreetAdmin, { account, street: tier.row.id }) : em.findOne(DistrictAdmin, { account, district: tier.row.id });
}

/** After an appointment or a removal: its event, then the tier with its admins as they now are. */
async function changed(em: Ctx['em'], tier: Tier, event: typeof TENANCY_EVENTS.TierAdminAppointed, account: Account) {
  recordEvent(em, event, { communityId: null, subject: { type: tier.kind, id: tier.row.id }, data: { tier: tier.kind, accountId: account.id } });
  await em.flush();
  return payloadOf(em, tier);
}

const answer = (r: { value?: Awaited<ReturnType<typeof payloadOf>> | null; userErrors: UserErrorType[] }): TierAdminPayload =>
  r.value ? { ...r.value, userErrors: [] } : { street: null, district: null, admins: [], userErrors: r.userErrors };

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => [District], { description: '区/县 — districts the caller administers (platform admins: all)' })
  @Requires('tenancy', SIGNED_IN)
  async districts(@Context() ctx: Ctx): Promise<District[]> {
    const v = ctx.viewer!;
    if (v.platformAdmin) return ctx.em.find(District, {}, { orderBy: { name: 'asc' } });
    if (!v.accountId || v.apiKey) return [];
    return ctx.em.find(District, { id: { $in: await districtsOfAccount(ctx.em, v.accountId) } }, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => [Street], { description: '街道 — street offices of the district' })
  streets(@Root() d: District, @Context() ctx: Ctx): Promise<Street[]> {
    return ctx.em.find(Street, { district: d.id }, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => [TierAdmin], { description: '管理员 — admins of the district (its own admins and platform admins; else empty)' })
  async admins(@Root() d: District, @Context() ctx: Ctx): Promise<TierAdmin[]> {
    return (await mayReadDistrict(ctx, d.id)) ? adminsOf(ctx.em, { kind: 'District', row: d }) : [];
  }

  @Mutation(() => DistrictPayload, { description: '新建区/县 — create a district or county (platform admin)' })
  @Requires('tenancy', SIGNED_IN)
  async districtCreate(@Arg('input', { description: '输入 — the mutation input' }) input: DistrictCreateInput, @Context() ctx: Ctx) {
    platformOnly(ctx);
    return mutate(ctx, async (em) => {
      const data = check(tierSchema, input);
      if (await em.findOne(District, { regionCode: data.regionCode })) throw new UserFacingError('ALREADY_EXISTS', ['input', 'regionCode'], { what: '区/县' });
      const d = em.create(District, data);
      recordEvent(em, TENANCY_EVENTS.DistrictCreated, { communityId: null, subject: { type: 'District', id: d.id } });
      return d;
    });
  }

  @Mutation(() => StreetTierPayload, { description: '街道归属区/县 — put a street office under a district, or take it out (platform admin)' })
  @Requires('tenancy', SIGNED_IN)
  async streetDistrictSet(@Arg('input', { description: '输入 — the mutation input' }) input: StreetDistrictSetInput, @Context() ctx: Ctx) {
    platformOnly(ctx);
    return mutate(ctx, async (em) => {
      const street = await em.findOne(Street, fromGlobalId(input.street, 'Street', 'street'));
      if (!street) throw new UserFacingError('NOT_FOUND', ['input', 'street']);
      const district = input.district ? await em.findOne(District, fromGlobalId(input.district, 'District', 'district')) : null;
      if (input.district && !district) throw new UserFacingError('NOT_FOUND', ['input', 'district']);
      street.district = district;
      recordEvent(em, TENANCY_EVENTS.StreetUpdated, {
        communityId: null,
        subject: { type: 'Street', id: street.id },
        data: { districtId: district?.id ?? null },
      });
      return street;
    });
  }

  @Mutation(() => TierAdminPayload, {
    description: '任命街道或区/县管理员 — appoint an admin of a street office or district (platform admin); a new login needs displayName and password',
  })
  @Requires('tenancy', SIGNED_IN)
  async tierAdminAppoint(
    @Arg('input', { description: '输入 — the mutation input' }) input: TierAdminAppointInput,
    @Context() ctx: Ctx,
  ): Promise<TierAdminPayload> {
    platformOnly(ctx);
    const passwordHash =
      input.password && input.password.length >= MIN_PASSWORD && input.password.length <= 200
        ? await ctx.app.credentials.hash(() => hashPassword(input.password!))
        : null;
    const r = await mutate(ctx, async (em) => {
      const data = check(appointSchema, input);
      const tier = await tierOf(em, input.tier);
      let account = await em.findOne(Account, { login: data.login });
      if (!account) {
        if (!data.displayName)
          throw new UserFacingError('BAD_USER_INPUT', ['input', 'displayName'], {
            detail: { 'zh-CN': '新建登录须填写 displayName', en: 'displayName is required for a new login' },
          });
        if (!data.password || !passwordHash) throw new UserFacingError('PASSWORD_WEAK', ['input', 'password']);
        account = em.create(Account, { login: data.login, displayName: data.displayName, passwordHash });
      }
      if (await appointmentOf(em, tier, account)) throw new UserFacingError('ALREADY_EXISTS', ['input', 'login'], { what: '管理员' });
      if (tier.kind === 'Street') em.create(StreetAdmin, { account, street: tier.row });
      else em.create(DistrictAdmin, { account, district: tier.row });
      return changed(em, tier, TENANCY_EVENTS.TierAdminAppointed, account);
    });
    return answer(r);
  }

  @Mutation(() => TierAdminPayload, { description: '免去街道或区/县管理员 — remove an admin of a street office or district (platform admin); the login stays' })
  @Requires('tenancy', SIGNED_IN)
  async tierAdminRemove(
    @Arg('input', { description: '输入 — the mutation input' }) input: TierAdminRemoveInput,
    @Context() ctx: Ctx,
  ): Promise<TierAdminPayload> {
    platformOnly(ctx);
    const r = await mutate(ctx, async (em) => {
      const tier = await tierOf(em, input.tier);
      const account = await em.findOne(Account, { login: input.login.trim().toLowerCase() });
      const row = account ? await appointmentOf(em, tier, account) : null;
      if (!row || !account) throw new UserFacingError('NOT_FOUND', ['input', 'login']);
      em.remove(row);
      return changed(em, tier, TENANCY_EVENTS.TierAdminRemoved, account);
    });
    return answer(r);
  }
}

@Resolver(() => Street)
export class StreetTierResolver {
  @FieldResolver(() => District, { nullable: true, description: '所属区/县 — the district or county of the street office' })
  district(@Root() s: Street, @Context() ctx: Ctx): Promise<District | null> | null {
    return s.district ? ctx.loaders.entity(District).load(s.district.id) : null;
  }

  @FieldResolver(() => [TierAdmin], {
    description: '管理员 — admins of the street office (for its own and its district’s admins and platform admins; else empty)',
  })
  async admins(@Root() s: Street, @Context() ctx: Ctx): Promise<TierAdmin[]> {
    return (await mayReadStreet(ctx, s.id)) ? adminsOf(ctx.em, { kind: 'Street', row: s }) : [];
  }
}
