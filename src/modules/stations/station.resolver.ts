// 服务站点: stations by kind or service grouping, their services, opening hours and closures, the
// catalog of kinds / groupings / categories from settings, and the staff's maintenance mutations.
import {
  Arg,
  Args,
  ArgsType,
  Ctx as Context,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { applyPoint } from '../../schema/coordinates';
import { recordEvent } from '../../plugins/events/record-event';
import { gridUnitPath, GRID_UNIT_TYPE } from '../grid/public';
import { Station, StationClosure, StationService } from './station.entity';
import { localParts, scheduleProblem } from './stations.policy';
import { applyCapacity } from './booking.service';
import { stationsPerKind } from './stations.metrics';
import { StationsSettings } from './stations.settings';
import { STATIONS_EVENTS } from './stations.events';

const StationConnection = Connection(Station, 'Station', '服务站点');
const StationPayload = Payload(Station, 'station', 'Station', '服务站点');
const ServicePayload = Payload(StationService, 'service', 'StationService', '站点服务');
const ClosurePayload = Payload(StationClosure, 'closure', 'StationClosure', '闭站');

@InputType({ description: '开放时段 — one opening interval (Asia/Shanghai local time)' })
class StationOpeningIntervalInput {
  @Field(() => Int, { description: '星期 — weekday, 1 = Monday … 7 = Sunday' }) weekday!: number;
  @Field({ description: '开门 — opens at, HH:MM' }) opens!: string;
  @Field({ description: '关门 — closes at, HH:MM (24:00 for midnight)' }) closes!: string;
}

@InputType({ description: '设立站点 — create a station' })
class StationCreateInput {
  @Field({ description: '名称 — name' }) name!: string;
  @Field({ description: '类型 — kind key from the settings' }) kind!: string;
  @Field({ description: '地址 — address' }) address!: string;
  @Field(() => ID, { nullable: true, description: '所在网格 — grid unit id' }) gridUnitId?: string | null;
  @Field(() => String, { nullable: true, description: '简介 — description' }) description?: string | null;
  @Field(() => [String], { nullable: true, description: '特色 — features (一站一特色)' }) features?: string[] | null;
  @Field(() => String, { nullable: true, description: '服务电话 — public phone' }) phone?: string | null;
  @Field(() => [StationOpeningIntervalInput], { nullable: true, description: '开放时间 — weekly opening hours' }) openingHours?:
    StationOpeningIntervalInput[] | null;
  @Field(() => Float, { nullable: true, description: '纬度 — latitude (WGS 84, degrees, -90 to 90), given with the longitude' }) latitude?: number | null;
  @Field(() => Float, { nullable: true, description: '经度 — longitude (WGS 84, degrees, -180 to 180), given with the latitude' }) longitude?: number | null;
}

@InputType({ description: '修改站点 — update a station; omitted fields stay' })
class StationUpdateInput {
  @Field(() => ID, { description: '站点 ID — station id' }) id!: string;
  @Field(() => String, { nullable: true, description: '名称 — name' }) name?: string | null;
  @Field(() => String, { nullable: true, description: '类型 — kind key' }) kind?: string | null;
  @Field(() => String, { nullable: true, description: '地址 — address' }) address?: string | null;
  @Field(() => ID, { nullable: true, description: '所在网格 — grid unit id' }) gridUnitId?: string | null;
  @Field(() => String, { nullable: true, description: '简介 — description' }) description?: string | null;
  @Field(() => [String], { nullable: true, description: '特色 — features' }) features?: string[] | null;
  @Field(() => String, { nullable: true, description: '服务电话 — public phone' }) phone?: string | null;
  @Field(() => [StationOpeningIntervalInput], { nullable: true, description: '开放时间 — weekly opening hours (replaces all)' }) openingHours?:
    StationOpeningIntervalInput[] | null;
  @Field(() => Boolean, { nullable: true, description: '启用 — in service' }) active?: boolean | null;
  @Field(() => Float, { nullable: true, description: '纬度 — latitude (WGS 84, degrees, -90 to 90), given with the longitude; both null clear them' })
  latitude?: number | null;
  @Field(() => Float, { nullable: true, description: '经度 — longitude (WGS 84, degrees, -180 to 180), given with the latitude; both null clear them' })
  longitude?: number | null;
}

@InputType({ description: '添加站点服务 — add a service to a station' })
class StationServiceCreateInput {
  @Field(() => ID, { description: '站点 ID — station id' }) stationId!: string;
  @Field({ description: '名称 — name' }) name!: string;
  @Field({ description: '类别 — category key from the settings' }) category!: string;
  @Field(() => String, { nullable: true, description: '服务共同体 — grouping key from the settings' }) grouping?: string | null;
  @Field(() => String, { nullable: true, description: '说明 — description' }) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: '可预约 — bookable (default true)' }) bookable?: boolean | null;
  @Field(() => Int, { nullable: true, description: '时段长度 — minutes per slot (default 60)' }) slotMinutes?: number | null;
  @Field(() => Int, { nullable: true, description: '名额 — places per slot (default 1)' }) capacity?: number | null;
}

