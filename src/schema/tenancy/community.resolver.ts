// The active community, its module configuration, and creating communities and streets.
import { Arg, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { z } from 'zod';
import type { Ctx } from '../context';
import { AppError, UserFacingError } from '../errors';
import { fromGlobalId } from '../global-id';
import { check, mutate, Payload } from '../mutation';
import { Requires, SIGNED_IN } from '../requires';
import { recordEvent } from '../../plugins/events/record-event';
import { applyPreset, configureModule, listModuleStates, switchPreset } from '../../plugins/community-modules';
import { Community, District, Street } from './community.entity';
import { CommunityKind, RoleKind } from './tenancy.enums';
import { Membership } from './membership.entity';
import { StreetAdmin } from '../identity/account.entity';
import { TENANCY_EVENTS } from './tenancy.events';
import { streetsOfAccount } from './tier.lookups';

@ObjectType({ description: '社区模块 — an installed module and its state in this community' })
export class CommunityModuleInfo {
  @Field({ description: '模块标识 — stable module key' })
  key!: string;
  @Field({ description: '名称 — module name (zh-CN or en)' })
  name!: string;
  @Field({ description: '版本 — module version' })
  version!: string;
  @Field({ description: '已启用 — enabled in this community' })
  enabled!: boolean;
  @Field(() => GraphQLJSONObject, { description: '有效设置 — effective settings (defaults ← preset ← overrides)' })
  settings!: Record<string, unknown>;
  @Field(() => GraphQLJSONObject, { description: "本社区覆盖 — this community's own overrides" })
  overrides!: Record<string, unknown>;
  @Field(() => [String], { description: '依赖 — modules this one requires' })
  requires!: string[];
}

@InputType({ description: '新建社区 — create a community' })
class CommunityCreateInput {
  @Field({ description: '名称 — name' }) name!: string;
  @Field(() => CommunityKind, { defaultValue: CommunityKind.URBAN, description: '社区类型 — kind' }) kind!: CommunityKind;
  @Field({ description: '行政区划代码 — region code (12 digits)' }) regionCode!: string;
  @Field(() => ID, { nullable: true, description: '所属街道 — street office' }) street?: string | null;
  @Field(() => String, { nullable: true, description: '社区模式 — preset key, e.g. panzhou-jinqiu' }) preset?: string | null;
  @Field(() => String, { nullable: true, description: '简介 — description' }) description?: string | null;
}

@InputType({ description: '修改社区 — update the active community' })
class CommunityUpdateInput {
  @Field(() => String, { nullable: true, description: '名称 — name' }) name?: string | null;
  @Field(() => CommunityKind, { nullable: true, description: '社区类型 — kind' }) kind?: CommunityKind | null;
  @Field(() => String, { nullable: true, description: '简介 — description' }) description?: string | null;
}

@InputType({ description: '配置模块 — enable, disable or configure a module in the active community' })
class CommunityModuleConfigureInput {
  @Field({ description: '模块标识 — module key' }) moduleKey!: string;
  @Field(() => Boolean, { nullable: true, description: '启用 — enable or disable' }) enabled?: boolean | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: "设置覆盖 — replaces this community's overrides" })
  settings?: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: '角色权限 — { ROLE: { grant: [action], revoke: [action] } }' })
  rolePermissions?: Record<string, { grant?: string[]; revoke?: string[] }> | null;
}

@InputType({ description: '更换社区模式 — switch the active community to another preset; its data is kept' })
class CommunityPresetApplyInput {
  @Field({ description: '社区模式 — preset key, e.g. fengqing-114' }) preset!: string;
  @Field({
    defaultValue: false,
    description: "保留本社区设置 — keep this community's own overrides of the modules the preset configures (they must validate on the new preset)",
  })
  keepOverrides!: boolean;
  @Field({ defaultValue: false, description: '保留其他模块 — leave modules the preset does not name enabled (by default they are disabled, their data kept)' })
  keepOtherModules!: boolean;
}

@InputType({ description: '新建街道 — create a street office' })
class StreetCreateInput {
  @Field({ description: '名称 — name' }) name!: string;
  @Field({ description: '行政区划代码 — region code' }) regionCode!: string;
  @Field(() => ID, { nullable: true, description: '所属区/县 — the district or county (District id)' }) district?: string | null;
}

