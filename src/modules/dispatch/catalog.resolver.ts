// 派单目录: the community's configured vocabularies of the dispatch module (kinds, categories,
// channels, routes) as typed objects, so a form or a filter bar offers exactly what
// serviceRequestCreate and serviceRequests accept, without reading the settings JSON.
import { Ctx as Context, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { Requires } from '../../schema/requires';
import { CHANNEL_NAMES, DispatchChannel, DispatchRoute, ROUTE_NAMES } from './dispatch.enums';
import { DispatchSettings, ROUTES } from './dispatch.settings';

@ObjectType('DispatchKind', { description: '单型 — a kind of request from the settings (e.g. 常规单, 心愿单, 期望单)' })
class DispatchKindInfo {
  @Field({ description: '键 — key (ServiceRequest.kind)' }) key!: string;
  @Field({ description: '名称 — name' }) name!: string;
  @Field(() => DispatchRoute, { description: '派单路径 — the "3+2" route requests of this kind take' }) route!: DispatchRoute;
  @Field(() => Int, { description: '办理时限（小时）— hours until overdue, unless the category sets its own' }) deadlineHours!: number;
  @Field(() => Int, { nullable: true, description: '办理时限（工作日）— working days until overdue, instead of hours; null: hours' })
  deadlineWorkdays!: number | null;
}

@ObjectType('DispatchCategory', { description: '诉求分类 — a category of request from the settings' })
class DispatchCategoryInfo {
  @Field({ description: '键 — key (ServiceRequest.category)' }) key!: string;
  @Field({ description: '名称 — name' }) name!: string;
  @Field(() => Int, { nullable: true, description: "办理时限（小时）— the category's own deadline; null: the kind's" }) deadlineHours!: number | null;
  @Field(() => Int, { nullable: true, description: "办理时限（工作日）— the category's own deadline in working days; null: hours or the kind's" })
  deadlineWorkdays!: number | null;
}

@ObjectType('DispatchChannelOption', { description: '收集渠道 — a channel open in this community' })
class DispatchChannelOption {
  @Field(() => DispatchChannel, { description: '渠道 — the channel (ServiceRequest.channel)' }) channel!: DispatchChannel;
  @Field({ description: '名称 — display name in the request language' }) name!: string;
}

@ObjectType('DispatchRouteOption', { description: '派单路径 — a route the dispatcher may choose in this community' })
class DispatchRouteOption {
  @Field(() => DispatchRoute, { description: '路径 — the route' }) route!: DispatchRoute;
  @Field({ description: '名称 — display name in the request language' }) name!: string;
}

@ObjectType('DispatchCatalog', { description: '派单目录 — kinds, categories, channels and routes this community configured' })
class DispatchCatalog {
  @Field(() => [DispatchKindInfo], { description: '单型 — request kinds' }) kinds!: DispatchKindInfo[];
  @Field(() => [DispatchCategoryInfo], { description: '诉求分类 — request categories' }) categories!: DispatchCategoryInfo[];
  @Field(() => [DispatchChannelOption], { description: '收集渠道 — channels open for intake' }) channels!: DispatchChannelOption[];
  @Field(() => [DispatchRouteOption], { description: '派单路径 — routes enabled for dispatch (居民自办 only when mutual help is on)' })
  routes!: DispatchRouteOption[];
  @Field({ description: '协办 — social workers and organizations may be added as assistants' }) assistants!: boolean;
  @Field({ description: '书记工作室 — hard cases may be escalated to the secretary studio' }) secretaryStudio!: boolean;
}

@Resolver()
export class DispatchCatalogResolver {
  @Query(() => DispatchCatalog, { description: '派单目录 — the kinds, categories, channels and routes of this community, for forms and filters' })
  @Requires('dispatch', 'dispatch.request.read')
  async dispatchCatalog(@Context() ctx: Ctx): Promise<DispatchCatalog> {
    const s = await ctx.settings(DispatchSettings);
    return {
      kinds: s.kinds.map((k) => ({
        key: k.key,
        name: k.name,
        route: k.route as DispatchRoute,
        deadlineHours: k.deadlineHours,
        deadlineWorkdays: k.deadlineWorkdays,
      })),
      categories: s.categories.map((c) => ({ key: c.key, name: c.name, deadlineHours: c.deadlineHours, deadlineWorkdays: c.deadlineWorkdays })),
      channels: s.channels.map((c) => ({ channel: c as DispatchChannel, name: CHANNEL_NAMES[c as DispatchChannel][ctx.lang] })),
      routes: ROUTES.filter((r) => r !== 'MUTUAL_HELP' || s.mutualHelp).map((r) => ({
        route: r as DispatchRoute,
        name: ROUTE_NAMES[r as DispatchRoute][ctx.lang],
      })),
      assistants: s.assistants,
      secretaryStudio: s.secretaryStudio,
    };
  }
}