@InputType({ description: '修改站点服务 — update a service; omitted fields stay' })
class StationServiceUpdateInput {
  @Field(() => ID, { description: '服务 ID — service id' }) id!: string;
  @Field(() => String, { nullable: true, description: '名称 — name' }) name?: string | null;
  @Field(() => String, { nullable: true, description: '类别 — category key' }) category?: string | null;
  @Field(() => String, { nullable: true, description: '服务共同体 — grouping key (empty string: none)' }) grouping?: string | null;
  @Field(() => String, { nullable: true, description: '说明 — description' }) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: '可预约 — bookable' }) bookable?: boolean | null;
  @Field(() => Int, { nullable: true, description: '名额 — places per slot (applies to future slots)' }) capacity?: number | null;
  @Field(() => Boolean, { nullable: true, description: '启用 — offered' }) active?: boolean | null;
}

@InputType({ description: '登记闭站 — close a station for some days' })
class StationClosureAddInput {
  @Field(() => ID, { description: '站点 ID — station id' }) stationId!: string;
  @Field({ description: '起 — first closed day (YYYY-MM-DD)' }) startsOn!: string;
  @Field({ description: '止 — last closed day (YYYY-MM-DD, inclusive)' }) endsOn!: string;
  @Field({ description: '原因 — reason' }) reason!: string;
}

@InputType({ description: '撤销闭站 — remove a closure' })
class StationClosureRemoveInput {
  @Field(() => ID, { description: '闭站 ID — closure id' }) id!: string;
}

@ArgsType()
class StationsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '类型 — only this kind' }) kind?: string | null;
  @Field(() => String, { nullable: true, description: '服务共同体 — only stations offering a service of this grouping' }) grouping?: string | null;
  @Field(() => Boolean, { nullable: true, description: '含停用 — include stations out of service (default false)' }) includeInactive?: boolean | null;
}

@ObjectType('StationKind', { description: '站点类型 — a kind of station from the settings, with its count' })
class StationKindInfo {
  @Field({ description: '键 — key' }) key!: string;
  @Field({ description: '名称 — name' }) name!: string;
  @Field(() => String, { nullable: true, description: '说明 — description' }) description!: string | null;
  @Field(() => Int, { description: '站点数 — stations of this kind in service' }) stationCount!: number;
}

@ObjectType('StationGrouping', { description: '服务共同体 — a grouping of services (e.g. 便民服务共同体)' })
class StationGroupingInfo {
  @Field({ description: '键 — key' }) key!: string;
  @Field({ description: '名称 — name' }) name!: string;
  @Field(() => String, { nullable: true, description: '说明 — description' }) description!: string | null;
  @Field(() => [StationService], { description: '服务 — services offered in this grouping' }) services!: StationService[];
}

@ObjectType('StationCategory', { description: '服务类别 — a category of service' })
class StationCategoryInfo {
  @Field({ description: '键 — key' }) key!: string;
  @Field({ description: '名称 — name' }) name!: string;
}

