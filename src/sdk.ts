// The one public entry for plugin authors: `import { … } from 'wushe/sdk'`.
// Decorators keep their metadata in module-level registries (type-graphql's schema metadata,
// MikroORM's entity metadata), so a plugin must use the host's copy of these libraries, never its
// own: everything a plugin shares with the host is re-exported here and resolves to one instance.
//
// Naming (see docs/plugins.md): the most used decorators are exported flat under their library
// names; type-graphql's `Ctx` parameter decorator is exported as `Context`, because `Ctx` is the
// host's context type. The complete libraries are there as namespaces: `tg` (type-graphql),
// `orm` (@mikro-orm/core), `z` (zod).

// Decorator metadata needs the polyfill before any decorated class loads (the server imports it
// first too); here it also covers a plugin's own tests that import the plugin without the server.
import 'reflect-metadata';

// --- the module contract -------------------------------------------------------------------
export { defineModule, demoLogin, ROLES, ratioValue } from './plugins/module-contract';
export type {
  WusheModule,
  LocalizedText,
  Role,
  ModuleSettings,
  EventDeclaration,
  NodeDeclaration,
  RowScopes,
  MetricDeclaration,
  MetricAggregation,
  MetricFacts,
  RatioParts,
  ParticipationDeclaration,
  JobDeclaration,
  JobContext,
  HttpRouteRequest,
  HttpRouteResponse,
  HttpRouteDeclaration,
  AttachmentOwnerDeclaration,
  DemoSeedContext,
  NotificationDeclarations,
  NotificationRule,
  NotificationTarget,
  NotificationAudience,
} from './plugins/module-contract';

// --- entities, migrations --------------------------------------------------------------------
export { BaseEntity, TenantEntity } from './db/base.entity';
export * as orm from '@mikro-orm/core';
export {
  Entity,
  Property,
  PrimaryKey,
  ManyToOne,
  OneToMany,
  OneToOne,
  ManyToMany,
  Enum,
  Index,
  Unique,
  Embeddable,
  Embedded,
  Collection,
  Reference,
  QueryOrder,
  wrap,
} from '@mikro-orm/core';
export type { FilterQuery, EntityData, Rel, Ref, Opt, MigrationObject } from '@mikro-orm/core';
export type { EntityManager } from '@mikro-orm/postgresql';
export { Migration } from '@mikro-orm/migrations';

// --- GraphQL (type-graphql) -----------------------------------------------------------------
export * as tg from 'type-graphql';
export {
  Arg,
  Args,
  ArgsType,
  Ctx as Context,
  Directive,
  Extensions,
  Field,
  FieldResolver,
  Float,
  ID,
  Info,
  InputType,
  Int,
  InterfaceType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
  UseMiddleware,
  createUnionType,
  registerEnumType,
} from 'type-graphql';
export type { ClassType, MiddlewareFn, ResolverData } from 'type-graphql';

// --- validation ------------------------------------------------------------------------------
export { z } from 'zod';

// --- the per-operation context, ids, permissions ---------------------------------------------
export { Ctx } from './schema/context';
export type { Viewer } from './schema/context';
export { defineFact, IS_ACCOUNT, IS_RESIDENT, type ViewerFact, type FactScope } from './schema/viewer-facts';
export { Node } from './schema/node';
export { toGlobalId, fromGlobalId, parseGlobalId } from './schema/global-id';
export { Requires, PUBLIC, SIGNED_IN } from './schema/requires';
// Free text that may hold a 身份证号 or phone: declare the field, the kernel masks it for readers without the right.
export { PersonalText, maskPersonalText } from './schema/free-text';

// --- connections, mutations, errors ----------------------------------------------------------
export { Connection, ConnectionArgs, PageInfo, paginate, DEFAULT_PAGE, MAX_PAGE } from './schema/connection';
export type { ConnectionShape } from './schema/connection';
export { Payload, mutate, mutateAtomic, check } from './schema/mutation';
export type { PayloadShape } from './schema/mutation';
export { AppError, UserFacingError, notFound, badInput } from './schema/errors';
export type { ErrorCode, UserErrorShape } from './schema/errors';
export { UserError } from './schema/user-error';

// --- events, settings, strategies, graph edges ----------------------------------------------
// Declare events with `defineEvent`, publish them with `recordEvent` (or a handler's `publish`),
// handle other modules' events with `on(Definition, fn)` / `onAll(fn)`, read the change feed.
export * from './plugins/events';
// `defineSettings(key, schema, { version })` in the manifest; `ctx.settings(Declaration)` reads them typed.
export { defineSettings } from './plugins/settings';
export type { SettingsDeclaration, SettingsOf } from './plugins/settings';
export { effectiveModuleSettings } from './plugins/community-modules';
export { defineStrategy, strategyOf, replaceStrategy } from './plugins/strategies';
export type { Strategy, StrategyOverride } from './plugins/strategies';
export { defineEdgeTarget, edge, visibleOnly } from './schema/edges';
// Photos (uploads): a module's owning kinds attach keys in their mutations and list them on their type.
export { Attachment } from './plugins/uploads/attachment.types';
export { attachUploads, attachmentsOf } from './plugins/uploads/uploads.service';
export type { EdgeTarget } from './schema/edges';
// The community's calendar: days in its zone, working days with holidays and 调休 (never the UTC date).
export { calendarOf, calendarFor, dayOf, today, addDays, addWorkdays, isWorkday, workdayDeadline, startOfDay, daySql, todaySql } from './schema/calendar';
export type { CommunityCalendar, Day } from './schema/calendar';

// --- the first-party modules' events ---------------------------------------------------------
// The definitions a plugin's handlers are declared against (`on(CORE_EVENTS.HouseholdCreated, …)`),
// taken from each module's public face (this entry, like src/main.ts, stands above the kernel).
export { CORE_EVENTS, FORCE_EVENTS } from './modules/core/public';
export { TENANCY_EVENTS } from './schema/tenancy/tenancy.events';
export { GRID_EVENTS } from './modules/grid/public';
export { DISPATCH_EVENTS } from './modules/dispatch/public';
export { COUNCIL_EVENTS } from './modules/council/public';
export { FUND_EVENTS } from './modules/fund/public';
export { POINTS_EVENTS } from './modules/points/public';
export { VOLUNTEER_EVENTS } from './modules/volunteer/public';
export { PARTY_EVENTS } from './modules/party/public';
export { RESOURCES_EVENTS } from './modules/resources/public';
export { STATIONS_EVENTS } from './modules/stations/public';
