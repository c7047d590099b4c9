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
export { defineModule, ROLES } from './plugins/module-contract';
export type {
  WusheModule,
  LocalizedText,
  Role,
  ModuleSettings,
  EventHandlerContext,
  NewEvent,
  EventDeclaration,
  NodeDeclaration,
  RowScopes,
  MetricDeclaration,
  MetricAggregation,
  JobDeclaration,
  JobContext,
  HttpRouteRequest,
  HttpRouteResponse,
  HttpRouteDeclaration,
  DemoSeedContext,
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
export { Node } from './schema/node';
export { toGlobalId, fromGlobalId, parseGlobalId } from './schema/global-id';
export { Requires, PUBLIC, SIGNED_IN } from './schema/requires';

// --- connections, mutations, errors ----------------------------------------------------------
export { Connection, ConnectionArgs, PageInfo, paginate, DEFAULT_PAGE, MAX_PAGE } from './schema/connection';
export type { ConnectionShape } from './schema/connection';
export { Payload, mutate, mutateAtomic, check } from './schema/mutation';
export type { PayloadShape } from './schema/mutation';
export { AppError, UserFacingError, notFound, badInput } from './schema/errors';
export type { ErrorCode, UserErrorShape } from './schema/errors';
export { UserError } from './schema/user-error';

// --- events and settings ---------------------------------------------------------------------
export { recordEvent } from './plugins/events/record-event';
export type { OutboxEventRecord } from './plugins/events/event.types';
export { effectiveModuleSettings } from './plugins/community-modules';