@ObjectType('StationCatalog', { description: '站点目录 — kinds, groupings and categories this community configured' })
class StationCatalog {
  @Field(() => [StationKindInfo], { description: '站点类型 — kinds with their station counts' }) kinds!: StationKindInfo[];
  @Field(() => [StationGroupingInfo], { description: '服务共同体 — service groupings' }) groupings!: StationGroupingInfo[];
  @Field(() => [StationCategoryInfo], { description: '服务类别 — service categories' }) categories!: StationCategoryInfo[];
  @Field(() => Int, { description: '生活圈 — walking minutes a station serves (15分钟生活圈)' }) lifeCircleMinutes!: number;
}

const text = (max: number) => z.string().trim().min(1).max(max);
const hours = z
  .array(z.object({ weekday: z.number(), opens: z.string(), closes: z.string() }))
  .max(50)
  .superRefine((h, c) => {
    const p = scheduleProblem(h);
    if (p) c.addIssue({ code: 'custom', message: p });
  });
const stationShape = z.object({
  name: text(60),
  kind: z.string(),
  address: text(200),
  description: z.string().max(2000).nullish(),
  features: z.array(text(30)).max(20).nullish(),
  phone: z
    .string()
    .regex(/^[\d-]{5,20}$/)
    .nullish(),
  openingHours: hours.nullish(),
});
// Date.parse takes 2031-02-30 (as 2 March): round-trip so PostgreSQL never sees a day that does not exist.
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d), 'not a date');
const closureShape = z
  .object({ startsOn: day, endsOn: day, reason: text(200) })
  .refine((c) => c.endsOn >= c.startsOn, { message: 'endsOn before startsOn', path: ['endsOn'] });
const serviceShape = z.object({
  name: text(60),
  category: z.string(),
  grouping: z.string().nullish(),
  description: z.string().max(2000).nullish(),
  bookable: z.boolean().nullish(),
  slotMinutes: z.number().int().min(5).max(1440).nullish(),
  capacity: z.number().int().min(1).max(10_000).nullish(),
});

function knownKey(list: { key: string }[], key: string | null | undefined, code: string, field: string) {
  if (key != null && !list.some((k) => k.key === key)) throw new UserFacingError(code, ['input', field], { value: key });
}

async function gridUnitOf(em: Parameters<typeof gridUnitPath>[0], id: string | null | undefined): Promise<string | null> {
  if (!id) return null;
  const raw = fromGlobalId(id, GRID_UNIT_TYPE);
  if ((await gridUnitPath(em, raw)).length === 0) throw new UserFacingError('NOT_FOUND', ['input', 'gridUnitId']);
  return raw;
}

@Resolver(() => Station)
export class StationResolver {
  @Query(() => StationConnection, { description: '服务站点 — stations, newest first' })
  @Requires('stations', 'stations.read')
  async stations(@Args() args: StationsArgs, @Context() ctx: Ctx) {
    const where: Record<string, unknown> = {};
    if (!args.includeInactive) where.active = true;
    if (args.kind) where.kind = args.kind;
    if (args.grouping) {
      const rows = await ctx.em.find(StationService, { grouping: args.grouping, active: true }, { fields: ['stationId'] });
      where.id = { $in: [...new Set(rows.map((r) => r.stationId))] };
    }
    return paginate(ctx.em, Station, where, args);
  }

  @Query(() => Station, { nullable: true, description: '服务站点 — one station' })
  @Requires('stations', 'stations.read')
  station(@Arg('id', () => ID, { description: '站点 ID — station id' }) id: string, @Context() ctx: Ctx) {
    return ctx.em.findOne(Station, { id: fromGlobalId(id, 'Station') });
  }

  @Query(() => StationCatalog, { description: '站点目录 — kinds (with station counts), service groupings and categories of this community' })
  @Requires('stations', 'stations.read')
  async stationCatalog(@Context() ctx: Ctx): Promise<StationCatalog> {
    const s = await ctx.settings(StationsSettings);
    const { communityId } = await ctx.access();
    const counts = await stationsPerKind(ctx.em, communityId!);
    const services = s.groupings.length
      ? await ctx.em.find(StationService, { grouping: { $in: s.groupings.map((g) => g.key) }, active: true }, { orderBy: { id: 'asc' } })
      : [];
    return {
      kinds: s.kinds.map((k) => ({ key: k.key, name: k.name, description: k.description ?? null, stationCount: counts.get(k.key) ?? 0 })),
      groupings: s.groupings.map((g) => ({
        key: g.key,
        name: g.name,
        description: g.description ?? null,
        services: services.filter((x) => x.grouping === g.key),
      })),
      categories: s.categories.map((c) => ({ key: c.key, name: c.name })),
      lifeCircleMinutes: s.lifeCircleMinutes,
    };
  }