const CommunityPayload = Payload(Community, 'community', 'Community', '社区');
const StreetPayload = Payload(Street, 'street', 'Street', '街道');

/** A platform admin, or an admin of the community's street office (who may create and configure it). */
async function oversees(ctx: Ctx, c: Community): Promise<boolean> {
  const v = ctx.viewer;
  if (v?.platformAdmin) return true;
  if (!v?.accountId || !c.street) return false;
  return (await ctx.em.count(StreetAdmin, { account: v.accountId, street: c.street.id })) > 0;
}

const createSchema = z.object({
  name: z.string().trim().min(1).max(100),
  regionCode: z.string().regex(/^\d{6,12}$/, '行政区划代码应为 6–12 位数字'),
  description: z.string().max(2000).nullish(),
});

@Resolver(() => Community)
export class CommunityResolver {
  @Query(() => Community, { description: '当前社区 — the active community of the caller' })
  @Requires('tenancy', 'tenancy.community.read')
  async community(@Context() ctx: Ctx): Promise<Community> {
    const { communityId } = await ctx.access();
    return ctx.em.findOneOrFail(Community, communityId!);
  }

  @Query(() => [Community], { description: '我的社区 — communities the caller can act in' })
  @Requires('tenancy', SIGNED_IN)
  async communities(@Context() ctx: Ctx): Promise<Community[]> {
    const v = ctx.viewer!;
    if (v.apiKey) return ctx.em.find(Community, { id: v.apiKey.communityId });
    if (v.platformAdmin) return ctx.em.find(Community, {}, { orderBy: { name: 'asc' }, limit: 1000 });
    const ids = (await ctx.em.find(Membership, { account: v.accountId, active: true }, { filters: false })).map((m) => m.communityId);
    const streets = v.accountId ? await streetsOfAccount(ctx.em, v.accountId) : [];
    return ctx.em.find(Community, { $or: [{ id: { $in: ids } }, { street: { $in: streets } }] }, { orderBy: { name: 'asc' } });
  }