  @Mutation(() => StationPayload, { description: '设立站点 — create a station' })
  @Requires('stations', 'stations.manage')
  async stationCreate(@Arg('input', { description: '输入 — the mutation input' }) input: StationCreateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const s = await ctx.settings(StationsSettings);
    return mutate(ctx, async (em) => {
      const d = check(stationShape, input);
      knownKey(s.kinds, d.kind, 'STATION_KIND_UNKNOWN', 'kind');
      const station = em.create(Station, {
        communityId: communityId!,
        name: d.name,
        kind: d.kind,
        address: d.address,
        gridUnitId: await gridUnitOf(em, input.gridUnitId),
        description: d.description ?? null,
        features: d.features ?? [],
        phone: d.phone ?? null,
        openingHours: d.openingHours ?? [],
      });
      applyPoint(station, input);
      recordEvent(em, STATIONS_EVENTS.StationCreated, { communityId, subject: { type: 'Station', id: station.id }, data: { kind: d.kind } });
      return station;
    });
  }

  @Mutation(() => StationPayload, { description: '修改站点 — update a station, its opening hours, or take it out of service' })
  @Requires('stations', 'stations.manage')
  async stationUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: StationUpdateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const s = await ctx.settings(StationsSettings);
    return mutate(ctx, async (em) => {
      const station = await em.findOne(Station, { id: fromGlobalId(input.id, 'Station') });
      if (!station) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      const d = check(stationShape.partial(), Object.fromEntries(Object.entries(input).filter(([, v]) => v != null)));
      if (d.kind != null) knownKey(s.kinds, d.kind, 'STATION_KIND_UNKNOWN', 'kind');
      if (input.gridUnitId !== undefined) station.gridUnitId = await gridUnitOf(em, input.gridUnitId);
      Object.assign(station, Object.fromEntries(Object.entries(d).filter(([, v]) => v != null)));
      if (input.active != null) station.active = input.active;
      applyPoint(station, input);
      recordEvent(em, STATIONS_EVENTS.StationUpdated, { communityId, subject: { type: 'Station', id: station.id } });
      return station;
    });
  }

  @Mutation(() => ServicePayload, { description: '添加站点服务 — add a service to a station' })
  @Requires('stations', 'stations.manage')
  async stationServiceCreate(@Arg('input', { description: '输入 — the mutation input' }) input: StationServiceCreateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const s = await ctx.settings(StationsSettings);
    return mutate(ctx, async (em) => {
      const station = await em.findOne(Station, { id: fromGlobalId(input.stationId, 'Station') });
      if (!station) throw new UserFacingError('NOT_FOUND', ['input', 'stationId']);
      const d = check(serviceShape, input);
      knownKey(s.categories, d.category, 'STATION_CATEGORY_UNKNOWN', 'category');
      knownKey(s.groupings, d.grouping, 'STATION_GROUPING_UNKNOWN', 'grouping');
      const service = em.create(StationService, {
        communityId: communityId!,
        stationId: station.id,
        name: d.name,
        category: d.category,
        grouping: d.grouping ?? null,
        description: d.description ?? null,
        bookable: d.bookable ?? true,
        slotMinutes: d.slotMinutes ?? 60,
        capacity: d.capacity ?? 1,
      });
      recordEvent(em, STATIONS_EVENTS.ServiceCreated, { communityId, subject: { type: 'StationService', id: service.id }, data: { stationId: station.id } });
      return service;
    });
  }

  @Mutation(() => ServicePayload, { description: '修改站点服务 — update a service (a new capacity applies to future slots)' })
  @Requires('stations', 'stations.manage')
  async stationServiceUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: StationServiceUpdateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const s = await ctx.settings(StationsSettings);
    return mutate(ctx, async (em) => {
      const service = await em.findOne(StationService, { id: fromGlobalId(input.id, 'StationService') });
      if (!service) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      const given = Object.fromEntries(Object.entries(input).filter(([k, v]) => v != null && k !== 'id' && k !== 'active'));
      const d = check(serviceShape.partial(), { ...given, grouping: input.grouping === '' ? null : input.grouping });
      if (d.category != null) knownKey(s.categories, d.category, 'STATION_CATEGORY_UNKNOWN', 'category');
      knownKey(s.groupings, d.grouping, 'STATION_GROUPING_UNKNOWN', 'grouping');
      Object.assign(service, Object.fromEntries(Object.entries(d).filter(([k, v]) => v != null && k !== 'grouping')));
      if (input.grouping !== undefined && input.grouping !== null) service.grouping = input.grouping === '' ? null : input.grouping;
      if (input.active != null) service.active = input.active;
      if (d.capacity != null) await applyCapacity(em, service.id, d.capacity);
      recordEvent(em, STATIONS_EVENTS.ServiceUpdated, { communityId, subject: { type: 'StationService', id: service.id } });
      return service;
    });
  }

  @Mutation(() => ClosurePayload, { description: '登记闭站 — close a station on some days; booking those days is refused' })
  @Requires('stations', 'stations.manage')
  async stationClosureAdd(@Arg('input', { description: '输入 — the mutation input' }) input: StationClosureAddInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const station = await em.findOne(Station, { id: fromGlobalId(input.stationId, 'Station') });
      if (!station) throw new UserFacingError('NOT_FOUND', ['input', 'stationId']);
      const d = check(closureShape, input);
      const c = em.create(StationClosure, { communityId: communityId!, stationId: station.id, startsOn: d.startsOn, endsOn: d.endsOn, reason: d.reason });
      recordEvent(em, STATIONS_EVENTS.ClosureAdded, { communityId, subject: { type: 'StationClosure', id: c.id }, data: { stationId: station.id } });
      return c;
    });
  }

  @Mutation(() => ClosurePayload, { description: '撤销闭站 — remove a closure' })
  @Requires('stations', 'stations.manage')
  async stationClosureRemove(@Arg('input', { description: '输入 — the mutation input' }) input: StationClosureRemoveInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const c = await em.findOne(StationClosure, { id: fromGlobalId(input.id, 'StationClosure') });
      if (!c) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      await em.execute('delete from stations_closure where id = ? and community_id = ?', [c.id, communityId]);
      recordEvent(em, STATIONS_EVENTS.ClosureRemoved, { communityId, subject: { type: 'StationClosure', id: c.id }, data: { stationId: c.stationId } });
      return c;
    });
  }

  @FieldResolver(() => [StationService], { description: '服务 — services offered, oldest first' })
  services(
    @Root() st: Station,
    @Arg('includeInactive', () => Boolean, { nullable: true, description: '含停用 — include services no longer offered' }) includeInactive: boolean | null,
    @Context() ctx: Ctx,
  ) {
    return ctx.em.find(StationService, { stationId: st.id, ...(includeInactive ? {} : { active: true }) }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [StationClosure], { description: '闭站 — current and coming closures' })
  closures(@Root() st: Station, @Context() ctx: Ctx) {
    const today = localParts(new Date()).date;
    return ctx.em.find(StationClosure, { stationId: st.id, endsOn: { $gte: today } }, { orderBy: { startsOn: 'asc' } });
  }

  @FieldResolver(() => String, { description: '类型名称 — name of the kind' })
  async kindName(@Root() st: Station, @Context() ctx: Ctx) {
    const s = await ctx.settings(StationsSettings);
    return s.kinds.find((k) => k.key === st.kind)?.name ?? st.kind;
  }
}

@Resolver(() => StationService)
export class StationServiceResolver {
  @FieldResolver(() => Station, { description: '站点 — the station' })
  station(@Root() s: StationService, @Context() ctx: Ctx) {
    return ctx.loaders.entity(Station).load(s.stationId);
  }
}