  @Query(() => [Street], { description: '街道 — street offices the caller administers (platform admins: all; district admins: their districts’)' })
  @Requires('tenancy', SIGNED_IN)
  async streets(@Context() ctx: Ctx): Promise<Street[]> {
    if (ctx.viewer!.platformAdmin) return ctx.em.find(Street, {}, { orderBy: { name: 'asc' } });
    if (!ctx.viewer!.accountId) return [];
    return ctx.em.find(Street, { id: { $in: await streetsOfAccount(ctx.em, ctx.viewer!.accountId) } }, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => Street, { nullable: true, description: '所属街道 — street office overseeing this community' })
  async street(@Root() c: Community, @Context() ctx: Ctx): Promise<Street | null> {
    return c.street ? ctx.loaders.entity(Street).load(c.street.id) : null;
  }

  @FieldResolver(() => [CommunityModuleInfo], {
    nullable: true,
    description: '模块 — installed modules and their state here; null (with NOT_FOUND) for a community the caller neither acts in nor oversees',
  })
  async modules(@Root() c: Community, @Context() ctx: Ctx): Promise<CommunityModuleInfo[]> {
    const access = await ctx.access();
    const here = access.communityId === c.id;
    // Besides the active community: one the caller oversees — so `communityCreate { community {
    // modules } }` shows its creator what the preset enabled. Nullable: a refusal here nulls this
    // field only, never the community or the payload around it.
    if (!here && !(await oversees(ctx, c))) throw new AppError('NOT_FOUND');
    const states = await listModuleStates(ctx.em, ctx.app.registry, ctx.app.presets, c.id);
    return states.map((s) => ({
      key: s.module.key,
      name: ctx.lang === 'en' ? s.module.name.en : s.module.name['zh-CN'],
      version: s.module.version,
      enabled: s.enabled,
      settings: s.settings,
      overrides: !here || access.permissions.has('tenancy.module.configure') ? s.overrides : {},
      requires: s.module.requires ?? [],
    }));
  }

  @Mutation(() => CommunityPayload, { description: '新建社区 — create a community, optionally from a preset (platform or street admin)' })
  @Requires('tenancy', SIGNED_IN)
  async communityCreate(@Arg('input', { description: '输入 — the mutation input' }) input: CommunityCreateInput, @Context() ctx: Ctx) {
    const v = ctx.viewer!;
    const streetId = input.street ? fromGlobalId(input.street, 'Street') : null;
    if (!v.platformAdmin) {
      const admin = streetId && v.accountId ? await ctx.em.findOne(StreetAdmin, { account: v.accountId, street: streetId }) : null;
      if (!admin) throw new AppError('FORBIDDEN');
    }
    return mutate(ctx, async (em) => {
      const data = check(createSchema, input);
      if (streetId && !(await em.findOne(Street, streetId))) throw new UserFacingError('NOT_FOUND', ['input', 'street']);
      const community = em.create(Community, {
        name: data.name,
        kind: input.kind,
        regionCode: data.regionCode,
        street: streetId ? em.getReference(Street, streetId) : null,
        preset: input.preset ?? null,
        description: data.description ?? null,
      });
      if (input.preset) applyPreset(em, ctx.app.registry, ctx.app.presets, community.id, input.preset);
      if (v.accountId) em.create(Membership, { communityId: community.id, account: v.accountId, roles: [RoleKind.COMMUNITY_ADMIN] });
      recordEvent(em, TENANCY_EVENTS.CommunityCreated, { communityId: community.id, subject: { type: 'Community', id: community.id } });
      return community;
    });
  }

  @Mutation(() => CommunityPayload, { description: '修改社区 — update the active community' })
  @Requires('tenancy', 'tenancy.community.update')
  async communityUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: CommunityUpdateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const c = await em.findOneOrFail(Community, communityId!);
      if (input.name != null) c.name = check(createSchema.pick({ name: true }), { name: input.name }).name;
      if (input.kind != null) c.kind = input.kind;
      if (input.description !== undefined) c.description = input.description;
      recordEvent(em, TENANCY_EVENTS.CommunityUpdated, { communityId: c.id, subject: { type: 'Community', id: c.id } });
      return c;
    });
  }

  @Mutation(() => CommunityPayload, { description: '配置模块 — enable, disable or configure a module here (settings are validated)' })
  @Requires('tenancy', 'tenancy.module.configure')
  async communityModuleConfigure(@Arg('input', { description: '输入 — the mutation input' }) input: CommunityModuleConfigureInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      await configureModule(em, ctx.app.registry, ctx.app.presets, communityId!, input.moduleKey, input);
      return em.findOneOrFail(Community, communityId!);
    });
  }

  @Mutation(() => CommunityPayload, {
    description: '更换社区模式 — re-apply another preset: its modules are enabled with its settings, the others disabled; no data is deleted',
  })
  @Requires('tenancy', 'tenancy.preset.apply')
  async communityPresetApply(@Arg('input', { description: '输入 — the mutation input' }) input: CommunityPresetApplyInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const c = await em.findOneOrFail(Community, communityId!);
      await switchPreset(em, ctx.app.registry, ctx.app.presets, c.id, input.preset, input);
      c.preset = input.preset;
      return c;
    });
  }

  @Mutation(() => StreetPayload, {
    description: '新建街道 — create a street office, optionally under a district (platform admin); appoint its admins with tierAdminAppoint',
  })
  @Requires('tenancy', SIGNED_IN)
  async streetCreate(@Arg('input', { description: '输入 — the mutation input' }) input: StreetCreateInput, @Context() ctx: Ctx) {
    if (!ctx.viewer!.platformAdmin) throw new AppError('FORBIDDEN');
    return mutate(ctx, async (em) => {
      const data = check(createSchema.pick({ name: true, regionCode: true }), input);
      const district = input.district ? await em.findOne(District, fromGlobalId(input.district, 'District', 'district')) : null;
      if (input.district && !district) throw new UserFacingError('NOT_FOUND', ['input', 'district']);
      if (await em.findOne(Street, { regionCode: data.regionCode })) throw new UserFacingError('ALREADY_EXISTS', ['input', 'regionCode'], { what: '街道' });
      return em.create(Street, { ...data, district });
    });
  }
}
